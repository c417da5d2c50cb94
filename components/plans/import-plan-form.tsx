"use client";

import { useTranslations } from "next-intl";
import { clsx } from "clsx";
import { useActionState, useState } from "react";
import { importPlanAction } from "@/app/(app)/institutions/[slug]/plan-actions";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { useFocusOnError } from "@/components/ui/use-focus-on-error";

/** Mirrors PLAN_FILE_MAX_BYTES, so a file that is too large is refused before it is sent. */
const MAX_BYTES = 1024 * 1024;

export function ImportPlanForm({ slug }: { slug: string }) {
  const t = useTranslations("import");
  const [state, action] = useActionState(importPlanAction, IDLE);
  const form = useFocusOnError(state);
  const [localError, setLocalError] = useState<string | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const error = localError ?? (state.status === "error" ? state.message : null);
  return (
    <form
      ref={form}
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
        <span id="import-file-label" className="block text-sm font-medium text-slate-800">
          {t("file")}
        </span>
        {/* The browser's own file button speaks the browser's language, not the page's. */}
        <div className="flex flex-wrap items-center gap-3">
          <input
            id="import-file"
            name="file"
            type="file"
            accept="application/json,.json"
            aria-labelledby="import-file-label"
            aria-describedby={error ? "import-file-name import-error" : "import-file-name"}
            className="peer sr-only"
            onChange={(event) => {
              setLocalError(null);
              setFileName(event.currentTarget.files?.[0]?.name ?? null);
            }}
          />
          <label
            htmlFor="import-file"
            className={clsx(
              buttonVariants({ variant: "secondary" }),
              "peer-focus-visible:outline-brand-700 cursor-pointer peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2",
            )}
          >
            {t("choose")}
          </label>
          <span id="import-file-name" className="text-sm text-slate-600">
            {fileName ?? t("noFile")}
          </span>
        </div>
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
