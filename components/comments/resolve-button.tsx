"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { resolveCommentAction } from "@/app/(app)/institutions/[slug]/plans/[planId]/comment-actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";

export function ResolveButton({
  slug,
  planId,
  commentId,
  resolved,
}: {
  slug: string;
  planId: string;
  commentId: string;
  resolved: boolean;
}) {
  const t = useTranslations("comments");
  const [state, action] = useActionState(resolveCommentAction, IDLE);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      {/* A refusal (the plan was approved meanwhile, the role changed) is said where it was asked. */}
      {state.status === "error" && (
        <span role="alert" className="text-sm text-red-700">
          {state.message}
        </span>
      )}
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="commentId" value={commentId} />
      <input type="hidden" name="resolved" value={resolved ? "false" : "true"} />
      <SubmitButton size="sm" variant="ghost" pendingLabel={t("saving")}>
        {resolved ? t("reopen") : t("resolve")}
      </SubmitButton>
    </form>
  );
}
