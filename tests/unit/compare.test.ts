import { describe, expect, it } from "vitest";
import { compareStrategies } from "@/lib/strategy/compare";
import { readyStrategy } from "./fixtures/strategy";

describe("comparing two versions of a strategy", () => {
  it("finds nothing between equal strategies, even with keys in another order (as JSONB returns them)", () => {
    const reversed = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversed)
        : value && typeof value === "object"
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([k, v]) => [k, reversed(v)]),
            )
          : value;
    const a = readyStrategy();
    expect(compareStrategies(a, readyStrategy())).toEqual([]);
    expect(compareStrategies(a, reversed(a) as typeof a)).toEqual([]);
  });

  it("reports exactly a changed field, with before and after", () => {
    const a = readyStrategy();
    const b = readyStrategy();
    b.backing.crisisPath = "Neu geregelt.";
    expect(compareStrategies(a, b)).toEqual([
      {
        kind: "changed",
        step: "backing",
        field: "crisisPath",
        before: a.backing.crisisPath,
        after: "Neu geregelt.",
      },
    ]);
  });

  it("reports fields filled in or emptied as added or removed", () => {
    const a = readyStrategy();
    const b = readyStrategy();
    a.resources.budgetNotes = null;
    b.involvement.training = null;
    expect(compareStrategies(a, b).map((c) => [c.kind, c.field])).toEqual([
      ["added", "budgetNotes"],
      ["removed", "training"],
    ]);
  });

  it("reports list items added and removed, and fields changed inside items", () => {
    const a = readyStrategy();
    const b = readyStrategy();
    const removed = b.deficits.deficits.shift()!;
    b.deficits.deficits.push({
      id: "new",
      deficit: "Neu",
      measure: null,
      owner: null,
      dueDate: null,
      priority: "low",
    });
    b.goals.goals[0]!.target = 99;
    const changes = compareStrategies(a, b);
    expect(changes).toContainEqual(
      expect.objectContaining({ kind: "removed", step: "deficits", list: "deficits", itemId: removed.id }),
    );
    expect(changes).toContainEqual(
      expect.objectContaining({ kind: "added", step: "deficits", list: "deficits", itemId: "new" }),
    );
    expect(changes).toContainEqual({
      kind: "changed",
      step: "goals",
      list: "goals",
      itemId: b.goals.goals[0]!.id,
      field: "target",
      before: a.goals.goals[0]!.target,
      after: 99,
    });
    expect(changes).toHaveLength(3);
  });

  it("reports a list put in another order once, with the old and the new order", () => {
    const a = readyStrategy();
    a.goals.goals.push({ ...a.goals.goals[0]!, id: "second" });
    const b = structuredClone(a);
    b.goals.goals.reverse();
    const ids = a.goals.goals.map((goal) => goal.id);
    expect(compareStrategies(a, b)).toEqual([
      { kind: "reordered", step: "goals", list: "goals", before: ids, after: [...ids].reverse() },
    ]);
  });

  it("does not call additions or removals a reordering", () => {
    const a = readyStrategy();
    a.goals.goals.push({ ...a.goals.goals[0]!, id: "second" }, { ...a.goals.goals[0]!, id: "third" });
    const b = structuredClone(a);
    b.goals.goals.splice(1, 1);
    b.goals.goals.unshift({ ...a.goals.goals[0]!, id: "fresh" });
    expect(compareStrategies(a, b).map((change) => change.kind)).toEqual(["removed", "added"]);
  });
});
