"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { acceptInvitation } from "@/lib/access/invitations";
import { authedFormAction } from "@/lib/actions/form-action";

export const acceptInvitationAction = authedFormAction(
  z.object({ token: z.string().max(100) }),
  async ({ token }, actor) => {
    const institution = await acceptInvitation(actor, token);
    redirect(`/institutions/${institution.slug}`);
  },
);
