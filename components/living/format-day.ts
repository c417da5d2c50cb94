import { startOfBerlinDay, type CalendarDate } from "@/lib/living/schedule";

type DateFormatter = { dateTime(date: Date, options: { dateStyle: "medium" | "long" | "short" }): string };

/** A Berlin calendar day ("2027-04-15") as a localised date; the formatter works in Berlin time. */
export function formatDay(
  format: DateFormatter,
  day: CalendarDate,
  dateStyle: "medium" | "long" | "short" = "long",
) {
  return format.dateTime(startOfBerlinDay(day), { dateStyle });
}
