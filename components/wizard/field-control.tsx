"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { formatDecimalInput, parseDecimal } from "@/lib/i18n/decimal";
import { slowCadence } from "@/lib/strategy/cadence";
import { fieldIssue } from "@/lib/strategy/field-check";
import type { FieldDef } from "@/lib/strategy/fields";
import { FieldNotes, notesDescribedBy } from "@/components/ui/field-notes";
import { FLAG_ANSWERS, flagAnswerDomId } from "./field-ids";
import { clsx } from "clsx";

/**
 * What the field says about someone else's change: who just saved it while it was edited here,
 * or, once the two versions met on saving, that one must be chosen (above the form).
 */
export type RemoteNote = { by: string | null } | { conflictId: string };

export interface RefOption {
  id: string;
  label: string;
}

interface FieldControlProps {
  id: string;
  def: FieldDef;
  value: unknown;
  label: string;
  hint?: string;
  disabled?: boolean;
  refOptions?: RefOption[];
  /** A server-side error code for this field, e.g. from a refused save. */
  serverError?: string;
  /** Someone else saved this field while it was being edited here (their name, if known). */
  remoteChange?: RemoteNote;
  onChange: (value: unknown, valid: boolean) => void;
}

const control =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-xs disabled:bg-slate-100 disabled:text-slate-700 aria-[invalid=true]:border-red-700";

function formatNumber(value: unknown, locale: Locale) {
  return typeof value === "number" ? formatDecimalInput(value, locale) : "";
}

export function FieldControl({
  id,
  def,
  value,
  label,
  hint,
  disabled,
  refOptions,
  serverError,
  remoteChange,
  onChange,
}: FieldControlProps) {
  const t = useTranslations();
  const uiLocale = useLocale();
  const locale = isLocale(uiLocale) ? uiLocale : "de";
  // A text is a number as typed and not yet valid (restored from this device): shown as it was.
  const [numberDraft, setNumberDraft] = useState(() =>
    typeof value === "string" ? value : formatNumber(value, locale),
  );
  const [error, setError] = useState<string | null>(null);
  const [lastValue, setLastValue] = useState(value);
  const [lastLocale, setLastLocale] = useState(locale);
  if (value !== lastValue) {
    // The value changed from outside (a restored or resolved edit): show it. A text is what was
    // typed and is not a number yet ("0," on the way to "0,25"): the draft already shows it.
    setLastValue(value);
    if (typeof value === "string") {
      if (value !== numberDraft) setNumberDraft(value);
    } else if (parseDecimal(numberDraft, locale) !== value) setNumberDraft(formatNumber(value, locale));
  }
  if (locale !== lastLocale) {
    // The reader switched languages: the number keeps its value and takes the language's marks.
    setLastLocale(locale);
    if (parseDecimal(numberDraft, lastLocale) === value) setNumberDraft(formatNumber(value, locale));
  }

  const message = (code: string) => {
    if (code === "tooLong") return t("validation.tooLongMax", { max: def.max ?? 0 });
    if (code === "tooSmall" || code === "tooLarge")
      return t("validation.range", { min: def.min ?? 0, max: def.max ?? 0 });
    return t.has(`validation.${code}`) ? t(`validation.${code}`) : t("validation.invalid");
  };

  const emit = (next: unknown) => {
    const issue = fieldIssue(def, next);
    setError(issue === null ? null : message(issue));
    onChange(next, issue === null);
  };

  // A number restored from an earlier visit as typed, not yet a number: it says so from the start.
  const restoredNotANumber =
    def.kind === "number" &&
    typeof value === "string" &&
    value !== "" &&
    parseDecimal(value, locale) === undefined;
  const shownError =
    error ??
    (restoredNotANumber ? message("number") : null) ??
    (serverError
      ? t.has(`errors.${serverError}`)
        ? t(`errors.${serverError}`)
        : message(serverError)
      : null);
  const remoteId = remoteChange ? `${id}-remote` : undefined;
  const describedBy = notesDescribedBy(id, hint, shownError, remoteId);
  // Below the control: its hint, what is wrong with it, and who else just changed it.
  const notes = (
    <>
      <FieldNotes id={id} hint={hint} error={shownError} />
      {remoteChange && (
        <p id={remoteId} className="text-xs font-medium text-amber-900" data-testid="remote-change">
          {"conflictId" in remoteChange ? (
            <>
              {t("live.conflictHere")}{" "}
              <a href={`#${remoteChange.conflictId}`} className="underline underline-offset-4">
                {t("live.toConflict")}
              </a>
            </>
          ) : remoteChange.by ? (
            t("live.changedBy", { name: remoteChange.by })
          ) : (
            t("live.changedBySomeone")
          )}
        </p>
      )}
    </>
  );
  const common = {
    id,
    disabled,
    "aria-invalid": shownError ? true : undefined,
    "aria-describedby": describedBy,
    "aria-required": def.required || undefined,
  } as const;

  let input: React.ReactNode;
  switch (def.kind) {
    case "textarea":
      input = (
        <textarea
          {...common}
          rows={3}
          // Grows with its text (up to a screen's worth), so a longer answer is read without scrolling
          // inside the box; browsers without field-sizing keep the three rows.
          className={clsx(control, "field-sizing-content max-h-[60vh] min-h-20")}
          value={typeof value === "string" ? value : ""}
          onChange={(e) => emit(e.target.value)}
        />
      );
      break;
    case "number": {
      const slow = def.unit === "perWeek" && typeof value === "number" ? slowCadence(value) : null;
      input = (
        <div className="flex items-center gap-2">
          <input
            {...common}
            inputMode="decimal"
            className={clsx(control, "max-w-40")}
            value={numberDraft}
            onChange={(e) => {
              setNumberDraft(e.target.value);
              const parsed = parseDecimal(e.target.value, locale);
              if (parsed === undefined) {
                setError(message("number"));
                onChange(e.target.value, false);
              } else emit(parsed);
            }}
          />
          {def.unit && (
            <span className="text-sm text-slate-600">
              {t(`strategy.units.${def.unit}`)}
              {slow && ` (${t(`strategy.cadence.${slow.per}`, { count: slow.count })})`}
            </span>
          )}
        </div>
      );
      break;
    }
    case "date":
      input = (
        <input
          {...common}
          type="date"
          className={clsx(control, "max-w-48")}
          value={typeof value === "string" ? value : ""}
          onChange={(e) => emit(e.target.value || null)}
        />
      );
      break;
    case "select":
    case "ref":
      input = (
        <select
          {...common}
          className={clsx(control, "max-w-md")}
          value={typeof value === "string" ? value : ""}
          onChange={(e) => emit(e.target.value || null)}
        >
          <option value="">{t("wizard.choose")}</option>
          {def.kind === "select"
            ? def.options?.map((option) => (
                <option key={option} value={option}>
                  {t(`strategy.options.${def.optionSet}.${option}`)}
                </option>
              ))
            : refOptions?.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label}
                </option>
              ))}
        </select>
      );
      break;
    case "checkbox":
      // Yes / no as radio buttons: "not answered yet" must stay distinguishable from "no", and an
      // answer given too early can be taken back to open.
      return (
        <fieldset id={id} className="space-y-1.5" aria-describedby={describedBy} disabled={disabled}>
          <legend className="text-sm font-medium text-slate-800">{label}</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-1">
            {FLAG_ANSWERS.map(({ answer, key }) => (
              <label key={key} className="flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  name={id}
                  id={flagAnswerDomId(id, key)}
                  checked={answer === null ? value !== true && value !== false : value === answer}
                  onChange={() => emit(answer)}
                  className="accent-brand-700 size-4"
                />
                {t(`wizard.${key}`)}
              </label>
            ))}
          </div>
          {notes}
        </fieldset>
      );
    default:
      input = (
        <input
          {...common}
          className={control}
          value={typeof value === "string" ? value : ""}
          onChange={(e) => emit(e.target.value)}
        />
      );
  }

  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
        {def.required && (
          <span className="ml-1 text-xs font-normal text-slate-600">({t("wizard.important")})</span>
        )}
      </label>
      {input}
      {notes}
    </div>
  );
}
