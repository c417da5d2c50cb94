import { describe, expect, it } from "vitest";
import { othersPresent } from "@/components/wizard/others-present";
import type { PresentPerson } from "@/components/wizard/use-live";

const connection = (connectionId: string, userId: string, name: string, step: string): PresentPerson => ({
  connectionId,
  userId,
  name,
  guest: false,
  step,
});

describe("who else is on the plan", () => {
  it("leaves out this window but not the same person's other window (a projector beside a laptop)", () => {
    const people = [connection("c1", "anna", "Anna", "goals"), connection("c2", "anna", "Anna", "start")];
    expect(othersPresent(people, "c2")).toEqual([people[0]]);
  });

  it("shows a person with several windows once, with the step of their last window", () => {
    const people = [
      connection("c1", "anna", "Anna", "start"),
      connection("c2", "anna", "Anna", "deficits"),
      connection("c3", "ben", "Ben", "goals"),
      connection("c4", "me", "Ich", "start"),
    ];
    expect(othersPresent(people, "c4").map((p) => [p.name, p.step])).toEqual([
      ["Anna", "deficits"],
      ["Ben", "goals"],
    ]);
  });

  it("is everyone while this window has no connection yet", () => {
    const people = [connection("c1", "anna", "Anna", "start")];
    expect(othersPresent(people, null)).toEqual(people);
  });
});
