"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createPlanAction } from "@/app/(app)/institutions/[slug]/plan-actions";
import { InputField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";

export function CreatePlanForm({ slug }: { slug: string }) {
  const t = useTranslations("plans");
  const [state, action] = useActionState(createPlanAction, IDLE);
  return (
    <form action={action} className="flex flex-col gap-3 sm:flex-row sm:items-end" noValidate>
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
      <SubmitButton pendingLabel={t("creating")}>{t("create")}</SubmitButton>
    </form>
  );
}
