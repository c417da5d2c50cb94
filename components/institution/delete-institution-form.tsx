"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { deleteInstitutionAction } from "@/app/(app)/institutions/[slug]/settings/actions";
import { Alert } from "@/components/ui/alert";
import { InputField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { useFocusOnError } from "@/components/ui/use-focus-on-error";

/** Deleting is final: the admin types the institution's name before the button unlocks. */
export function DeleteInstitutionForm({ slug, name }: { slug: string; name: string }) {
  const t = useTranslations("lifecycle");
  const [state, action] = useActionState(deleteInstitutionAction, IDLE);
  const form = useFocusOnError(state);
  const [typed, setTyped] = useState(state.values?.confirmName ?? "");
  const matches = typed.trim() === name.trim();
  return (
    <form ref={form} action={action} className="space-y-4" noValidate>
      {state.status === "error" && state.message && <Alert tone="error">{state.message}</Alert>}
      <input type="hidden" name="slug" value={slug} />
      <InputField
        id="confirmName"
        name="confirmName"
        autoComplete="off"
        required
        label={t("confirmNameLabel", { name })}
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        error={state.fieldErrors?.confirmName}
      />
      <SubmitButton variant="danger" disabled={!matches} pendingLabel={t("deletingInstitution")}>
        {t("deleteInstitutionButton")}
      </SubmitButton>
    </form>
  );
}
