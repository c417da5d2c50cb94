"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { resetPasswordAction } from "@/app/(public)/reset/[token]/actions";
import { Alert } from "@/components/ui/alert";
import { InputField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFocusOnError } from "@/components/ui/use-focus-on-error";
import { IDLE } from "@/lib/actions/form-state";

export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("passwordReset");
  const ta = useTranslations("account");
  const [state, action] = useActionState(resetPasswordAction, IDLE);
  const form = useFocusOnError(state);
  return (
    <form ref={form} action={action} className="space-y-4" noValidate>
      {state.status === "error" && state.message && <Alert tone="error">{state.message}</Alert>}
      <input type="hidden" name="token" value={token} />
      {/* Password managers file the new password under the account's address. */}
      <input type="email" hidden readOnly autoComplete="username" value={email} />
      <InputField
        id="reset-new-password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        label={t("newPassword")}
        hint={ta("passwordHint")}
        error={state.fieldErrors?.newPassword}
      />
      <SubmitButton className="w-full" pendingLabel={t("saving")}>
        {t("save")}
      </SubmitButton>
    </form>
  );
}
