"use client";

import { useTranslations } from "next-intl";
import { deletePlanAction } from "@/app/(app)/institutions/[slug]/plan-actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

export function DeletePlanDialog({ slug, planId, title }: { slug: string; planId: string; title: string }) {
  const t = useTranslations("plans");
  return (
    <ConfirmDialog
      trigger={<Button variant="danger">{t("delete")}</Button>}
      title={t("confirmDeleteTitle")}
      description={t("confirmDeleteText", { title })}
      confirmLabel={t("confirmDelete")}
      pendingLabel={t("deleting")}
      action={deletePlanAction}
      fields={{ slug, planId }}
    />
  );
}
