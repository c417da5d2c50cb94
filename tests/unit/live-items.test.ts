import { describe, expect, it } from "vitest";
import { withServerItems } from "@/components/wizard/strategy-state";
import { emptyStrategy } from "@/lib/strategy/units";

function withGroups(ids: string[]) {
  const strategy = emptyStrategy();
  strategy.start.targetGroups = ids.map(
    (id) => ({ ...strategy.start.targetGroups[0], id, name: `Gruppe ${id}` }) as never,
  );
  return strategy;
}

const ids = (strategy: ReturnType<typeof emptyStrategy>) => strategy.start.targetGroups.map((g) => g.id);

describe("applying someone else's list changes", () => {
  it("adds, removes and reorders items as the server has them, keeping what was typed here", () => {
    const before = withGroups(["a", "b", "c"]);
    const after = withServerItems(
      before,
      "start.targetGroups",
      [
        { id: "c", position: 1 },
        { id: "a", position: 2 },
        { id: "d", position: 3 },
      ],
      () => false,
      () => undefined,
    );
    expect(ids(after)).toEqual(["c", "a", "d"]);
    expect(after.start.targetGroups[1]).toBe(before.start.targetGroups[0]);
    expect(after.start.targetGroups[2]).toMatchObject({ id: "d", name: null });
  });

  it("keeps this person's unsent additions, moves and removals", () => {
    const before = withGroups(["a", "new", "c"]);
    const pending = new Set(["new", "c", "gone"]);
    const local: Record<string, number> = { new: 1.5, c: 0 };
    const after = withServerItems(
      before,
      "start.targetGroups",
      [
        { id: "a", position: 1 },
        { id: "c", position: 3 },
        { id: "gone", position: 4 },
      ],
      (id) => pending.has(id),
      (id) => local[id],
    );
    expect(ids(after)).toEqual(["c", "a", "new"]);
  });
});
