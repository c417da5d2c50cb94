"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { joinWorkshopAction } from "@/app/(public)/w/[token]/actions";
import { Alert } from "@/components/ui/alert";
import { InputField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { useFocusOnError } from "@/components/ui/use-focus-on-error";

/** A guest gives the name the others will see, then enters the workshop. */
export function JoinWorkshopForm({ token }: { token: string }) {
  const t = useTranslations("workshop.guest");
  const [state, action] = useActionState(joinWorkshopAction, IDLE);
  const form = useFocusOnError(state);
  return (
    <form ref={form} action={action} className="space-y-4" noValidate>
      {state.status === "error" && state.message && <Alert tone="error">{state.message}</Alert>}
      <input type="hidden" name="token" value={token} />
      <InputField
        id="guest-name"
        name="name"
        label={t("nameLabel")}
        hint={t("nameHint")}
        autoComplete="name"
        maxLength={60}
        required
        defaultValue={state.values?.name}
        error={state.fieldErrors?.name}
      />
      <SubmitButton pendingLabel={t("joining")}>{t("join")}</SubmitButton>
    </form>
  );
}
