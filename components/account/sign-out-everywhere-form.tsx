"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signOutEverywhereAction } from "@/app/(app)/account/actions";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";

export function SignOutEverywhereForm() {
  const t = useTranslations("account");
  const [state, action] = useActionState(signOutEverywhereAction, IDLE);
  return (
    <form action={action} className="space-y-3">
      {state.status === "error" && state.message && <Alert tone="error">{state.message}</Alert>}
      <SubmitButton variant="secondary" pendingLabel={t("signingOut")}>
        {t("signOutEverywhere")}
      </SubmitButton>
    </form>
  );
}
