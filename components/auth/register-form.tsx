"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { registerAction } from "@/app/(public)/auth-actions";
import { Alert } from "@/components/ui/alert";
import { InputField, SelectField } from "@/components/ui/field";
import { NewAccountFields } from "./new-account-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFocusOnError } from "@/components/ui/use-focus-on-error";
import { IDLE } from "@/lib/actions/form-state";
import { InstitutionTypeOptions } from "@/components/institution/institution-type-options";
import { INSTITUTION_NAME_MAX } from "@/lib/institution-types";

export function RegisterForm() {
  const t = useTranslations("register");
  const [state, action] = useActionState(registerAction, IDLE);
  const form = useFocusOnError(state);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form ref={form} action={action} className="space-y-5" noValidate>
      {state.status === "error" && state.message && <Alert tone="error">{state.message}</Alert>}
      <fieldset className="space-y-4">
        <legend className="mb-2 text-base font-semibold">{t("institutionSection")}</legend>
        <InputField
          id="institutionName"
          name="institutionName"
          maxLength={INSTITUTION_NAME_MAX}
          required
          label={t("institutionName")}
          defaultValue={v.institutionName}
          error={e.institutionName}
          hint={t("institutionNameHint")}
        />
        <SelectField
          id="institutionType"
          name="institutionType"
          required
          label={t("institutionType")}
          defaultValue={v.institutionType ?? ""}
          error={e.institutionType}
        >
          <option value="" disabled>
            {t("chooseType")}
          </option>
          <InstitutionTypeOptions />
        </SelectField>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="mb-2 text-base font-semibold">{t("personSection")}</legend>
        <NewAccountFields values={v} errors={e} />
      </fieldset>
      <SubmitButton className="w-full" pendingLabel={t("submitting")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
