import { TIME_ZONE } from "@/lib/i18n/config";
import { CADENCE_MONTHS, addMonths, berlinDate, type ReviewCadence } from "@/lib/strategy/review-dates";
import { REVIEW_CADENCES } from "@/lib/strategy/steps";

/**
 * The review rhythm of an approved plan, pure and deterministic: every due date follows from the
 * approval date of the current version and the plan's cadence, as calendar dates in Berlin. Nothing
 * here keeps state or timers, so any number of app instances compute the same schedule from the
 * same database rows. The calendar arithmetic is shared with the strategy document's timeline
 * (lib/strategy/review-dates.ts), so both show the same dates.
 */

export { CADENCE_MONTHS, addMonths, berlinDate };

export type TReviewCadence = ReviewCadence;
/** A calendar day in Berlin, "YYYY-MM-DD". */
export type CalendarDate = string;
export type DueState = "upcoming" | "dueSoon" | "overdue";

/** Used when an approved plan names no cadence (older plans); the page says so. */
export const DEFAULT_CADENCE: TReviewCadence = "quarterly";
/** Reminders go out this many days before a check-in is due. */
export const DUE_SOON_DAYS = 7;
/** The strategy itself is reviewed once a year, whatever the check-in cadence. */
export const STRATEGY_REVIEW_MONTHS = 12;

const timeFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

function parts(date: CalendarDate): [number, number, number] {
  const [y, m, d] = date.split("-").map(Number);
  return [y!, m!, d!];
}

function format(y: number, m: number, d: number): CalendarDate {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** The instant a Berlin calendar day begins (00:00 local time, CET or CEST). */
export function startOfBerlinDay(date: CalendarDate): Date {
  const [y, m, d] = parts(date);
  // Berlin is UTC+1 or UTC+2, and midnight always exists there (clocks change at 2 and 3 a.m.).
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(Date.UTC(y, m - 1, d) - offsetHours * 3_600_000);
    if (berlinDate(candidate) === date && timeFormat.format(candidate) === "00:00") return candidate;
  }
  throw new Error(`No midnight found for ${date}`);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const [y, m, d] = parts(date);
  const shifted = new Date(Date.UTC(y, m - 1, d + days));
  return format(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/** Whole days from one calendar day to another (negative when `to` lies before `from`). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/**
 * Due date of the n-th check-in (n ≥ 1) after approval. Always counted from the approval day, never
 * from the previous due date, so a plan approved on Jan 31 is due Feb 28 (29), Mar 31, Apr 30, …
 */
export function checkInDueDate(anchor: CalendarDate, cadence: TReviewCadence, slot: number): CalendarDate {
  return addMonths(anchor, slot * CADENCE_MONTHS[cadence]);
}

/** Overdue from the day after the due date (Berlin); due soon in the week before. */
export function dueState(dueOn: CalendarDate, today: CalendarDate): DueState {
  if (today > dueOn) return "overdue";
  if (today >= addDays(dueOn, -DUE_SOON_DAYS)) return "dueSoon";
  return "upcoming";
}

export function parseCadence(value: unknown): TReviewCadence | null {
  return (REVIEW_CADENCES as readonly unknown[]).includes(value) ? (value as TReviewCadence) : null;
}

/**
 * The scheduled check-in a check-in recorded today answers: the latest one that is already open
 * (due within DUE_SOON_DAYS or past), never one before the last answered. A check-in recorded
 * after several missed ones answers all of them; one recorded early, before the next opens, is an
 * extra reading (it keeps the last slot, or 0 before the first).
 */
export function slotForCheckIn(
  anchor: CalendarDate,
  cadence: TReviewCadence,
  lastSlot: number,
  today: CalendarDate,
): number {
  let slot = lastSlot;
  while (addDays(checkInDueDate(anchor, cadence, slot + 1), -DUE_SOON_DAYS) <= today) slot += 1;
  return slot;
}

export interface ScheduleInput {
  approvedAt: Date;
  cadence: TReviewCadence | null;
  horizonMonths: number | null;
  /** The highest slot answered by a check-in on this version (0 when none). */
  lastSlot: number;
}

export interface Schedule {
  /** Approval day of the current version: every date below counts from it. */
  anchor: CalendarDate;
  cadence: TReviewCadence;
  /** True when the plan names no cadence and DEFAULT_CADENCE was assumed. */
  cadenceAssumed: boolean;
  /** Last day of the plan's horizon, when it has one. */
  horizonEnd: CalendarDate | null;
  today: CalendarDate;
  /** The next check-in to record; null once the horizon is over (then the strategy review is due). */
  next: { slot: number; dueOn: CalendarDate; state: DueState; daysLeft: number } | null;
  /** The yearly strategy review: a new draft from this plan, approved as the next version. */
  review: { dueOn: CalendarDate; state: DueState; daysLeft: number };
}

export function computeSchedule(input: ScheduleInput, now: Date): Schedule {
  const anchor = berlinDate(input.approvedAt);
  const today = berlinDate(now);
  const cadence = input.cadence ?? DEFAULT_CADENCE;
  const horizonEnd = input.horizonMonths ? addMonths(anchor, input.horizonMonths) : null;
  const nextSlot = input.lastSlot + 1;
  const nextDue = checkInDueDate(anchor, cadence, nextSlot);
  const reviewDue = addMonths(anchor, Math.min(STRATEGY_REVIEW_MONTHS, input.horizonMonths ?? Infinity));
  return {
    anchor,
    cadence,
    cadenceAssumed: input.cadence === null,
    horizonEnd,
    today,
    next:
      horizonEnd && nextDue > horizonEnd
        ? null
        : {
            slot: nextSlot,
            dueOn: nextDue,
            state: dueState(nextDue, today),
            daysLeft: daysBetween(today, nextDue),
          },
    review: { dueOn: reviewDue, state: dueState(reviewDue, today), daysLeft: daysBetween(today, reviewDue) },
  };
}

export type ReminderKind = "checkin.due_soon" | "checkin.overdue" | "review.due";

/**
 * The reminders a schedule calls for right now, each with the key that makes it unique: a plan's
 * version, the scheduled check-in (or, for the strategy review, 1) and the kind.
 */
export function dueReminders(
  schedule: Schedule,
): { kind: ReminderKind; slot: number; dueOn: CalendarDate }[] {
  const reminders: { kind: ReminderKind; slot: number; dueOn: CalendarDate }[] = [];
  if (schedule.next?.state === "dueSoon")
    reminders.push({ kind: "checkin.due_soon", slot: schedule.next.slot, dueOn: schedule.next.dueOn });
  if (schedule.next?.state === "overdue")
    reminders.push({ kind: "checkin.overdue", slot: schedule.next.slot, dueOn: schedule.next.dueOn });
  if (schedule.review.state !== "upcoming")
    reminders.push({ kind: "review.due", slot: 1, dueOn: schedule.review.dueOn });
  return reminders;
}
