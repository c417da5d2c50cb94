import { ID_PATTERN } from "@/lib/security/input";
import type { FieldDef, ListDef } from "./fields";
import { STEPS, STEP_KEYS, type StepKey, type TStrategy } from "./steps";

/**
 * Addresses of the units autosave writes: a step's field ("start.mission"), a list ("goals.goals")
 * and a field of a list item ("goals.goals.<itemId>.indicator").
 */
export type FieldAddress = { step: StepKey; field: string; def: FieldDef };
export type ListAddress = { step: StepKey; list: string; def: ListDef };
export type ItemFieldAddress = ListAddress & { itemId: string; field: string; fieldDef: FieldDef };

function isStep(key: string | undefined): key is StepKey {
  return key !== undefined && Object.hasOwn(STEPS, key);
}

export function resolveList(key: string): ListAddress | null {
  const [step, list, ...rest] = key.split(".");
  if (rest.length > 0 || !isStep(step) || !list) return null;
  const lists = STEPS[step].lists as Record<string, ListDef>;
  if (!Object.hasOwn(lists, list)) return null;
  return { step, list, def: lists[list]! };
}

type Item = Record<string, unknown> & { id: string };

/** A list ("goals.goals") with its items in the strategy; null for a key that is no list. */
export function listItems(strategy: TStrategy, list: string): (ListAddress & { items: Item[] }) | null {
  const address = resolveList(list);
  if (!address) return null;
  const items = ((strategy[address.step] as Record<string, unknown>)[address.list] ?? []) as Item[];
  return { ...address, items };
}

/** The title someone gave a list item; null while it has none (each place then numbers it its own way). */
export function givenTitle(def: ListDef, item: Record<string, unknown>): string | null {
  const title = item[def.titleField];
  return typeof title === "string" && title ? title : null;
}

/** Parses a unit key; null for anything that is not part of the strategy's structure. */
export function resolveKey(key: string): FieldAddress | ItemFieldAddress | null {
  const parts = key.split(".");
  const [step, name] = parts;
  if (!isStep(step) || !name) return null;
  if (parts.length === 2) {
    const fields = STEPS[step].fields as Record<string, FieldDef>;
    return Object.hasOwn(fields, name) ? { step, field: name, def: fields[name]! } : null;
  }
  if (parts.length !== 4) return null;
  const listAddress = resolveList(`${step}.${name}`);
  const [, , itemId, field] = parts;
  if (!listAddress || !itemId || !ID_PATTERN.test(itemId) || !field) return null;
  const fields = listAddress.def.fields;
  if (!Object.hasOwn(fields, field)) return null;
  return { ...listAddress, itemId, field, fieldDef: fields[field]! };
}

export function isItemField(address: FieldAddress | ItemFieldAddress): address is ItemFieldAddress {
  return "itemId" in address;
}

export function emptyStrategy(): TStrategy {
  const strategy: Record<string, Record<string, unknown>> = {};
  for (const stepKey of STEP_KEYS) {
    const def = STEPS[stepKey];
    const values: Record<string, unknown> = {};
    for (const field of Object.keys(def.fields)) values[field] = null;
    for (const listKey of Object.keys(def.lists)) values[listKey] = [];
    strategy[stepKey] = values;
  }
  return strategy as TStrategy;
}

export function emptyItem(def: ListDef, id: string): Record<string, unknown> & { id: string } {
  const item: Record<string, unknown> & { id: string } = { id };
  for (const field of Object.keys(def.fields)) item[field] = null;
  return item;
}

export interface StoredValue {
  key: string;
  value: unknown;
}
export interface StoredItem {
  id: string;
  list: string;
  position: number;
}

/**
 * Builds the strategy from stored units. Values that no longer fit the structure (a removed field,
 * a changed limit) are left out rather than breaking the plan.
 */
export function assembleStrategy(items: StoredItem[], values: StoredValue[]): TStrategy {
  const strategy = emptyStrategy() as unknown as Record<string, Record<string, unknown>>;
  const itemsById = new Map<string, Record<string, unknown>>();
  for (const item of [...items].sort((a, b) => a.position - b.position)) {
    const address = resolveList(item.list);
    if (!address) continue;
    const record = emptyItem(address.def, item.id);
    (strategy[address.step]![address.list] as unknown[]).push(record);
    itemsById.set(item.id, record);
  }
  for (const { key, value } of values) {
    const address = resolveKey(key);
    if (!address) continue;
    const def = isItemField(address) ? address.fieldDef : address.def;
    const parsed = def.schema.safeParse(value);
    if (!parsed.success) continue;
    if (isItemField(address)) {
      const item = itemsById.get(address.itemId);
      if (item) item[address.field] = parsed.data;
    } else {
      strategy[address.step]![address.field] = parsed.data;
    }
  }
  return strategy as unknown as TStrategy;
}

/** JSON with object keys sorted, so content read back from a JSONB column compares equal. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : inner,
  );
}
