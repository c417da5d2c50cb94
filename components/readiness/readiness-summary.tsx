import Link from "next/link";
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import type { PlanStatus } from "@/lib/db/generated/enums";
import type { ReadinessResult } from "@/lib/strategy/readiness";
import { CriteriaChart, FindingList, ReadinessVerdict } from "./readiness-parts";

/**
 * Where the plan stands, on its overview: the verdict, the criteria chart and what blocks the
 * submission, so that nobody has to open the wizard to learn whether the plan can go to approval.
 */
export function ReadinessSummary({
  result,
  status,
  wizardHref,
}: {
  result: ReadinessResult;
  status: PlanStatus;
  wizardHref: string;
}) {
  const t = useTranslations("readiness");
  return (
    <Card aria-labelledby="readiness-summary-title" className="space-y-4" data-testid="readiness-summary">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="readiness-summary-title" className="text-lg font-semibold">
          {t("summaryTitle")}
        </h2>
        <ReadinessVerdict result={result} status={status} />
      </div>
      <CriteriaChart criteria={result.criteria} />
      <FindingList kind="blockers" findings={result.blockers} baseHref={wizardHref} heading="h3" />
      <p className="text-sm">
        <Link href={`${wizardHref}/readiness`} className="text-brand-700 underline underline-offset-4">
          {t("summaryLink")}
        </Link>
      </p>
    </Card>
  );
}
