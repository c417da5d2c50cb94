import type { FieldDef, ListDef } from "./fields";
import { canonicalJson } from "./content";
import { STEPS, STEP_KEYS, type StepKey, type TStrategy } from "./steps";

export interface StrategyChange {
  kind: "changed" | "added" | "removed";
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
 * items added or removed, and fields changed within items that exist in both.
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
    }
  }
  return changes;
}
