import type { FieldDef, ListDef } from "./fields";
import { canonicalJson } from "./content";
import { STEPS, STEP_KEYS, type StepKey, type TStrategy } from "./steps";

export interface StrategyChange {
  /** "reordered": items in both versions stand in another order; before/after are their ids. */
  kind: "changed" | "added" | "removed" | "reordered";
  step: StepKey;
  /** The step field, or the list item's field; absent when a whole item was added or removed. */
  field?: string;
  list?: string;
  itemId?: string;
  before: unknown;
  after: unknown;
}

type Item = Record<string, unknown> & { id: string };
const same = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null);
const empty = (value: unknown) => value === null || value === undefined;

function fieldChange(
  step: StepKey,
  field: string,
  before: unknown,
  after: unknown,
  at: Partial<StrategyChange> = {},
): StrategyChange | null {
  if (same(before, after)) return null;
  const kind = empty(before) ? "added" : empty(after) ? "removed" : "changed";
  return { kind, step, field, before: before ?? null, after: after ?? null, ...at };
}

/**
 * Field by field, what changed from one version of a strategy to another: step fields, list
 * items added or removed, fields changed within items that exist in both, and lists whose items
 * were put in another order (a priority list reordered after a dot vote is a real change).
 */
export function compareStrategies(from: TStrategy, to: TStrategy): StrategyChange[] {
  const changes: StrategyChange[] = [];
  for (const step of STEP_KEYS) {
    const def = STEPS[step];
    const a = from[step] as Record<string, unknown>;
    const b = to[step] as Record<string, unknown>;
    for (const field of Object.keys(def.fields as Record<string, FieldDef>)) {
      const change = fieldChange(step, field, a[field], b[field]);
      if (change) changes.push(change);
    }
    for (const [list, listDef] of Object.entries(def.lists as Record<string, ListDef>)) {
      const before = new Map(((a[list] ?? []) as Item[]).map((item) => [item.id, item]));
      const after = new Map(((b[list] ?? []) as Item[]).map((item) => [item.id, item]));
      for (const [id, item] of before) {
        if (!after.has(id))
          changes.push({ kind: "removed", step, list, itemId: id, before: item, after: null });
      }
      for (const [id, item] of after) {
        const old = before.get(id);
        if (!old) {
          changes.push({ kind: "added", step, list, itemId: id, before: null, after: item });
          continue;
        }
        for (const field of Object.keys(listDef.fields)) {
          const change = fieldChange(step, field, old[field], item[field], { list, itemId: id });
          if (change) changes.push(change);
        }
      }
      const reordering = orderChange([...before.keys()], [...after.keys()]);
      if (reordering) changes.push({ kind: "reordered", step, list, ...reordering });
    }
  }
  return changes;
}

/** The order of the items kept in both versions, when it differs; additions and removals aside. */
function orderChange(before: string[], after: string[]) {
  const kept = new Set(after.filter((id) => before.includes(id)));
  const keptBefore = before.filter((id) => kept.has(id));
  const keptAfter = after.filter((id) => kept.has(id));
  if (keptBefore.every((id, index) => keptAfter[index] === id)) return null;
  return { before: keptBefore, after: keptAfter };
}
