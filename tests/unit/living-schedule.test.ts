import { describe, expect, it } from "vitest";
import {
  addMonths,
  berlinDate,
  checkInDueDate,
  computeSchedule,
  dueReminders,
  dueState,
  slotForCheckIn,
  startOfBerlinDay,
} from "@/lib/living/schedule";

describe("check-in due dates", () => {
  it("follow each cadence from the approval day", () => {
    expect(checkInDueDate("2027-01-15", "monthly", 1)).toBe("2027-02-15");
    expect(checkInDueDate("2027-01-15", "quarterly", 1)).toBe("2027-04-15");
    expect(checkInDueDate("2027-01-15", "quarterly", 4)).toBe("2028-01-15");
    expect(checkInDueDate("2027-01-15", "halfYearly", 1)).toBe("2027-07-15");
    expect(checkInDueDate("2027-01-15", "halfYearly", 2)).toBe("2028-01-15");
    expect(checkInDueDate("2027-01-15", "yearly", 1)).toBe("2028-01-15");
  });

  it("clamp to the month's end without drifting: approved Jan 31 → Feb 28/29, Mar 31, Apr 30", () => {
    expect(checkInDueDate("2027-01-31", "monthly", 1)).toBe("2027-02-28");
    expect(checkInDueDate("2028-01-31", "monthly", 1)).toBe("2028-02-29");
    expect(checkInDueDate("2027-01-31", "monthly", 2)).toBe("2027-03-31");
    expect(checkInDueDate("2027-01-31", "monthly", 3)).toBe("2027-04-30");
    expect(checkInDueDate("2026-11-30", "quarterly", 1)).toBe("2027-02-28");
    expect(checkInDueDate("2027-08-31", "halfYearly", 1)).toBe("2028-02-29");
    expect(checkInDueDate("2028-02-29", "yearly", 1)).toBe("2029-02-28");
    expect(addMonths("2027-12-31", 1)).toBe("2028-01-31");
  });

  it("count the approval day in Berlin, across the changes to and from summer time", () => {
    // 23:30 UTC on 27 March 2027 is already 28 March in Berlin (00:30 CET; clocks go forward at 2:00).
    expect(berlinDate(new Date("2027-03-27T23:30:00Z"))).toBe("2027-03-28");
    // 22:30 UTC on 24 October 2026 is 25 October, 00:30 summer time, the night the clocks go back.
    expect(berlinDate(new Date("2026-10-24T22:30:00Z"))).toBe("2026-10-25");
    const winterApproval = computeSchedule(
      { approvedAt: new Date("2026-10-24T22:30:00Z"), cadence: "monthly", horizonMonths: 24, lastSlot: 0 },
      new Date("2026-10-25T12:00:00Z"),
    );
    expect(winterApproval.anchor).toBe("2026-10-25");
    expect(winterApproval.next?.dueOn).toBe("2026-11-25");
    const summerApproval = computeSchedule(
      { approvedAt: new Date("2027-03-27T23:30:00Z"), cadence: "monthly", horizonMonths: 24, lastSlot: 0 },
      new Date("2027-03-28T12:00:00Z"),
    );
    expect(summerApproval.next?.dueOn).toBe("2027-04-28");
  });

  it("become overdue at Berlin midnight after the due day, in summer and in winter", () => {
    expect(startOfBerlinDay("2027-04-01").toISOString()).toBe("2027-03-31T22:00:00.000Z");
    expect(startOfBerlinDay("2027-02-01").toISOString()).toBe("2027-01-31T23:00:00.000Z");
    expect(startOfBerlinDay("2027-03-28").toISOString()).toBe("2027-03-27T23:00:00.000Z");
    expect(startOfBerlinDay("2026-10-26").toISOString()).toBe("2026-10-25T23:00:00.000Z");
    const summer = { approvedAt: new Date("2026-12-31T10:00:00Z"), cadence: "quarterly" as const };
    const at = (iso: string) =>
      computeSchedule({ ...summer, horizonMonths: 24, lastSlot: 0 }, new Date(iso)).next?.state;
    expect(at("2027-03-31T21:59:00Z")).toBe("dueSoon"); // 23:59 summer time on the due day
    expect(at("2027-03-31T22:00:00Z")).toBe("overdue"); // 00:00 on 1 April
    const winter = { approvedAt: new Date("2026-12-31T10:00:00Z"), cadence: "monthly" as const };
    const atWinter = (iso: string) =>
      computeSchedule({ ...winter, horizonMonths: 24, lastSlot: 0 }, new Date(iso)).next?.state;
    expect(atWinter("2027-01-31T22:59:00Z")).toBe("dueSoon");
    expect(atWinter("2027-01-31T23:00:00Z")).toBe("overdue");
  });

  it("are due soon a week ahead, overdue the day after", () => {
    expect(dueState("2027-04-15", "2027-04-07")).toBe("upcoming");
    expect(dueState("2027-04-15", "2027-04-08")).toBe("dueSoon");
    expect(dueState("2027-04-15", "2027-04-15")).toBe("dueSoon");
    expect(dueState("2027-04-15", "2027-04-16")).toBe("overdue");
  });
});

describe("which scheduled check-in a check-in answers", () => {
  it("an early reading answers nothing yet; one in the week before answers the next", () => {
    expect(slotForCheckIn("2027-01-15", "quarterly", 0, "2027-02-01")).toBe(0);
    expect(slotForCheckIn("2027-01-15", "quarterly", 0, "2027-04-08")).toBe(1);
    expect(slotForCheckIn("2027-01-15", "quarterly", 1, "2027-04-20")).toBe(1);
  });

  it("a late one answers every missed check-in", () => {
    expect(slotForCheckIn("2027-01-15", "monthly", 0, "2027-05-01")).toBe(3);
    const schedule = computeSchedule(
      { approvedAt: new Date("2027-01-15T09:00:00Z"), cadence: "monthly", horizonMonths: 24, lastSlot: 3 },
      new Date("2027-05-01T09:00:00Z"),
    );
    expect(schedule.next).toMatchObject({ slot: 4, dueOn: "2027-05-15", state: "upcoming", daysLeft: 14 });
  });
});

describe("schedule and reminders", () => {
  const approvedAt = new Date("2027-01-15T09:00:00Z");

  it("reviews the strategy yearly and stops check-ins after the horizon", () => {
    const schedule = computeSchedule(
      { approvedAt, cadence: "halfYearly", horizonMonths: 12, lastSlot: 2 },
      new Date("2028-01-20T09:00:00Z"),
    );
    expect(schedule.review).toMatchObject({ dueOn: "2028-01-15", state: "overdue" });
    expect(schedule.next).toBeNull();
    expect(dueReminders(schedule)).toEqual([{ kind: "review.due", slot: 1, dueOn: "2028-01-15" }]);
  });

  it("assumes a quarterly rhythm when the plan names none, and says so", () => {
    const schedule = computeSchedule(
      { approvedAt, cadence: null, horizonMonths: null, lastSlot: 0 },
      new Date("2027-04-20T09:00:00Z"),
    );
    expect(schedule).toMatchObject({ cadence: "quarterly", cadenceAssumed: true, horizonEnd: null });
    expect(dueReminders(schedule)).toEqual([{ kind: "checkin.overdue", slot: 1, dueOn: "2027-04-15" }]);
  });

  it("asks for nothing while the next check-in is far off", () => {
    const schedule = computeSchedule(
      { approvedAt, cadence: "quarterly", horizonMonths: 24, lastSlot: 0 },
      new Date("2027-02-01T09:00:00Z"),
    );
    expect(dueReminders(schedule)).toEqual([]);
  });
});
