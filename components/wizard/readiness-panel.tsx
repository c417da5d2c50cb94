"use client";

import { AlertTriangle, CheckCircle2 } from "lucide-react";
import { useTranslations } from "next-intl";
import {
  CriteriaChart,
  FindingLink,
  FindingList,
  GRADE_COLOR,
  ReadinessVerdict,
  useCriterionTitle,
} from "@/components/readiness/readiness-parts";
import type { PlanStatus } from "@/lib/db/generated/enums";
import type { ReadinessResult } from "@/lib/strategy/readiness";

/** The readiness check as a traffic-light chart plus every finding, each linking to its field. */
export function ReadinessPanel({
  result,
  baseHref,
  status,
}: {
  result: ReadinessResult;
  baseHref: string;
  status?: PlanStatus;
}) {
  const t = useTranslations("readiness");
  const title = useCriterionTitle();
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
        <ReadinessVerdict result={result} status={status} />
      </div>
      <CriteriaChart criteria={result.criteria} />
      <FindingList kind="blockers" findings={result.blockers} baseHref={baseHref} />
      <FindingList kind="warnings" findings={result.warnings} baseHref={baseHref} />
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
