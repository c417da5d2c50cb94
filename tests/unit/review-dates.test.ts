import { describe, expect, it } from "vitest";
import { addMonths, berlinDate, reviewDates } from "@/lib/strategy/review-dates";

describe("review dates", () => {
  it("adds months as people count them: the 31st becomes the month's last day", () => {
    expect(addMonths("2027-01-31", 1)).toBe("2027-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonths("2027-08-31", 3)).toBe("2027-11-30");
    expect(addMonths("2027-11-15", 3)).toBe("2028-02-15");
  });

  it("takes the calendar day in Berlin, also around midnight and the change to summer time", () => {
    expect(berlinDate(new Date("2027-03-27T23:30:00Z"))).toBe("2027-03-28");
    expect(berlinDate(new Date("2027-03-28T21:59:00Z"))).toBe("2027-03-28");
    expect(berlinDate(new Date("2027-03-28T22:00:00Z"))).toBe("2027-03-29");
  });

  it("schedules reviews within the horizon, every twelfth month a strategy review", () => {
    expect(reviewDates("2027-01-15", "halfYearly", 24)).toEqual([
      { date: "2027-07-15", kind: "review" },
      { date: "2028-01-15", kind: "strategyReview" },
      { date: "2028-07-15", kind: "review" },
      { date: "2029-01-15", kind: "strategyReview" },
    ]);
    expect(reviewDates("2027-01-15", "monthly", 12)).toHaveLength(12);
    expect(reviewDates("2027-01-15", "yearly", 6)).toEqual([]);
  });
});
