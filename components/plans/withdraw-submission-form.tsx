"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { withdrawSubmissionAction } from "@/app/(app)/institutions/[slug]/plans/[planId]/steps/actions";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";

/** On the overview of a plan in review, for those who may submit: take it back, after a question. */
export function WithdrawSubmissionForm({
  slug,
  planId,
  title,
}: {
  slug: string;
  planId: string;
  title: string;
}) {
  const t = useTranslations("wizard");
  const [state, action] = useActionState(withdrawSubmissionAction, IDLE);
  return (
    <section
      aria-labelledby="withdraw-title"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-5"
    >
      <h2 id="withdraw-title" className="text-base font-semibold">
        {t("withdrawTitle")}
      </h2>
      <p className="text-sm text-slate-700">{t("withdrawLead")}</p>
      {state.status === "error" && state.message && <Alert tone="error">{state.message}</Alert>}
      <form
        action={action}
        onSubmit={(event) => {
          if (!window.confirm(t("withdrawConfirm", { plan: title }))) event.preventDefault();
        }}
      >
        <input type="hidden" name="slug" value={slug} />
        <input type="hidden" name="planId" value={planId} />
        <SubmitButton variant="secondary" pendingLabel={t("withdrawing")}>
          {t("withdraw")}
        </SubmitButton>
      </form>
    </section>
  );
}
