"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { acceptInvitation } from "@/lib/access/invitations";
import { signOut } from "@/lib/auth/auth";
import { authedFormAction } from "@/lib/actions/form-action";
import { RATE_LIMITS, clientAddress, consumeRateLimit } from "@/lib/security/rate-limit";

const ZToken = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/);

export const acceptInvitationAction = authedFormAction(
  z.object({ token: ZToken }),
  async ({ token }, actor) => {
    // Invitation links are long random secrets; this keeps anyone from trying them in bulk.
    await consumeRateLimit(RATE_LIMITS.invitationPerAddress, clientAddress(await headers()));
    const institution = await acceptInvitation(actor, token);
    redirect(`/institutions/${institution.slug}`);
  },
);

/**
 * Signed in with another address than the one invited: sign out and come back to the invitation,
 * to sign in (or register) as the invited person.
 */
export async function switchAccountAction(formData: FormData): Promise<void> {
  const token = ZToken.safeParse(formData.get("token"));
  await signOut({
    redirectTo: token.success ? `/?returnTo=${encodeURIComponent(`/invite/${token.data}`)}` : "/",
  });
}
