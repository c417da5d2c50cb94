"use client";

import { AlertOctagon, AlertTriangle, CheckCircle2 } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { CriterionResult, Finding, Grade, ReadinessResult } from "@/lib/strategy/readiness";
import { fieldDomId } from "./field-ids";

const GRADE_COLOR: Record<Grade, string> = { complete: "#047857", partial: "#b45309", missing: "#b91c1c" };
const GRADE_WIDTH: Record<Grade, number> = { complete: 1, partial: 0.55, missing: 0.12 };

function findingHref(baseHref: string, finding: Finding) {
  const { step, field, list, itemId } = finding.target;
  if (list && itemId && field)
    return `${baseHref}/${step}#${fieldDomId(`${step}.${list}.${itemId}.${field}`)}`;
  if (list && itemId) return `${baseHref}/${step}#item-${itemId}`;
  if (list) return `${baseHref}/${step}#${step}-${list}`;
  if (field) return `${baseHref}/${step}#${fieldDomId(`${step}.${field}`)}`;
  return `${baseHref}/${step}`;
}

function FindingLink({ finding, baseHref }: { finding: Finding; baseHref: string }) {
  const t = useTranslations("readiness.findings");
  return (
    <Link href={findingHref(baseHref, finding)} className="hover:text-brand-900 underline underline-offset-4">
      {t(finding.code, finding.params ?? {})}
    </Link>
  );
}

function CriteriaChart({
  criteria,
  title,
}: {
  criteria: CriterionResult[];
  title: (c: CriterionResult) => string;
}) {
  const t = useTranslations("readiness");
  const summary = criteria.map((c) => `${title(c)}: ${t(`grade.${c.grade}`)}`).join("; ");
  // Drawn in HTML rather than a scaled SVG, so its labels have the size of the text around them.
  return (
    <div
      role="img"
      aria-label={summary}
      className="grid max-w-2xl grid-cols-[minmax(0,14rem)_1fr] gap-x-4 gap-y-2"
    >
      {criteria.map((criterion) => (
        <div key={criterion.key} className="contents">
          <span className="truncate text-sm text-slate-900" title={title(criterion)}>
            {title(criterion)}
          </span>
          <span className="flex items-center gap-2">
            <span className="h-4 flex-1 overflow-hidden rounded bg-slate-200">
              <span
                className="block h-full rounded"
                style={{
                  width: `${GRADE_WIDTH[criterion.grade] * 100}%`,
                  backgroundColor: GRADE_COLOR[criterion.grade],
                }}
              />
            </span>
            <span
              className="size-3 shrink-0 rounded-full"
              style={{ backgroundColor: GRADE_COLOR[criterion.grade] }}
            />
          </span>
        </div>
      ))}
    </div>
  );
}

/** The readiness check as a traffic-light chart plus every finding, each linking to its field. */
export function ReadinessPanel({ result, baseHref }: { result: ReadinessResult; baseHref: string }) {
  const t = useTranslations("readiness");
  const title = (c: CriterionResult) => c.title ?? t(`criteria.${c.key}`);
  return (
    <section
      aria-labelledby="readiness-title"
      className="space-y-5 rounded-lg border border-slate-200 bg-white p-5"
      data-testid="readiness"
    >
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h3 id="readiness-title" className="text-base font-semibold">
          {t("title")}
        </h3>
        <p
          className={
            result.canSubmit
              ? "rounded-full bg-emerald-100 px-3 py-1 text-sm font-semibold text-emerald-900"
              : "rounded-full bg-red-100 px-3 py-1 text-sm font-semibold text-red-900"
          }
          data-testid="readiness-verdict"
        >
          {result.canSubmit ? t("verdictReady") : t("verdictBlocked", { count: result.blockers.length })}
        </p>
      </div>
      <CriteriaChart criteria={result.criteria} title={title} />
      {result.blockers.length > 0 && (
        <div className="space-y-2">
          <h4 className="flex items-center gap-2 font-semibold text-red-800">
            <AlertOctagon className="size-4" aria-hidden="true" />
            {t("blockersTitle")}
          </h4>
          <ul className="list-disc space-y-1 pl-6 text-sm text-red-900">
            {result.blockers.map((finding, index) => (
              <li key={`${finding.code}-${index}`}>
                <FindingLink finding={finding} baseHref={baseHref} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {result.warnings.length > 0 && (
        <div className="space-y-2">
          <h4 className="flex items-center gap-2 font-semibold text-amber-900">
            <AlertTriangle className="size-4" aria-hidden="true" />
            {t("warningsTitle")}
          </h4>
          <ul className="list-disc space-y-1 pl-6 text-sm text-amber-950">
            {result.warnings.map((finding, index) => (
              <li key={`${finding.code}-${index}`}>
                <FindingLink finding={finding} baseHref={baseHref} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="space-y-2">
        <h4 className="font-semibold">{t("criteriaTitle")}</h4>
        <ul className="space-y-2 text-sm">
          {result.criteria.map((criterion) => (
            <li key={criterion.key} className="rounded-md border border-slate-200 p-3">
              <p className="flex items-center gap-2 font-medium">
                {criterion.grade === "complete" ? (
                  <CheckCircle2 className="size-4 text-emerald-700" aria-hidden="true" />
                ) : (
                  <AlertTriangle
                    className="size-4"
                    style={{ color: GRADE_COLOR[criterion.grade] }}
                    aria-hidden="true"
                  />
                )}
                {title(criterion)}: {t(`grade.${criterion.grade}`)}
              </p>
              {criterion.findings.length > 0 && (
                <ul className="mt-1 list-disc space-y-0.5 pl-6 text-slate-700">
                  {criterion.findings.map((finding, index) => (
                    <li key={`${finding.code}-${index}`}>
                      <FindingLink finding={finding} baseHref={baseHref} />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
