import type { TStrategy } from "@/lib/strategy/steps";
import {
  berlinDate,
  computeSchedule,
  parseCadence,
  type CalendarDate,
  type DueState,
  type TReviewCadence,
} from "./schedule";

/**
 * The progress of an approved plan as a format-neutral, dated report: what the page, the strategy
 * document's appendix and its exports (PDF, Word, Markdown) all render. Pure and framework-free:
 * give it the current approved version and the plan's check-ins (see `loadProgressReport` in
 * lib/access/check-ins.ts), get plain data back. Dates are Berlin calendar days ("YYYY-MM-DD"),
 * instants ISO strings; numbers are in the goal's own unit; nothing is translated.
 */

export const MEASURE_STATES = ["onTrack", "atRisk", "late", "done"] as const;
export type TMeasureState = (typeof MEASURE_STATES)[number];
export type TMeasureKind = "measure" | "milestone";

/** One reading of a goal's indicator. */
export interface ProgressPoint {
  date: CalendarDate;
  recordedAt: string;
  value: number;
  note: string | null;
}

export interface GoalProgress {
  itemId: string;
  title: string;
  indicator: string | null;
  unit: string | null;
  baseline: number | null;
  target: number | null;
  /** The goal's own deadline, if it has one. */
  dueDate: CalendarDate | null;
  /** Every recorded value, oldest first (across versions: goal ids stay the same). */
  series: ProgressPoint[];
  latest: ProgressPoint | null;
}

export interface MeasureProgress {
  itemId: string;
  kind: TMeasureKind;
  /** Deficit (for measures) or milestone title. */
  title: string;
  /** What is done about the deficit; null for milestones. */
  detail: string | null;
  owner: string | null;
  dueDate: CalendarDate | null;
  /** State at the latest check-in that assessed it; null before any did. */
  state: TMeasureState | null;
  note: string | null;
  assessedOn: CalendarDate | null;
}

export interface CheckInSummary {
  id: string;
  versionNumber: number;
  slot: number;
  date: CalendarDate;
  recordedAt: string;
  recordedByName: string;
  note: string | null;
}

export interface ProgressReport {
  /** When the report was made; everything in it is as of this moment. */
  generatedAt: string;
  planTitle: string;
  version: { number: number; approvedAt: string; approvedOn: CalendarDate };
  schedule: {
    cadence: TReviewCadence;
    cadenceAssumed: boolean;
    nextCheckIn: { dueOn: CalendarDate; state: DueState } | null;
    review: { dueOn: CalendarDate; state: DueState };
  };
  goals: GoalProgress[];
  measures: MeasureProgress[];
  /** How many measures and milestones stand where; `notAssessed` before any check-in assessed them. */
  measuresByState: Record<TMeasureState | "notAssessed", number>;
  /** Newest first. */
  checkIns: CheckInSummary[];
}

export interface ProgressInput {
  planTitle: string;
  version: { number: number; approvedAt: Date; content: TStrategy };
  checkIns: {
    id: string;
    versionNumber: number;
    slot: number;
    recordedAt: Date;
    recordedByName: string;
    note: string | null;
    entries: { itemId: string; value: number | null; state: string | null; note: string | null }[];
  }[];
  now: Date;
}

function isMeasureState(value: string | null): value is TMeasureState {
  return (MEASURE_STATES as readonly (string | null)[]).includes(value);
}

/** The goals, deficit measures and milestones of an approved version that check-ins ask about. */
export function checkInItems(content: TStrategy) {
  return {
    goals: content.goals.goals.map((goal) => ({
      itemId: goal.id,
      title: goal.title ?? "",
      indicator: goal.indicator ?? null,
      unit: goal.unit ?? null,
      baseline: goal.baseline ?? null,
      target: goal.target ?? null,
      dueDate: goal.dueDate ?? null,
    })),
    measures: [
      ...content.deficits.deficits.map((deficit) => ({
        itemId: deficit.id,
        kind: "measure" as const,
        title: deficit.deficit ?? "",
        detail: deficit.measure ?? null,
        owner: deficit.owner ?? null,
        dueDate: deficit.dueDate ?? null,
      })),
      ...content.commitment.milestones.map((milestone) => ({
        itemId: milestone.id,
        kind: "milestone" as const,
        title: milestone.title ?? "",
        detail: null,
        owner: milestone.owner ?? null,
        dueDate: milestone.dueDate ?? null,
      })),
    ],
  };
}

export function lastSlotOf(checkIns: ProgressInput["checkIns"], versionNumber: number) {
  return Math.max(0, ...checkIns.filter((c) => c.versionNumber === versionNumber).map((c) => c.slot));
}

export function buildProgressReport(input: ProgressInput): ProgressReport {
  const { version, now } = input;
  const chronological = [...input.checkIns].sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime());
  const items = checkInItems(version.content);
  const schedule = computeSchedule(
    {
      approvedAt: version.approvedAt,
      cadence: parseCadence(version.content.commitment.reviewCadence),
      horizonMonths: version.content.commitment.horizonMonths ?? null,
      lastSlot: lastSlotOf(input.checkIns, version.number),
    },
    now,
  );

  const goals: GoalProgress[] = items.goals.map((goal) => {
    const series: ProgressPoint[] = [];
    for (const checkIn of chronological) {
      const entry = checkIn.entries.find((e) => e.itemId === goal.itemId);
      if (entry?.value === null || entry?.value === undefined) continue;
      series.push({
        date: berlinDate(checkIn.recordedAt),
        recordedAt: checkIn.recordedAt.toISOString(),
        value: entry.value,
        note: entry.note,
      });
    }
    return { ...goal, series, latest: series.at(-1) ?? null };
  });

  const measuresByState: ProgressReport["measuresByState"] = {
    onTrack: 0,
    atRisk: 0,
    late: 0,
    done: 0,
    notAssessed: 0,
  };
  const measures: MeasureProgress[] = items.measures.map((measure) => {
    let assessed: { state: TMeasureState; note: string | null; date: CalendarDate } | null = null;
    for (const checkIn of chronological) {
      const entry = checkIn.entries.find((e) => e.itemId === measure.itemId);
      if (entry && isMeasureState(entry.state))
        assessed = { state: entry.state, note: entry.note, date: berlinDate(checkIn.recordedAt) };
    }
    measuresByState[assessed?.state ?? "notAssessed"] += 1;
    return {
      ...measure,
      state: assessed?.state ?? null,
      note: assessed?.note ?? null,
      assessedOn: assessed?.date ?? null,
    };
  });

  return {
    generatedAt: now.toISOString(),
    planTitle: input.planTitle,
    version: {
      number: version.number,
      approvedAt: version.approvedAt.toISOString(),
      approvedOn: schedule.anchor,
    },
    schedule: {
      cadence: schedule.cadence,
      cadenceAssumed: schedule.cadenceAssumed,
      nextCheckIn: schedule.next && { dueOn: schedule.next.dueOn, state: schedule.next.state },
      review: { dueOn: schedule.review.dueOn, state: schedule.review.state },
    },
    goals,
    measures,
    measuresByState,
    checkIns: chronological.reverse().map((c) => ({
      id: c.id,
      versionNumber: c.versionNumber,
      slot: c.slot,
      date: berlinDate(c.recordedAt),
      recordedAt: c.recordedAt.toISOString(),
      recordedByName: c.recordedByName,
      note: c.note,
    })),
  };
}
