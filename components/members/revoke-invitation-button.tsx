"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { revokeInvitationAction } from "@/app/(app)/institutions/[slug]/members/actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";

export function RevokeInvitationButton({ slug, invitationId }: { slug: string; invitationId: string }) {
  const t = useTranslations("members");
  const [state, action] = useActionState(revokeInvitationAction, IDLE);
  return (
    <form action={action} className="flex items-center gap-2">
      {state.status === "error" && (
        <span role="alert" className="text-sm text-red-700">
          {state.message}
        </span>
      )}
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="invitationId" value={invitationId} />
      <SubmitButton size="sm" variant="secondary" pendingLabel={t("revoking")}>
        {t("revoke")}
      </SubmitButton>
    </form>
  );
}
