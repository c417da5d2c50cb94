import { describe, expect, it } from "vitest";
import { assembleStrategy, resolveKey, resolveList } from "@/lib/strategy/content";
import { givenTitle, listItems } from "@/lib/strategy/units";
import { fieldSchema } from "@/lib/strategy/field-schema";
import type { FieldDef } from "@/lib/strategy/fields";
import { STEPS, STEP_KEYS } from "@/lib/strategy/steps";

function field(key: string): FieldDef {
  const address = resolveKey(key);
  if (!address) throw new Error(`unknown ${key}`);
  return "fieldDef" in address ? address.fieldDef : address.def;
}
const ok = (key: string, value: unknown) => fieldSchema(field(key)).safeParse(value);
const issue = (key: string, value: unknown) => {
  const result = ok(key, value);
  return result.success ? null : result.error.issues[0]?.message;
};

describe("the strategy's structure", () => {
  it("has the ten steps of a solid strategy, in order", () => {
    expect(STEP_KEYS).toEqual([
      "start",
      "goals",
      "channels",
      "resources",
      "backing",
      "staff",
      "commitment",
      "involvement",
      "deficits",
      "readiness",
    ]);
  });

  it("start: trims text, turns blank into no answer, limits length", () => {
    expect(ok("start.mission", "  Wir helfen.  ")).toMatchObject({ success: true, data: "Wir helfen." });
    expect(ok("start.mission", "   ")).toMatchObject({ success: true, data: null });
    expect(issue("start.mission", "x".repeat(4001))).toBe("tooLong");
    expect(issue("start.targetGroups.abc.name", "x".repeat(201))).toBe("tooLong");
    expect(issue("start.mission", 42)).toBeTruthy();
  });

  it("goals: numbers for baseline and target, ISO dates", () => {
    expect(ok("goals.goals.g1.target", 25).success).toBe(true);
    expect(issue("goals.goals.g1.target", -1)).toBe("tooSmall");
    expect(issue("goals.goals.g1.target", "25")).toBeTruthy();
    expect(ok("goals.goals.g1.dueDate", "2027-06-30").success).toBe(true);
    expect(issue("goals.goals.g1.dueDate", "30.06.2027")).toBe("date");
    expect(issue("goals.goals.g1.dueDate", "2027-02-30")).toBe("date");
  });

  it("channels: known platforms and states only, a sensible cadence", () => {
    expect(ok("channels.channels.c1.platform", "instagram").success).toBe(true);
    expect(issue("channels.channels.c1.platform", "myspace")).toBe("choice");
    expect(issue("channels.channels.c1.postsPerWeek", 51)).toBe("tooLarge");
    expect(ok("channels.channels.c1.imprint", false)).toMatchObject({ success: true, data: false });
    expect(issue("channels.channels.c1.imprint", "yes")).toBeTruthy();
  });

  it("resources: a budget of 0 is an answer, a negative one is not", () => {
    expect(ok("resources.budgetPerYear", 0)).toMatchObject({ success: true, data: 0 });
    expect(ok("resources.budgetPerYear", null)).toMatchObject({ success: true, data: null });
    expect(issue("resources.budgetPerYear", -100)).toBe("tooSmall");
  });

  it("backing, staff and commitment: ranges and whole numbers", () => {
    expect(issue("backing.leadershipBacking", "maybe")).toBe("choice");
    expect(issue("staff.people.p1.hoursPerWeek", -2)).toBe("tooSmall");
    expect(issue("staff.people.p1.hoursPerWeek", 61)).toBe("tooLarge");
    expect(ok("staff.people.p1.hoursPerWeek", 7.5).success).toBe(true);
    expect(issue("staff.minutesPerPost", 12.5)).toBe("integer");
    expect(issue("commitment.horizonMonths", 0)).toBe("tooSmall");
    expect(ok("commitment.reviewCadence", "quarterly").success).toBe(true);
  });

  it("involvement, deficits and own criteria", () => {
    expect(ok("involvement.involvedSince", "2026-11-01").success).toBe(true);
    expect(issue("deficits.deficits.d1.priority", "urgent")).toBe("choice");
    expect(ok("readiness.ownCriteria.o1.met", "partly").success).toBe(true);
  });

  it("knows nothing outside the structure", () => {
    for (const key of [
      "start",
      "start.__proto__",
      "start.constructor",
      "nope.mission",
      "start.targetGroups",
      "start.targetGroups.a.b.c",
      "start.targetGroups.bad id.name",
      "start.targetGroups.x.__proto__",
      "goals.goals.x.hack",
    ]) {
      expect(resolveKey(key), key).toBeNull();
    }
    expect(resolveList("goals.__proto__")).toBeNull();
    expect(resolveList("goals.goals")).toMatchObject({ step: "goals", list: "goals" });
  });

  it("builds the strategy from stored units, in item order, leaving out what no longer fits", () => {
    const strategy = assembleStrategy(
      [
        { id: "b", list: "goals.goals", position: 2 },
        { id: "a", list: "goals.goals", position: 1 },
        { id: "z", list: "goals.removedList", position: 1 },
      ],
      [
        { key: "goals.goals.a.title", value: "Erstes" },
        { key: "goals.goals.b.title", value: "Zweites" },
        { key: "goals.goals.b.target", value: "not a number" },
        { key: "start.mission", value: "x".repeat(5000) },
        { key: "start.removedField", value: "alt" },
      ],
    );
    expect(strategy.goals.goals.map((g) => [g.id, g.title, g.target])).toEqual([
      ["a", "Erstes", null],
      ["b", "Zweites", null],
    ]);
    expect(strategy.start.mission).toBeNull();
  });

  it("finds a list's items and the titles given to them; an untitled item has none", () => {
    const strategy = assembleStrategy(
      [
        { id: "a", list: "goals.goals", position: 1 },
        { id: "b", list: "goals.goals", position: 2 },
      ],
      [{ key: "goals.goals.a.title", value: "Mehr Reichweite" }],
    );
    const found = listItems(strategy, "goals.goals");
    expect(found?.items.map((item) => item.id)).toEqual(["a", "b"]);
    expect(found!.items.map((item) => givenTitle(found!.def, item))).toEqual(["Mehr Reichweite", null]);
    expect(givenTitle(found!.def, { id: "c", title: "" })).toBeNull();
    expect(listItems(strategy, "goals.unknown")).toBeNull();
    expect(listItems(strategy, "goals.goals.a")).toBeNull();
  });

  it("every list names an existing title field and every reference an existing list", () => {
    for (const step of STEP_KEYS) {
      for (const list of Object.values(STEPS[step].lists) as {
        titleField: string;
        fields: Record<string, FieldDef>;
      }[]) {
        expect(Object.keys(list.fields)).toContain(list.titleField);
        for (const def of Object.values(list.fields))
          if (def.refList) expect(resolveList(def.refList)).not.toBeNull();
      }
    }
  });
});
