/**
 * A posting cadence under once a week, as people plan it: a newsletter at 0.25 posts a week is
 * "about once a month", which is what a reader of the plan wants to see, not "0.25 a week".
 * Returns null for a weekly cadence (or none), which reads well as it is.
 */
export function slowCadence(perWeek: number): { per: "month" | "year"; count: number } | null {
  if (!(perWeek > 0 && perWeek < 1)) return null;
  const perMonth = Math.round((perWeek * 52) / 12);
  if (perMonth >= 1) return { per: "month", count: perMonth };
  return { per: "year", count: Math.max(1, Math.round(perWeek * 52)) };
}
