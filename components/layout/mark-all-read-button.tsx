"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { markAllReadAction } from "@/app/(app)/notifications/actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";

export function MarkAllReadButton() {
  const t = useTranslations("notifications");
  const [, action] = useActionState(markAllReadAction, IDLE);
  return (
    <form action={action}>
      <SubmitButton size="sm" variant="secondary" pendingLabel={t("saving")}>
        {t("markAllRead")}
      </SubmitButton>
    </form>
  );
}
