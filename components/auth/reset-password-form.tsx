"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { resetPasswordAction } from "@/app/(public)/reset/[token]/actions";
import { Alert } from "@/components/ui/alert";
import { NewPasswordField } from "@/components/auth/new-password-field";
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
      <NewPasswordField id="reset-new-password" error={state.fieldErrors?.newPassword} />
      <SubmitButton className="w-full" pendingLabel={ta("saving")}>
        {t("save")}
      </SubmitButton>
    </form>
  );
}
