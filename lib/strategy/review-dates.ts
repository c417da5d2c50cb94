import { TIME_ZONE } from "@/lib/i18n/config";
import type { REVIEW_CADENCES } from "./steps";

export type ReviewCadence = (typeof REVIEW_CADENCES)[number];

export const CADENCE_MONTHS: Record<ReviewCadence, number> = {
  monthly: 1,
  quarterly: 3,
  halfYearly: 6,
  yearly: 12,
};

// en-CA formats as YYYY-MM-DD. Made once: a formatter with a time zone takes some 0.2 ms to make,
// and a page of a living plan asks for dozens of days.
const berlinDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar day (YYYY-MM-DD) an instant falls on in Berlin. */
export function berlinDate(instant: Date): string {
  return berlinDay.format(instant);
}

/**
 * A calendar date some months later. A day that does not exist in the target month becomes that
 * month's last day (31 January + 1 month = 28 or 29 February), as people schedule it.
 */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  const monthIndex = month - 1 + months;
  const targetYear = year + Math.floor(monthIndex / 12);
  const targetMonth = ((monthIndex % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const date = new Date(Date.UTC(targetYear, targetMonth, Math.min(day, lastDay)));
  return date.toISOString().slice(0, 10);
}

export interface ReviewDate {
  date: string;
  /** Every twelfth month the whole strategy is reviewed, not only its indicators. */
  kind: "review" | "strategyReview";
}

/** The reviews within the planning horizon, counted from a start date (usually the approval). */
export function reviewDates(
  start: string,
  cadence: ReviewCadence,
  horizonMonths: number,
  limit = 36,
): ReviewDate[] {
  const step = CADENCE_MONTHS[cadence];
  const dates: ReviewDate[] = [];
  for (let months = step; months <= horizonMonths && dates.length < limit; months += step) {
    dates.push({ date: addMonths(start, months), kind: months % 12 === 0 ? "strategyReview" : "review" });
  }
  return dates;
}
