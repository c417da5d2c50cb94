"use client";

import { useTranslations } from "next-intl";
import { withdrawSubmissionAction } from "@/app/(app)/institutions/[slug]/plans/[planId]/steps/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

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
  return (
    <section
      aria-labelledby="withdraw-title"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-5"
    >
      <h2 id="withdraw-title" className="text-base font-semibold">
        {t("withdrawTitle")}
      </h2>
      <p className="text-sm text-slate-700">{t("withdrawLead")}</p>
      <ConfirmDialog
        trigger={<Button variant="secondary">{t("withdraw")}</Button>}
        title={t("withdrawConfirmTitle", { plan: title })}
        description={t("withdrawConfirm")}
        confirmLabel={t("withdraw")}
        pendingLabel={t("withdrawing")}
        action={withdrawSubmissionAction}
        fields={{ slug, planId }}
      />
    </section>
  );
}
