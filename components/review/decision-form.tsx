"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { decidePlanAction } from "@/app/(app)/institutions/[slug]/plans/[planId]/actions";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";

/** The director's decision: approve, or send back with a note. Signed with their name and the time. */
export function DecisionForm({ slug, planId, revision }: { slug: string; planId: string; revision: number }) {
  const t = useTranslations("review");
  const [state, action] = useActionState(decidePlanAction, IDLE);
  const refused = state.status === "error" && Boolean(state.message);
  const note = useRef<HTMLTextAreaElement>(null);
  // A refusal is about the note in practice (changes need one): the cursor goes there.
  useEffect(() => {
    if (refused) note.current?.focus();
  }, [refused, state]);
  return (
    <form action={action} className="space-y-3">
      {refused && (
        <Alert tone="error" id="decision-error">
          {state.message}
        </Alert>
      )}
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="planId" value={planId} />
      {/* What the decider read: a plan changed and sent again meanwhile is refused, not approved. */}
      <input type="hidden" name="revision" value={revision} />
      <div className="space-y-1.5">
        <label htmlFor="decision-note" className="block text-sm font-medium text-slate-800">
          {t("note")}
        </label>
        <textarea
          id="decision-note"
          name="note"
          rows={3}
          maxLength={2000}
          ref={note}
          defaultValue={state.values?.note}
          aria-invalid={refused || undefined}
          aria-describedby={refused ? "decision-error decision-note-hint" : "decision-note-hint"}
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
        />
        <p id="decision-note-hint" className="text-xs text-slate-600">
          {t("noteHint")}
        </p>
      </div>
      <div className="flex flex-wrap gap-2">
        <SubmitButton name="decision" value="approve" pendingLabel={t("deciding")}>
          {t("approve")}
        </SubmitButton>
        <SubmitButton name="decision" value="requestChanges" variant="secondary" pendingLabel={t("deciding")}>
          {t("requestChanges")}
        </SubmitButton>
      </div>
    </form>
  );
}
