"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { registerWithInvitationAction } from "@/app/(public)/auth-actions";
import { Alert } from "@/components/ui/alert";
import { InputField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";

export function InvitedRegisterForm({ token, email }: { token: string; email: string | null }) {
  const t = useTranslations("invitation");
  const tAuth = useTranslations("auth");
  const tReg = useTranslations("register");
  const [state, action] = useActionState(registerWithInvitationAction, IDLE);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-4" noValidate>
      <h2 className="text-lg font-semibold">{t("createAccount")}</h2>
      {state.status === "error" && state.message && <Alert tone="error">{state.message}</Alert>}
      <input type="hidden" name="token" value={token} />
      <InputField
        id="name"
        name="name"
        autoComplete="name"
        required
        label={tReg("name")}
        defaultValue={v.name}
        error={e.name}
      />
      <InputField
        id="email"
        name="email"
        type="email"
        autoComplete="email"
        required
        readOnly={Boolean(email)}
        label={tAuth("email")}
        defaultValue={email ?? v.email}
        error={e.email}
        hint={email ? t("emailFixed") : undefined}
      />
      <InputField
        id="password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        label={tAuth("password")}
        hint={tReg("passwordHint")}
        error={e.password}
      />
      <SubmitButton className="w-full" pendingLabel={tReg("submitting")}>
        {t("createAndJoin")}
      </SubmitButton>
    </form>
  );
}
