import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/formatter";
import { MEASURE_STATES, type ProgressReport } from "@/lib/living/progress-report";
import { formatDay } from "./format-day";
import { MeasureStateBadge, STATE_STYLES } from "./measure-state-badge";

const BAR_COLORS = {
  onTrack: "bg-emerald-600",
  atRisk: "bg-amber-500",
  late: "bg-red-600",
  done: "bg-sky-700",
  notAssessed: "bg-slate-300",
} as const;

/** Measures and milestones by state: one bar with a count per state, then each item with its state. */
export async function MeasuresOverview({ report }: { report: ProgressReport }) {
  const t = await getTranslations("living");
  const format = await getFormatter();
  const states = [...MEASURE_STATES, "notAssessed"] as const;
  const total = report.measures.length;
  if (total === 0) return <p className="text-sm text-slate-700">{t("noMeasures")}</p>;
  return (
    <div className="space-y-4">
      <div aria-hidden="true" className="flex h-4 w-full overflow-hidden rounded-full bg-slate-100">
        {states.map((state) =>
          report.measuresByState[state] > 0 ? (
            <div
              key={state}
              className={BAR_COLORS[state]}
              style={{ width: `${(report.measuresByState[state] / total) * 100}%` }}
            />
          ) : null,
        )}
      </div>
      <ul
        aria-label={t("byStateLabel")}
        className="flex flex-wrap gap-2 text-sm"
        data-testid="measures-by-state"
      >
        {states.map((state) => (
          <li key={state} className={`rounded-md px-2.5 py-1 ${STATE_STYLES[state]}`}>
            <span
              aria-hidden="true"
              className={`mr-1.5 inline-block h-2.5 w-2.5 rounded-full ${BAR_COLORS[state]}`}
            />
            {t("stateCount", { state: t(`states.${state}`), count: report.measuresByState[state] })}
          </li>
        ))}
      </ul>
      <ul className="divide-y divide-slate-100 text-sm">
        {report.measures.map((measure) => (
          <li key={measure.itemId} className="flex flex-wrap items-start gap-x-3 gap-y-1 py-2">
            <div className="min-w-0 flex-1">
              <p className="font-medium text-slate-900">{measure.title}</p>
              {measure.detail && <p className="text-slate-700">{measure.detail}</p>}
              <p className="text-xs text-slate-600">
                {[
                  measure.kind === "milestone" ? t("milestoneKind") : t("measureKind"),
                  measure.owner && t("owner", { owner: measure.owner }),
                  measure.dueDate && t("dueDate", { date: formatDay(format, measure.dueDate, "medium") }),
                  measure.assessedOn &&
                    t("assessedOn", { date: formatDay(format, measure.assessedOn, "medium") }),
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
              {measure.note && <p className="text-slate-700">{t("quotedNote", { note: measure.note })}</p>}
            </div>
            <MeasureStateBadge state={measure.state} />
          </li>
        ))}
      </ul>
    </div>
  );
}
