"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { setGuestStepsAction } from "@/app/(app)/institutions/[slug]/plans/[planId]/workshop/actions";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { STEP_KEYS, type StepKey } from "@/lib/strategy/steps";

/** Which steps guests may edit: one checkbox per step; saving takes effect for guests at once. */
export function GuestStepsForm({ slug, planId, open }: { slug: string; planId: string; open: StepKey[] }) {
  const t = useTranslations("workshop.steps");
  const ts = useTranslations("strategy.steps");
  const [state, action] = useActionState(setGuestStepsAction, IDLE);
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="planId" value={planId} />
      <fieldset className="space-y-2">
        <legend className="sr-only">{t("title")}</legend>
        {STEP_KEYS.map((step, index) => (
          <label key={step} className="flex items-center gap-3 text-sm">
            <input
              type="checkbox"
              name="steps"
              value={step}
              defaultChecked={open.includes(step)}
              className="accent-brand-700 size-4"
            />
            <span>
              {index + 1}. {ts(`${step}.title`)}
            </span>
          </label>
        ))}
      </fieldset>
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      {state.message && <Alert tone={state.status === "error" ? "error" : "success"}>{state.message}</Alert>}
    </form>
  );
}
