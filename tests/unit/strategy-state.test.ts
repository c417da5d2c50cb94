import { describe, expect, it } from "vitest";
import { holdsValue, referencesTo, withValue } from "@/components/wizard/strategy-state";
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

describe("referencesTo (what an entry brought back by 'Rückgängig' must be chosen by again)", () => {
  it("finds the fields in every step's lists that chose the entry", () => {
    const strategy = emptyStrategy() as unknown as Record<string, Record<string, unknown>>;
    strategy.start!.targetGroups = [
      { id: "t1", name: "Eltern" },
      { id: "t2", name: "Jugendliche" },
    ];
    strategy.goals!.goals = [
      { id: "g1", title: "Mehr Anmeldungen", targetGroup: "t1" },
      { id: "g2", title: "Mehr Anfragen", targetGroup: "t2" },
    ];
    strategy.channels!.channels = [{ id: "c1", platform: "newsletter", targetGroup: "t1" }];
    expect(referencesTo(strategy as unknown as TStrategy, "start.targetGroups", "t1").sort()).toEqual([
      "channels.channels.c1.targetGroup",
      "goals.goals.g1.targetGroup",
    ]);
    expect(referencesTo(strategy as unknown as TStrategy, "start.targetGroups", "t9")).toEqual([]);
  });
});
