"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useFocusOnError } from "@/components/ui/use-focus-on-error";
import { registerWithInvitationAction } from "@/app/(public)/auth-actions";
import { Alert } from "@/components/ui/alert";
import { NewAccountFields } from "@/components/auth/new-account-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";

export function InvitedRegisterForm({ token, email }: { token: string; email: string | null }) {
  const t = useTranslations("invitation");
  const tReg = useTranslations("register");
  const [state, action] = useActionState(registerWithInvitationAction, IDLE);
  const form = useFocusOnError(state);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form ref={form} action={action} className="space-y-4" noValidate>
      <h2 className="text-lg font-semibold">{t("createAccount")}</h2>
      {state.status === "error" && state.message && <Alert tone="error">{state.message}</Alert>}
      <input type="hidden" name="token" value={token} />
      <NewAccountFields values={v} errors={e} fixedEmail={email} />
      <SubmitButton className="w-full" pendingLabel={tReg("submitting")}>
        {t("createAndJoin")}
      </SubmitButton>
    </form>
  );
}
