"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { loginAction } from "@/app/(public)/auth-actions";
import { Alert } from "@/components/ui/alert";
import { InputField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { useFocusOnError } from "@/components/ui/use-focus-on-error";

export function LoginForm({ returnTo }: { returnTo?: string }) {
  const t = useTranslations("auth");
  const [state, action] = useActionState(loginAction, IDLE);
  const form = useFocusOnError(state);
  return (
    <form ref={form} action={action} className="space-y-4" noValidate>
      {state.status === "error" && state.message && <Alert tone="error">{state.message}</Alert>}
      {returnTo && <input type="hidden" name="returnTo" value={returnTo} />}
      <InputField
        id="login-email"
        name="email"
        type="email"
        autoComplete="username"
        required
        label={t("email")}
        defaultValue={state.values?.email}
        error={state.fieldErrors?.email}
      />
      <InputField
        id="login-password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        label={t("password")}
        error={state.fieldErrors?.password}
      />
      <SubmitButton className="w-full" pendingLabel={t("signingIn")}>
        {t("signIn")}
      </SubmitButton>
    </form>
  );
}
