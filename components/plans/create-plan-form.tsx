"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createPlanAction } from "@/app/(app)/institutions/[slug]/plan-actions";
import { InputField, SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { useFocusOnError } from "@/components/ui/use-focus-on-error";

export function CreatePlanForm({
  slug,
  templates,
  defaultTemplate,
}: {
  slug: string;
  templates: string[];
  defaultTemplate?: string;
}) {
  const t = useTranslations("plans");
  const tw = useTranslations("wizard");
  const tt = useTranslations("templates");
  const [state, action] = useActionState(createPlanAction, IDLE);
  const form = useFocusOnError(state);
  return (
    <form
      ref={form}
      action={action}
      className="flex flex-col gap-3 sm:flex-row sm:items-start [&>button]:sm:mt-7"
      noValidate
    >
      <input type="hidden" name="slug" value={slug} />
      <div className="flex-1">
        <InputField
          id="new-plan-title"
          name="title"
          required
          maxLength={160}
          label={t("titleLabel")}
          placeholder={t("titlePlaceholder")}
          defaultValue={state.values?.title}
          error={state.fieldErrors?.title ?? (state.fieldErrors ? undefined : state.message)}
        />
      </div>
      <div className="sm:w-80">
        <SelectField
          id="new-plan-template"
          name="template"
          label={tw("templateLabel")}
          defaultValue={state.values?.template ?? defaultTemplate ?? ""}
          hint={tw("templateHint")}
        >
          <option value="">{tw("templateNone")}</option>
          {templates.map((key) => (
            <option key={key} value={key}>
              {tt.has(key) ? tt(key) : key}
            </option>
          ))}
        </SelectField>
      </div>
      <SubmitButton pendingLabel={t("creating")}>{t("create")}</SubmitButton>
    </form>
  );
}
