"use client";

import { useTranslations } from "next-intl";
import { AlertDialog } from "radix-ui";
import { useActionState } from "react";
import { deletePlanAction } from "@/app/(app)/institutions/[slug]/plan-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";

export function DeletePlanDialog({ slug, planId, title }: { slug: string; planId: string; title: string }) {
  const t = useTranslations("plans");
  const [state, action] = useActionState(deletePlanAction, IDLE);
  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger asChild>
        <Button variant="danger">{t("delete")}</Button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/50" />
        <AlertDialog.Content className="fixed top-1/2 left-1/2 z-50 w-[min(92vw,28rem)] -translate-x-1/2 -translate-y-1/2 space-y-4 rounded-lg bg-white p-6 shadow-xl">
          <AlertDialog.Title className="text-lg font-semibold">{t("confirmDeleteTitle")}</AlertDialog.Title>
          <AlertDialog.Description className="text-sm text-slate-700">
            {t("confirmDeleteText", { title })}
          </AlertDialog.Description>
          {state.status === "error" && state.message && <Alert tone="error">{state.message}</Alert>}
          <form action={action} className="flex justify-end gap-2">
            <input type="hidden" name="slug" value={slug} />
            <input type="hidden" name="planId" value={planId} />
            <AlertDialog.Cancel asChild>
              <Button type="button" variant="secondary">
                {t("cancel")}
              </Button>
            </AlertDialog.Cancel>
            <SubmitButton variant="danger" pendingLabel={t("deleting")}>
              {t("confirmDelete")}
            </SubmitButton>
          </form>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
