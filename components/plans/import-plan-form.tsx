"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { importPlanAction } from "@/app/(app)/institutions/[slug]/plan-actions";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";

/** Mirrors PLAN_FILE_MAX_BYTES, so a file that is too large is refused before it is sent. */
const MAX_BYTES = 1024 * 1024;

export function ImportPlanForm({ slug }: { slug: string }) {
  const t = useTranslations("import");
  const [state, action] = useActionState(importPlanAction, IDLE);
  const [localError, setLocalError] = useState<string | null>(null);
  const error = localError ?? (state.status === "error" ? state.message : null);
  return (
    <form
      action={action}
      className="space-y-3"
      onSubmit={(event) => {
        const file = (event.currentTarget.elements.namedItem("file") as HTMLInputElement).files?.[0];
        const problem = !file ? t("errors.noFile") : file.size > MAX_BYTES ? t("errors.tooLarge") : null;
        setLocalError(problem);
        if (problem) event.preventDefault();
      }}
    >
      <input type="hidden" name="slug" value={slug} />
      <div className="space-y-1.5">
        <label htmlFor="import-file" className="block text-sm font-medium text-slate-800">
          {t("file")}
        </label>
        <input
          id="import-file"
          name="file"
          type="file"
          accept="application/json,.json"
          aria-describedby={error ? "import-error" : undefined}
          className="block w-full text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-2 file:text-sm file:font-medium"
          onChange={() => setLocalError(null)}
        />
      </div>
      {error && (
        <Alert tone="error" id="import-error">
          {error}
        </Alert>
      )}
      <SubmitButton variant="secondary" pendingLabel={t("importing")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
