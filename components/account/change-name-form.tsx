"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { changeNameAction } from "@/app/(app)/account/actions";
import { Alert } from "@/components/ui/alert";
import { InputField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFocusOnError } from "@/components/ui/use-focus-on-error";
import { IDLE } from "@/lib/actions/form-state";

export function ChangeNameForm({ name }: { name: string }) {
  const t = useTranslations("account");
  const [state, action] = useActionState(changeNameAction, IDLE);
  const form = useFocusOnError(state);
  return (
    <form ref={form} action={action} className="space-y-4" noValidate>
      {state.status === "error" && state.message && <Alert tone="error">{state.message}</Alert>}
      {state.status === "success" && state.message && <Alert tone="success">{state.message}</Alert>}
      <InputField
        // Remounted with what was saved or sent back: React resets the form after its action.
        key={state.values?.name ?? name}
        id="account-name"
        name="name"
        autoComplete="name"
        required
        maxLength={120}
        label={t("nameLabel")}
        hint={t("nameHint")}
        defaultValue={state.values?.name ?? name}
        error={state.fieldErrors?.name}
      />
      <SubmitButton pendingLabel={t("saving")}>{t("saveName")}</SubmitButton>
    </form>
  );
}
