"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { IDLE, type FormState } from "@/lib/actions/form-state";
import { Button } from "./button";
import { ConfirmDialog } from "./confirm-dialog";
import { SubmitButton } from "./submit-button";

interface RevokeButtonProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** The hidden inputs the action expects. */
  fields: Record<string, string>;
  /** Says which item, for screen readers, where every row has a button of the same name. */
  label?: string;
  /** Asked first, where revoking takes something from people at once (guests, readers of a link). */
  confirm?: { title: string; text: string };
}

/**
 * A button that revokes something (an invitation, a share link) through a server action, with the
 * action's error shown beside it, or in the question asked first where `confirm` is given.
 */
export function RevokeButton({ action, fields, label, confirm }: RevokeButtonProps) {
  const t = useTranslations("common");
  if (confirm)
    return (
      <ConfirmDialog
        trigger={
          <Button size="sm" variant="secondary" aria-label={label}>
            {t("revoke")}
          </Button>
        }
        title={confirm.title}
        description={confirm.text}
        confirmLabel={t("revoke")}
        pendingLabel={t("revoking")}
        action={action}
        fields={fields}
      />
    );
  return <RevokeForm action={action} fields={fields} label={label} />;
}

function RevokeForm({ action, fields, label }: Omit<RevokeButtonProps, "confirm">) {
  const t = useTranslations("common");
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="flex items-center gap-2">
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
