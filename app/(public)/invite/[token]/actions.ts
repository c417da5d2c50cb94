"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { acceptInvitation } from "@/lib/access/invitations";
import { authedFormAction } from "@/lib/actions/form-action";
import { RATE_LIMITS, clientAddress, consumeRateLimit } from "@/lib/security/rate-limit";

export const acceptInvitationAction = authedFormAction(
  z.object({ token: z.string().max(100) }),
  async ({ token }, actor) => {
    // Invitation links are long random secrets; this keeps anyone from trying them in bulk.
    await consumeRateLimit(RATE_LIMITS.invitationPerAddress, clientAddress(await headers()));
    const institution = await acceptInvitation(actor, token);
    redirect(`/institutions/${institution.slug}`);
  },
);
