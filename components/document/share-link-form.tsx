"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createShareLinkAction } from "@/app/(app)/institutions/[slug]/plans/[planId]/document/actions";
import { Alert } from "@/components/ui/alert";
import { CopyableLink } from "@/components/ui/copyable-link";
import { InputField, SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { useFocusOnError } from "@/components/ui/use-focus-on-error";

export interface ShareVersionOption {
  value: string;
  label: string;
}

/** Creates a share link; its secret is shown once, here, with a button to copy it. */
export function ShareLinkForm({
  slug,
  planId,
  versions,
  defaultVersion,
  defaultLanguage,
  today,
}: {
  slug: string;
  planId: string;
  versions: ShareVersionOption[];
  /** The latest approved version where there is one: outside readers should not get drafts by default. */
  defaultVersion: string;
  defaultLanguage: string;
  today: string;
}) {
  const t = useTranslations("share");
  const tl = useTranslations("documentPage.languages");
  const [state, action] = useActionState(createShareLinkAction, IDLE);
  // Around the form: a refusal of the whole form is shown below it.
  const form = useFocusOnError<HTMLDivElement>(state);
  const link = state.status === "success" ? state.data?.link : undefined;
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <div ref={form} className="space-y-4">
      <form action={action} className="grid gap-4 sm:grid-cols-2 sm:items-start" noValidate>
        <input type="hidden" name="slug" value={slug} />
        <input type="hidden" name="planId" value={planId} />
        {/* A whole row: a version's label names its approval date and would be cut off in a column. */}
        <div className="sm:col-span-2">
          <SelectField
            id="share-version"
            name="version"
            label={t("versionLabel")}
            defaultValue={v.version ?? defaultVersion}
            error={e.version}
            className="w-full max-w-xl"
          >
            {versions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </SelectField>
        </div>
        <SelectField
          id="share-language"
          name="language"
          label={t("languageLabel")}
          defaultValue={v.language ?? defaultLanguage}
          error={e.language}
        >
          <option value="de">{tl("de")}</option>
          <option value="en">{tl("en")}</option>
        </SelectField>
        <InputField
          id="share-expires"
          name="expiresOn"
          type="date"
          min={today}
          label={t("expiryLabel")}
          hint={t("expiryHint")}
          defaultValue={v.expiresOn}
          error={e.expiresOn}
        />
        <div className="sm:col-span-2">
          <SubmitButton pendingLabel={t("creating")}>{t("create")}</SubmitButton>
        </div>
      </form>
      {state.status === "error" && state.message && <Alert tone="error">{state.message}</Alert>}
      {link && (
        <Alert tone="success" className="space-y-2">
          <p>{state.message}</p>
          <CopyableLink id="share-link" label={t("linkLabel")} link={link} />
        </Alert>
      )}
    </div>
  );
}
