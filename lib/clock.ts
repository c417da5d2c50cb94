import "server-only";
import { cookies, headers } from "next/headers";
import { env } from "@/lib/env";
import { berlinDate } from "@/lib/strategy/review-dates";

/** Cookie or header carrying the test clock's time as an ISO timestamp. */
export const TEST_CLOCK_COOKIE = "wegweiser-test-clock";
export const TEST_CLOCK_HEADER = "x-wegweiser-test-clock";

/** Whether a request may move the clock: only with WEGWEISER_TEST_CLOCK=allow. */
export function testClockAllowed(): boolean {
  return env.WEGWEISER_TEST_CLOCK === "allow";
}

function parse(value: string | undefined | null): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * The current time for everything time-dependent in the living plan (due dates, reminders, the
 * moment a check-in is recorded). In browser tests, and only when WEGWEISER_TEST_CLOCK=allow is
 * set, a request can move it with the cookie or header above; otherwise, in production and
 * everywhere else, it is the system's time.
 */
export async function now(): Promise<Date> {
  if (!testClockAllowed()) return new Date();
  try {
    const moved =
      parse((await headers()).get(TEST_CLOCK_HEADER)) ??
      parse((await cookies()).get(TEST_CLOCK_COOKIE)?.value);
    return moved ?? new Date();
  } catch {
    // Outside a request (scripts, tests) there is nothing to read.
    return new Date();
  }
}

/** Today's calendar day in Berlin (YYYY-MM-DD) by the same clock, e.g. for the readiness check. */
export async function todayInBerlin(): Promise<string> {
  return berlinDate(await now());
}
