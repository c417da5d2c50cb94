"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { changePasswordAction } from "@/app/(app)/account/actions";
import { Alert } from "@/components/ui/alert";
import { NewPasswordField } from "@/components/auth/new-password-field";
import { InputField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { useFocusOnError } from "@/components/ui/use-focus-on-error";

export function ChangePasswordForm() {
  const t = useTranslations("account");
  const [state, action] = useActionState(changePasswordAction, IDLE);
  const form = useFocusOnError(state);
  const e = state.fieldErrors ?? {};
  return (
    <form ref={form} action={action} className="space-y-4" noValidate>
      {state.status === "error" && state.message && <Alert tone="error">{state.message}</Alert>}
      <InputField
        id="currentPassword"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        label={t("currentPassword")}
        error={e.currentPassword}
      />
      <NewPasswordField id="newPassword" error={e.newPassword} />
      <SubmitButton pendingLabel={t("saving")}>{t("savePassword")}</SubmitButton>
    </form>
  );
}
