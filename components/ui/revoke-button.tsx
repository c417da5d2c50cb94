"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/actions/form-state";

/**
 * A one-button form that revokes something (an invitation, a share link) through a server action,
 * with the action's error shown beside it, after asking `confirm` where given. `fields` are the hidden inputs the action expects.
 */
export function RevokeButton({
  action,
  fields,
  label,
  confirm,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  /** Says which item, for screen readers, where every row has a button of the same name. */
  label?: string;
  /** Asked first, where revoking takes something from people at once (guests, readers of a link). */
  confirm?: string;
}) {
  const t = useTranslations("common");
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) event.preventDefault();
      }}
      className="flex items-center gap-2"
    >
      {state.status === "error" && (
        <span role="alert" className="text-sm text-red-700">
          {state.message}
        </span>
      )}
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton size="sm" variant="secondary" pendingLabel={t("revoking")} aria-label={label}>
        {t("revoke")}
      </SubmitButton>
    </form>
  );
}
