import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/formatter";
import type { ProgressReport } from "@/lib/living/progress-report";
import { formatDay } from "./format-day";

/**
 * For the strategy review: the goals step shows where each goal stood at the latest check-in, so
 * the team revises targets with the history at hand. Nothing when no value was recorded yet.
 */
export async function LatestValues({
  report,
  progressHref,
}: {
  report: ProgressReport | null;
  progressHref: string;
}) {
  const goals = report?.goals.filter((goal) => goal.latest) ?? [];
  if (goals.length === 0) return null;
  const t = await getTranslations("living");
  const format = await getFormatter();
  const number = (value: number | null, unit: string | null) =>
    value === null ? t("none") : `${format.number(value)}${unit ? ` ${unit}` : ""}`;
  return (
    <section
      aria-labelledby="latest-values-title"
      className="space-y-2 rounded-lg border border-sky-200 bg-sky-50 p-4 text-sm text-slate-800"
      data-testid="latest-values"
    >
      <h2 id="latest-values-title" className="font-semibold text-sky-950">
        {t("latestValuesTitle")}
      </h2>
      <p>{t("latestValuesLead")}</p>
      <ul className="list-disc space-y-1 pl-5">
        {goals.map((goal) => (
          <li key={goal.itemId}>
            {t("latestValue", {
              goal: goal.title,
              value: number(goal.latest!.value, goal.unit),
              date: formatDay(format, goal.latest!.date, "medium"),
              baseline: number(goal.baseline, goal.unit),
              target: number(goal.target, goal.unit),
            })}
          </li>
        ))}
      </ul>
      <Link href={progressHref} className="text-brand-700 font-medium underline underline-offset-4">
        {t("planLink")}
      </Link>
    </section>
  );
}
