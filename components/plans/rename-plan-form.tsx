"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { renamePlanAction } from "@/app/(app)/institutions/[slug]/plan-actions";
import { Alert } from "@/components/ui/alert";
import { InputField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { useFocusOnError } from "@/components/ui/use-focus-on-error";

export function RenamePlanForm({ slug, planId, title }: { slug: string; planId: string; title: string }) {
  const t = useTranslations("plans");
  const [state, action] = useActionState(renamePlanAction, IDLE);
  const form = useFocusOnError(state);
  return (
    <form ref={form} action={action} className="space-y-3" noValidate>
      {state.message && <Alert tone={state.status === "error" ? "error" : "success"}>{state.message}</Alert>}
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="planId" value={planId} />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="flex-1">
          <InputField
            id="plan-title"
            name="title"
            required
            maxLength={160}
            label={t("titleLabel")}
            defaultValue={state.values?.title ?? title}
            error={state.fieldErrors?.title}
          />
        </div>
        <SubmitButton variant="secondary" pendingLabel={t("saving")}>
          {t("rename")}
        </SubmitButton>
      </div>
    </form>
  );
}
