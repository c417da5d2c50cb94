import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/formatter";
import { chartGeometry } from "@/lib/living/chart";
import type { GoalProgress } from "@/lib/living/progress-report";
import type { CalendarDate } from "@/lib/living/schedule";
import { formatDay } from "./format-day";

// Each line has its own pattern, in the chart and its legend alike, so none relies on colour:
// the baseline dashed, the target dotted, the planned course in long and short dashes.
const DASH = { baseline: "6 4", target: "2 3", planned: "9 3 2 3" };
const COLORS = {
  actual: "#0f766e",
  baseline: "#475569",
  target: "#b45309",
  planned: "#64748b",
  grid: "#e2e8f0",
};

/**
 * A goal's actual values over time against baseline and target, drawn on the server as SVG. The
 * picture is labelled with a title and a description; the same numbers follow as a table.
 */
export async function ProgressChart({
  goal,
  from,
  id,
}: {
  goal: GoalProgress;
  from: CalendarDate;
  id: string;
}) {
  const t = await getTranslations("living");
  const format = await getFormatter();
  const number = (value: number | null) =>
    value === null ? t("none") : `${format.number(value)}${goal.unit ? ` ${goal.unit}` : ""}`;
  const g = chartGeometry(goal, from);
  const latest = goal.latest;
  const target =
    goal.target !== null && goal.dueDate
      ? t("targetWithDate", { target: number(goal.target), date: formatDay(format, goal.dueDate) })
      : number(goal.target);
  const description = t("chartDesc", {
    baseline: number(goal.baseline),
    target,
    count: goal.series.length,
    latest: latest ? number(latest.value) : "",
    date: latest ? formatDay(format, latest.date) : "",
  });
  return (
    <figure className="space-y-3" data-testid="progress-chart">
      {/* On a phone the chart keeps a readable size and scrolls sideways in its own box. */}
      <div
        className="max-w-2xl overflow-x-auto"
        role="region"
        tabIndex={0}
        aria-label={t("chartScroll", { goal: goal.title })}
      >
        <svg
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
          viewBox={`0 0 ${g.width} ${g.height}`}
          className="h-auto w-full min-w-[36rem]"
        >
          <title id={`${id}-title`}>{t("chartTitle", { goal: goal.title })}</title>
          <desc id={`${id}-desc`}>{description}</desc>
          {g.yTicks.map((tick) => (
            <g key={tick.value}>
              <line x1={g.plot.left} x2={g.plot.right} y1={tick.y} y2={tick.y} stroke={COLORS.grid} />
              <text x={g.plot.left - 8} y={tick.y + 4} textAnchor="end" fontSize="12" fill="#334155">
                {format.number(tick.value)}
              </text>
            </g>
          ))}
          {g.xTicks.map((tick, index) => (
            <text
              key={tick.date}
              x={tick.x}
              y={g.height - 10}
              textAnchor={index === 0 ? "start" : index === g.xTicks.length - 1 ? "end" : "middle"}
              fontSize="12"
              fill="#334155"
            >
              {formatDay(format, tick.date, "medium")}
            </text>
          ))}
          {[
            { y: g.baselineY, stroke: COLORS.baseline, dash: DASH.baseline },
            { y: g.targetY, stroke: COLORS.target, dash: DASH.target },
          ].map(
            (level) =>
              level.y !== null && (
                <line
                  key={level.stroke}
                  x1={g.plot.left}
                  x2={g.plot.right}
                  y1={level.y}
                  y2={level.y}
                  stroke={level.stroke}
                  strokeWidth="2"
                  strokeDasharray={level.dash}
                />
              ),
          )}
          {g.planned && (
            <line {...g.planned} stroke={COLORS.planned} strokeWidth="1.5" strokeDasharray={DASH.planned} />
          )}
          {g.dueX !== null && (
            <line
              x1={g.dueX}
              x2={g.dueX}
              y1={g.plot.top}
              y2={g.plot.bottom}
              stroke={COLORS.target}
              strokeWidth="1"
              strokeDasharray={DASH.target}
            />
          )}
          {g.points.length > 1 && <path d={g.path} fill="none" stroke={COLORS.actual} strokeWidth="2.5" />}
          {g.points.map((point) => (
            <circle key={`${point.date}-${point.x}`} cx={point.x} cy={point.y} r="4.5" fill={COLORS.actual} />
          ))}
        </svg>
      </div>
      {/* Narrower than the chart, a phone shows only its start: say that there is more. */}
      <p className="text-xs text-slate-600 sm:hidden">{t("chartSwipe")}</p>
      <figcaption className="flex flex-wrap gap-x-5 gap-y-1 text-xs text-slate-700">
        <span className="inline-flex items-center gap-1.5">
          <svg width="24" height="8" aria-hidden="true">
            <line x1="0" x2="24" y1="4" y2="4" stroke={COLORS.actual} strokeWidth="2.5" />
            <circle cx="12" cy="4" r="3.5" fill={COLORS.actual} />
          </svg>
          {t("actual")}
        </span>
        <LegendEntry stroke={COLORS.baseline} width={2} dash={DASH.baseline}>
          {t("baseline")}: {number(goal.baseline)}
        </LegendEntry>
        <LegendEntry stroke={COLORS.target} width={2} dash={DASH.target}>
          {t("target")}: {target}
        </LegendEntry>
        {g.planned && (
          // Rising, as the planned course does.
          <LegendEntry stroke={COLORS.planned} width={1.5} dash={DASH.planned} rising>
            {t("planned")}
          </LegendEntry>
        )}
      </figcaption>
      {goal.series.length === 0 ? (
        <p className="text-sm text-slate-700">{t("noValues")}</p>
      ) : (
        <table className="w-full max-w-2xl text-left text-sm">
          <caption className="sr-only">{t("tableCaption", { goal: goal.title })}</caption>
          <thead>
            <tr className="border-b border-slate-200 text-slate-700">
              <th scope="col" className="py-1 pr-4 font-medium">
                {t("date")}
              </th>
              <th scope="col" className="py-1 pr-4 font-medium">
                {t("actual")}
              </th>
              <th scope="col" className="py-1 font-medium">
                {t("noteColumn")}
              </th>
            </tr>
          </thead>
          <tbody>
            {goal.series.map((point) => (
              <tr key={point.recordedAt} className="border-b border-slate-100">
                <td className="py-1 pr-4">{formatDay(format, point.date, "medium")}</td>
                <td className="py-1 pr-4">{number(point.value)}</td>
                <td className="py-1">{point.note ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}

/** One line of the chart's legend: a short sample of the line, then what it stands for. */
function LegendEntry(props: {
  stroke: string;
  width: number;
  dash: string;
  rising?: boolean;
  children: ReactNode;
}) {
  return (
    <span className="inline-flex items-center gap-1.5">
      <svg width="24" height="8" aria-hidden="true">
        <line
          x1="0"
          x2="24"
          y1={props.rising ? 7 : 4}
          y2={props.rising ? 1 : 4}
          stroke={props.stroke}
          strokeWidth={props.width}
          strokeDasharray={props.dash}
        />
      </svg>
      {props.children}
    </span>
  );
}
