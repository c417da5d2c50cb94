"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/access/actor";
import { resetPassword, ZPasswordReset } from "@/lib/access/password-reset";
import { signOut } from "@/lib/auth/auth";
import { publicFormAction } from "@/lib/actions/form-action";
import { RATE_LIMITS, clientAddress, consumeRateLimit } from "@/lib/security/rate-limit";

export const resetPasswordAction = publicFormAction(ZPasswordReset, async (input) => {
  // The links are long random secrets; this keeps anyone from trying them in bulk.
  await consumeRateLimit(RATE_LIMITS.passwordResetPerAddress, clientAddress(await headers()));
  await resetPassword(input);
  // Whoever is signed in on this browser (the person, whose sessions just ended, or someone else
  // lending their computer) is signed out, so the start page can ask for the new password.
  if (await currentActor()) await signOut({ redirect: false });
  redirect("/?notice=passwordChanged");
});
