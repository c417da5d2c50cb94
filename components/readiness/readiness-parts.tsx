import { AlertOctagon, AlertTriangle } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { fieldDomId } from "@/components/wizard/field-ids";
import type { PlanStatus } from "@/lib/db/generated/enums";
import { findingValues } from "@/lib/strategy/finding-values";
import type { CriterionResult, Finding, Grade, ReadinessResult } from "@/lib/strategy/readiness";

// No "use client": the wizard's readiness panel renders these in the browser, the plan's overview
// on the server only (no JavaScript for it there).

export const GRADE_COLOR: Record<Grade, string> = {
  complete: "#047857",
  partial: "#b45309",
  missing: "#b91c1c",
};
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

/** A finding in plain words, linking to the field (or item, or list) it is about. */
export function FindingLink({ finding, baseHref }: { finding: Finding; baseHref: string }) {
  const t = useTranslations("readiness.findings");
  const tp = useTranslations("strategy.options.platform");
  const ts = useTranslations("strategy.steps");
  return (
    <Link href={findingHref(baseHref, finding)} className="hover:text-brand-900 underline underline-offset-4">
      {t(
        finding.code,
        findingValues(finding, {
          platform: (platform) => tp(platform),
          untitled: (step, list, number) => ts(`${step}.lists.${list}.itemFallback`, { number }),
        }),
      )}
    </Link>
  );
}

export function useCriterionTitle() {
  const t = useTranslations("readiness");
  return (c: CriterionResult) => c.title ?? t(`criteria.${c.key}`);
}

/** "Ready for approval", or how many blockers are open. */
export function ReadinessVerdict({
  result,
  status,
}: {
  result: ReadinessResult;
  /**
   * A plan in review or approved is past "ready for approval", one sent back is to be submitted
   * again: the verdict says where it is.
   */
  status?: PlanStatus;
}) {
  const t = useTranslations("readiness");
  const past = result.canSubmit && (status === "IN_REVIEW" || status === "APPROVED");
  return (
    <p
      className={
        result.canSubmit
          ? "rounded-full bg-emerald-100 px-3 py-1 text-sm font-semibold text-emerald-900"
          : "rounded-full bg-red-100 px-3 py-1 text-sm font-semibold text-red-900"
      }
      data-testid="readiness-verdict"
    >
      {past
        ? t(status === "APPROVED" ? "verdictApproved" : "verdictInReview")
        : result.canSubmit
          ? // Sent back with a note: ready to go again once the note is dealt with, not simply "ready".
            t(status === "CHANGES_REQUESTED" ? "verdictResubmit" : "verdictReady")
          : t("verdictBlocked", { count: result.blockers.length })}
    </p>
  );
}

/** The criteria as a traffic-light bar chart; screen readers get the same as one sentence. */
export function CriteriaChart({ criteria }: { criteria: CriterionResult[] }) {
  const t = useTranslations("readiness");
  const title = useCriterionTitle();
  const summary = criteria.map((c) => `${title(c)}: ${t(`grade.${c.grade}`)}`).join("; ");
  // Drawn in HTML rather than a scaled SVG, so its labels have the size of the text around them.
  return (
    <div
      role="img"
      aria-label={summary}
      className="grid max-w-3xl grid-cols-[minmax(0,18rem)_minmax(6rem,1fr)] gap-x-4 gap-y-2"
    >
      {criteria.map((criterion) => (
        <div key={criterion.key} className="contents">
          {/* A criterion of the plan's own can be long: it wraps rather than being cut off. */}
          <span className="text-sm break-words hyphens-auto text-slate-900">{title(criterion)}</span>
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
            {/* In words too: a colour and a bar's length alone say nothing to many readers. */}
            <span className="w-24 shrink-0 text-xs text-slate-700 sm:w-28">
              {t(`grade.${criterion.grade}`)}
            </span>
          </span>
        </div>
      ))}
    </div>
  );
}

/**
 * The blockers (red) or the warnings (amber), each linking to what it is about. `heading` keeps the
 * outline in order: a level below the section's own heading (h3 in the wizard, h2 on the overview).
 */
export function FindingList({
  kind,
  findings,
  baseHref,
  heading: Heading = "h4",
}: {
  kind: "blockers" | "warnings";
  findings: Finding[];
  baseHref: string;
  heading?: "h3" | "h4";
}) {
  const t = useTranslations("readiness");
  if (findings.length === 0) return null;
  const Icon = kind === "blockers" ? AlertOctagon : AlertTriangle;
  return (
    <div className="space-y-2">
      <Heading
        className={
          kind === "blockers"
            ? "flex items-center gap-2 font-semibold text-red-800"
            : "flex items-center gap-2 font-semibold text-amber-900"
        }
      >
        <Icon className="size-4" aria-hidden="true" />
        {t(kind === "blockers" ? "blockersTitle" : "warningsTitle")}
      </Heading>
      <ul
        className={
          kind === "blockers"
            ? "list-disc space-y-1 pl-6 text-sm text-red-900"
            : "list-disc space-y-1 pl-6 text-sm text-amber-950"
        }
      >
        {findings.map((finding, index) => (
          <li key={`${finding.code}-${index}`}>
            <FindingLink finding={finding} baseHref={baseHref} />
          </li>
        ))}
      </ul>
    </div>
  );
}
