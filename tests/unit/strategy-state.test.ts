import { describe, expect, it } from "vitest";
import { holdsValue, withValue } from "@/components/wizard/strategy-state";
import { emptyStrategy } from "@/lib/strategy/units";
import type { TStrategy } from "@/lib/strategy/steps";

describe("holdsValue (is a restored change already what the server has?)", () => {
  const withGoal = (() => {
    const strategy = emptyStrategy() as unknown as Record<string, Record<string, unknown>>;
    strategy.goals!.goals = [{ id: "g1", title: "Mehr Bewerbungen", target: 12 }];
    return strategy as unknown as TStrategy;
  })();

  it("compares a step's field and a list item's field by value", () => {
    const strategy = withValue(withGoal, "start.mission", "Jugendliche erreichen");
    expect(holdsValue(strategy, "start.mission", "Jugendliche erreichen")).toBe(true);
    expect(holdsValue(strategy, "start.mission", "Jugendliche erreichen!")).toBe(false);
    expect(holdsValue(strategy, "goals.goals.g1.target", 12)).toBe(true);
    expect(holdsValue(strategy, "goals.goals.g1.target", 13)).toBe(false);
  });

  it("treats a field never filled in as empty, and an unknown item or step as not holding it", () => {
    expect(holdsValue(withGoal, "start.mission", null)).toBe(true);
    expect(holdsValue(withGoal, "goals.goals.gone.title", "Mehr Bewerbungen")).toBe(false);
    expect(holdsValue(withGoal, "nowhere.field", "x")).toBe(false);
  });
});
