"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { deleteAccountAction } from "@/app/(app)/account/actions";
import { Alert } from "@/components/ui/alert";
import { InputField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { useFocusOnError } from "@/components/ui/use-focus-on-error";

/** `withPassword`: false for accounts that sign in only through single sign-on. */
export function DeleteAccountForm({ withPassword }: { withPassword: boolean }) {
  const t = useTranslations("lifecycle");
  const [state, action] = useActionState(deleteAccountAction, IDLE);
  const form = useFocusOnError(state);
  return (
    <form ref={form} action={action} className="space-y-4" noValidate>
      {state.status === "error" && state.message && <Alert tone="error">{state.message}</Alert>}
      {withPassword ? (
        <InputField
          id="deleteAccountPassword"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          label={t("deleteAccountPassword")}
          error={state.fieldErrors?.password}
        />
      ) : (
        <InputField
          id="deleteAccountEmail"
          name="confirmEmail"
          type="email"
          autoComplete="off"
          required
          label={t("deleteAccountEmail")}
          defaultValue={state.values?.confirmEmail}
          error={state.fieldErrors?.confirmEmail}
        />
      )}
      <SubmitButton variant="danger" pendingLabel={t("deletingAccount")}>
        {t("deleteAccountButton")}
      </SubmitButton>
    </form>
  );
}
