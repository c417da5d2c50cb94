"use client";

import { useTranslations } from "next-intl";
import { AlertDialog } from "radix-ui";
import { useActionState, useState, type ReactElement } from "react";
import { IDLE, type FormState } from "@/lib/actions/form-state";
import { Alert } from "./alert";
import { Button } from "./button";
import { SubmitButton } from "./submit-button";

export interface ConfirmDialogProps {
  /** The button that opens the dialog. */
  trigger: ReactElement;
  /** The question, e.g. "Diesen Link widerrufen?". */
  title: string;
  /** What answering yes does, and to whom. */
  description: string;
  confirmLabel: string;
  pendingLabel: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** The hidden inputs the action expects. */
  fields: Record<string, string>;
}

/**
 * Asks before an action that takes something away (a member, a link, a submission) in the app's
 * own dialog, as deleting a plan does: the browser's confirm box looks different in every browser,
 * names the server instead of Wegweiser, and some browsers offer to silence it. Cancel is the
 * default: it has the focus, and Escape chooses it. A refusal from the server is shown in the
 * dialog, which stays open (also while the answer is on its way); a success closes it (or the
 * page it was on moves on).
 */
export function ConfirmDialog({
  trigger,
  title,
  description,
  confirmLabel,
  pendingLabel,
  action,
  fields,
}: ConfirmDialogProps) {
  const t = useTranslations("common");
  const [state, formAction, pending] = useActionState(action, IDLE);
  const [open, setOpen] = useState(false);
  const [answered, setAnswered] = useState(state);
  if (state !== answered) {
    setAnswered(state);
    if (state.status === "success") setOpen(false);
  }
  // A refusal belongs to the question it answered: asked again, the dialog starts clean.
  const [seen, setSeen] = useState<FormState | null>(null);
  const refusal = state.status === "error" && state !== seen ? state.message : undefined;
  return (
    <AlertDialog.Root
      open={open}
      onOpenChange={(next) => {
        // While the answer is on its way the dialog stays, so that a refusal is seen.
        if (pending) return;
        if (!next) setSeen(state);
        setOpen(next);
      }}
    >
      <AlertDialog.Trigger asChild>{trigger}</AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/50" />
        <AlertDialog.Content className="fixed top-1/2 left-1/2 z-50 w-[min(92vw,28rem)] -translate-x-1/2 -translate-y-1/2 space-y-4 rounded-lg bg-white p-6 shadow-xl">
          <AlertDialog.Title className="text-lg font-semibold wrap-anywhere">{title}</AlertDialog.Title>
          <AlertDialog.Description className="text-sm text-slate-700">{description}</AlertDialog.Description>
          {refusal && <Alert tone="error">{refusal}</Alert>}
          <form action={formAction} className="flex flex-wrap justify-end gap-2">
            {Object.entries(fields).map(([name, value]) => (
              <input key={name} type="hidden" name={name} value={value} />
            ))}
            <AlertDialog.Cancel asChild>
              <Button type="button" variant="secondary" disabled={pending}>
                {t("cancel")}
              </Button>
            </AlertDialog.Cancel>
            <SubmitButton variant="danger" pendingLabel={pendingLabel}>
              {confirmLabel}
            </SubmitButton>
          </form>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
