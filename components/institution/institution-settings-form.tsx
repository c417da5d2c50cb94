"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState, type ReactNode } from "react";
import { updateInstitutionAction } from "@/app/(app)/institutions/[slug]/settings/actions";
import { Alert } from "@/components/ui/alert";
import { InputField, SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFocusOnError } from "@/components/ui/use-focus-on-error";
import { IDLE } from "@/lib/actions/form-state";
import { InstitutionTypeOptions } from "@/components/institution/institution-type-options";
import { INSTITUTION_NAME_MAX } from "@/lib/institution-types";

/**
 * The institution's name and type, as an admin corrects them. While plans wait for approval the
 * type is shown but cannot be chosen (`typeLock` says why); it is sent as it is.
 */
export function InstitutionSettingsForm({
  slug,
  name,
  type,
  typeLock,
}: {
  slug: string;
  name: string;
  type: string;
  typeLock: ReactNode;
}) {
  const t = useTranslations("settings");
  const [state, action] = useActionState(updateInstitutionAction, IDLE);
  const form = useFocusOnError(state);
  // "Gespeichert." speaks of what was sent: once the admin types again it no longer holds.
  const [editedAfter, setEditedAfter] = useState<typeof state | null>(null);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form ref={form} action={action} onChange={() => setEditedAfter(state)} className="space-y-4" noValidate>
      <input type="hidden" name="slug" value={slug} />
      <InputField
        id="institution-name"
        name="name"
        maxLength={INSTITUTION_NAME_MAX}
        required
        autoComplete="organization"
        label={t("nameLabel")}
        hint={t("nameHint")}
        defaultValue={v.name ?? name}
        error={e.name}
      />
      <SelectField
        id="institution-type"
        name="type"
        required
        label={t("typeLabel")}
        hint={typeLock ?? t("typeHint")}
        disabled={Boolean(typeLock)}
        defaultValue={v.type ?? type}
        error={e.type}
      >
        <InstitutionTypeOptions />
      </SelectField>
      {typeLock && <input type="hidden" name="type" value={type} />}
      {state.status === "error" && state.message && <Alert tone="error">{state.message}</Alert>}
      {state.status === "success" && state.message && editedAfter !== state && (
        <Alert tone="success">{state.message}</Alert>
      )}
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
