import type { GoalProgress } from "./progress-report";
import { addDays, daysBetween, type CalendarDate } from "./schedule";

/**
 * Geometry of a goal's progress chart: actual values over time against the baseline and the
 * target. Pure numbers, so the SVG is drawn on the server and the scales can be tested.
 */
export interface ChartGeometry {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  points: { x: number; y: number; value: number; date: CalendarDate }[];
  /** Polyline through the points, in order. */
  path: string;
  baselineY: number | null;
  targetY: number | null;
  /**
   * The planned course, from the baseline at the start to the target at the goal's date: a value
   * above it (for a rising goal) is ahead of plan. Null without baseline, target or date.
   */
  planned: { x1: number; y1: number; x2: number; y2: number } | null;
  /** Where the goal's date lies, when it has one. */
  dueX: number | null;
  yTicks: { y: number; value: number }[];
  xTicks: { x: number; date: CalendarDate }[];
}

function niceStep(range: number, count: number) {
  const raw = range / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const residual = raw / magnitude;
  return (residual > 5 ? 10 : residual > 2 ? 5 : residual > 1 ? 2 : 1) * magnitude;
}

export function chartGeometry(
  goal: Pick<GoalProgress, "series" | "baseline" | "target" | "dueDate">,
  from: CalendarDate,
  options: { width?: number; height?: number } = {},
): ChartGeometry {
  const width = options.width ?? 640;
  const height = options.height ?? 240;
  const plot = { left: 56, right: width - 16, top: 16, bottom: height - 32 };

  const values = [...goal.series.map((p) => p.value), goal.baseline, goal.target].filter(
    (v): v is number => v !== null,
  );
  const low = Math.min(0, ...values);
  const high = Math.max(1, ...values);
  const step = niceStep(high - low || 1, 4);
  const yMin = Math.floor(low / step) * step;
  const yMax = Math.ceil((high * 1.05) / step) * step;
  const y = (value: number) => plot.bottom - ((value - yMin) / (yMax - yMin)) * (plot.bottom - plot.top);

  // From the approval (or an earlier value) to the goal's date, or the latest value if later: the
  // way to the target is in view from the first day. Without a date, at least a month.
  const start = [from, ...goal.series.map((p) => p.date)].sort()[0]!;
  const dueDate = goal.dueDate && goal.dueDate > start ? goal.dueDate : null;
  const lastDate = [...goal.series.map((p) => p.date), dueDate ?? addDays(start, 30)].sort().at(-1)!;
  const span = Math.max(1, daysBetween(start, lastDate));
  const x = (date: CalendarDate) => plot.left + (daysBetween(start, date) / span) * (plot.right - plot.left);

  const points = goal.series.map((p) => ({ x: x(p.date), y: y(p.value), value: p.value, date: p.date }));
  const yTicks: ChartGeometry["yTicks"] = [];
  for (let value = yMin; value <= yMax + step / 2; value += step)
    yTicks.push({ y: y(value), value: Number(value.toPrecision(12)) });
  return {
    width,
    height,
    plot,
    points,
    path: points.map((p, i) => `${i === 0 ? "M" : "L"}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(" "),
    baselineY: goal.baseline === null ? null : y(goal.baseline),
    targetY: goal.target === null ? null : y(goal.target),
    planned:
      goal.baseline === null || goal.target === null || dueDate === null
        ? null
        : { x1: x(start), y1: y(goal.baseline), x2: x(dueDate), y2: y(goal.target) },
    dueX: dueDate === null ? null : x(dueDate),
    yTicks,
    // The goal's date is labelled too where values run on past it (with room for both labels).
    xTicks: [
      { x: x(start), date: start },
      ...(dueDate && x(lastDate) - x(dueDate) > 90 ? [{ x: x(dueDate), date: dueDate }] : []),
      { x: x(lastDate), date: lastDate },
    ],
  };
}
