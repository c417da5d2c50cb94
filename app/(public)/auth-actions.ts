"use server";

import { AuthError } from "next-auth";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { ZRegistration, registerWithInstitution } from "@/lib/access/accounts";
import { ZInvitedRegistration, registerWithInvitation } from "@/lib/access/invitations";
import { publicFormAction, type FormState } from "@/lib/actions/form-action";
import { signIn } from "@/lib/auth/auth";
import { ZLogin } from "@/lib/auth/credentials";

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
      return { status: "error", message: t("invalidLogin"), values: { email } };
    }
    throw error;
  }
}

export const loginAction = publicFormAction(ZLogin.extend({ returnTo: ZReturnTo }), async (input) =>
  signInOrExplain(input.email, input.password, input.returnTo ?? "/institutions"),
);

export const registerAction = publicFormAction(ZRegistration, async (input) => {
  const { institution } = await registerWithInstitution(input);
  return signInOrExplain(input.email, input.password, `/institutions/${institution.slug}`);
});

export const registerWithInvitationAction = publicFormAction(
  ZInvitedRegistration.extend({ token: z.string().max(100) }),
  async ({ token, ...input }) => {
    const { institution } = await registerWithInvitation(token, input);
    return signInOrExplain(input.email, input.password, `/institutions/${institution.slug}`);
  },
);
