"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { submitPlanAction } from "@/app/(app)/institutions/[slug]/plans/[planId]/steps/actions";
import { Alert, Notice } from "@/components/ui/alert";
import { TextareaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFocusOnError } from "@/components/ui/use-focus-on-error";
import { IDLE } from "@/lib/actions/form-state";

export function SubmitPlanForm({
  slug,
  planId,
  ready,
  again,
  unchanged = false,
  deciderProblem = null,
  headingLevel = 3,
}: {
  slug: string;
  planId: string;
  ready: boolean;
  /** The plan came back with a request for changes: it goes to the leadership a second time. */
  again: boolean;
  /** Nothing was saved since the request for changes: resubmitting is allowed, but said so first. */
  unchanged?: boolean;
  /** Why nobody else could decide a submission now (it would only wait), so it is not offered. */
  deciderProblem?: string | null;
  /** 3 below the wizard's step heading, 2 among the sections of the plan's overview. */
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const t = useTranslations("wizard");
  const [state, action] = useActionState(submitPlanAction, IDLE);
  const section = useFocusOnError<HTMLElement>(state);
  return (
    <section
      ref={section}
      aria-labelledby="submit-title"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-5"
    >
      <Heading id="submit-title" className="text-base font-semibold">
        {t(again ? "resubmitTitle" : "submitTitle")}
      </Heading>
      <p className="text-sm text-slate-700">
        {ready ? t(again ? "resubmitLead" : "submitLead") : t("submitBlocked")}
      </p>
      {again && unchanged && <Notice tone="warning">{t("resubmitUnchanged")}</Notice>}
      {deciderProblem && <Notice tone="warning">{deciderProblem}</Notice>}
      {state.status === "error" && state.message && <Alert tone="error">{state.message}</Alert>}
      <form action={action} className="space-y-3">
        <input type="hidden" name="slug" value={slug} />
        <input type="hidden" name="planId" value={planId} />
        <TextareaField
          id="submit-note"
          name="note"
          rows={3}
          maxLength={2000}
          label={t("submitNoteLabel")}
          hint={t(again ? "resubmitNoteHint" : "submitNoteHint")}
          defaultValue={state.values?.note}
          error={state.fieldErrors?.note}
        />
        <SubmitButton disabled={!ready || Boolean(deciderProblem)} pendingLabel={t("submitting")}>
          {t(again ? "resubmit" : "submit")}
        </SubmitButton>
      </form>
    </section>
  );
}
