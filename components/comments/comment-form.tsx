"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { addCommentAction } from "@/app/(app)/institutions/[slug]/plans/[planId]/comment-actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { useFocusOnError } from "@/components/ui/use-focus-on-error";

interface CommentFormProps {
  slug: string;
  planId: string;
  step: string;
  parentId?: string;
  /** Items of the step a new thread can be about; none for replies. */
  items?: { id: string; title: string }[];
}

export function CommentForm({ slug, planId, step, parentId, items }: CommentFormProps) {
  const t = useTranslations("comments");
  const [state, action] = useActionState(addCommentAction, IDLE);
  const form = useFocusOnError(state);
  const id = parentId ? `reply-${parentId}` : `comment-${step}`;
  useEffect(() => {
    if (state.status === "success") form.current?.reset();
  }, [form, state]);
  return (
    <form ref={form} action={action} className="space-y-2" noValidate>
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="step" value={step} />
      {parentId && <input type="hidden" name="parentId" value={parentId} />}
      {items && items.length > 0 && (
        <div className="space-y-1">
          <label htmlFor={`${id}-item`} className="block text-sm font-medium">
            {t("about")}
          </label>
          <select
            id={`${id}-item`}
            name="itemId"
            defaultValue={state.values?.itemId ?? ""}
            className="max-w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
          >
            <option value="">{t("wholeStep")}</option>
            {items.map((item) => (
              <option key={item.id} value={item.id}>
                {item.title}
              </option>
            ))}
          </select>
        </div>
      )}
      <label htmlFor={`${id}-body`} className="block text-sm font-medium">
        {parentId ? t("replyLabel") : t("newComment")}
      </label>
      <textarea
        id={`${id}-body`}
        name="body"
        rows={2}
        maxLength={4000}
        defaultValue={state.status === "error" ? state.values?.body : undefined}
        aria-invalid={state.fieldErrors?.body ? true : undefined}
        aria-describedby={`${id}-hint${state.fieldErrors?.body ? ` ${id}-error` : ""}`}
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
      />
      <p id={`${id}-hint`} className="text-xs text-slate-600">
        {t("mentionHint")}
      </p>
      {state.status === "error" && (
        <p id={`${id}-error`} role="alert" className="text-sm font-medium text-red-700">
          {state.fieldErrors?.body ?? state.message}
        </p>
      )}
      <SubmitButton size="sm" variant={parentId ? "secondary" : "primary"} pendingLabel={t("sending")}>
        {parentId ? t("sendReply") : t("send")}
      </SubmitButton>
    </form>
  );
}
