"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { resetPassword, ZPasswordReset } from "@/lib/access/password-reset";
import { publicFormAction } from "@/lib/actions/form-action";
import { RATE_LIMITS, clientAddress, consumeRateLimit } from "@/lib/security/rate-limit";

export const resetPasswordAction = publicFormAction(ZPasswordReset, async (input) => {
  // The links are long random secrets; this keeps anyone from trying them in bulk.
  await consumeRateLimit(RATE_LIMITS.passwordResetPerAddress, clientAddress(await headers()));
  await resetPassword(input);
  redirect("/?notice=passwordChanged");
});
