"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { revokeShareLinkAction } from "@/app/(app)/institutions/[slug]/plans/[planId]/document/actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";

export function RevokeShareLinkButton({
  slug,
  planId,
  linkId,
  label,
}: {
  slug: string;
  planId: string;
  linkId: string;
  /** Says which link, for screen readers: every row has a button of the same name. */
  label: string;
}) {
  const t = useTranslations("share");
  const [state, action] = useActionState(revokeShareLinkAction, IDLE);
  return (
    <form action={action} className="flex items-center gap-2">
      {state.status === "error" && (
        <span role="alert" className="text-sm text-red-700">
          {state.message}
        </span>
      )}
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="linkId" value={linkId} />
      <SubmitButton size="sm" variant="secondary" pendingLabel={t("revoking")} aria-label={label}>
        {t("revoke")}
      </SubmitButton>
    </form>
  );
}
