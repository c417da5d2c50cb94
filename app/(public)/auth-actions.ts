"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { ZRegistration, registerWithInstitution } from "@/lib/access/accounts";
import { AppError } from "@/lib/access/errors";
import { ZInvitedRegistrationFields, registerWithInvitation } from "@/lib/access/invitations";
import { publicFormAction, type FormState } from "@/lib/actions/form-action";
import { signIn } from "@/lib/auth/auth";
import { ZLogin } from "@/lib/auth/credentials";
import { OIDC_PROVIDER_ID, oidcSignInOption } from "@/lib/auth/oidc";
import { currentThrottle } from "@/lib/auth/login-throttle";
import { passwordNotFromEmail } from "@/lib/auth/password-rules";
import { RATE_LIMITS, clientAddress, consumeRateLimit } from "@/lib/security/rate-limit";

// Only paths inside the app: "//evil.example" or "https://…" would be an open redirect.
const ZReturnTo = z
  .string()
  .regex(/^\/(?!\/)[^\s\\]*$/)
  .optional()
  .catch(undefined);

async function signInOrExplain(email: string, password: string, redirectTo: string): Promise<FormState> {
  try {
    await signIn("credentials", { email, password, redirectTo });
    return { status: "success" };
  } catch (error) {
    if (error instanceof AuthError) {
      const t = await getTranslations("errors");
      const throttle = await currentThrottle(email, clientAddress(await headers()));
      const message = throttle
        ? t("loginThrottled", { minutes: Math.ceil(throttle.retryAfterMs / 60_000) })
        : t("invalidLogin");
      return { status: "error", message, values: { email } };
    }
    throw error;
  }
}

export const loginAction = publicFormAction(ZLogin.extend({ returnTo: ZReturnTo }), async (input) =>
  signInOrExplain(input.email, input.password, input.returnTo ?? "/institutions"),
);

/** Sends the browser to the identity provider; Auth.js brings it back to /api/auth/callback/oidc. */
export const ssoSignInAction = publicFormAction(z.object({ returnTo: ZReturnTo }), async ({ returnTo }) => {
  if (!oidcSignInOption()) throw new AppError("NOT_FOUND");
  await signIn(OIDC_PROVIDER_ID, { redirectTo: returnTo ?? "/institutions" });
});

export const registerAction = publicFormAction(ZRegistration, async (input) => {
  await consumeRateLimit(RATE_LIMITS.registerPerAddress, clientAddress(await headers()));
  const { institution } = await registerWithInstitution(input);
  return signInOrExplain(input.email, input.password, `/institutions/${institution.slug}`);
});

export const registerWithInvitationAction = publicFormAction(
  ZInvitedRegistrationFields.extend({ token: z.string().max(100) }).superRefine(passwordNotFromEmail),
  async ({ token, ...input }) => {
    const address = clientAddress(await headers());
    // Both: a guessed link counts as an invitation attempt, an account made as a registration.
    await consumeRateLimit(RATE_LIMITS.invitationPerAddress, address);
    await consumeRateLimit(RATE_LIMITS.registerPerAddress, address);
    const { institution } = await registerWithInvitation(token, input);
    return signInOrExplain(input.email, input.password, `/institutions/${institution.slug}`);
  },
);
