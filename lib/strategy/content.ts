import { ID_PATTERN } from "@/lib/security/input";
import { fieldSchema, type FieldSchema } from "./field-schema";
import type { FieldDef } from "./fields";
import { STEPS, type StepKey, type TStrategy } from "./steps";
import {
  emptyItem,
  emptyStrategy,
  isStep,
  resolveList,
  withoutDanglingRefs,
  type ListAddress,
} from "./units";

// The data access layer resolves lists and fields through this one module.
export { resolveList } from "./units";

/** A field with the zod schema the server validates and normalises its values with. */
export type CheckedFieldDef = FieldDef & { schema: FieldSchema };

/**
 * Addresses of the units autosave writes: a step's field ("start.mission"), a list ("goals.goals")
 * and a field of a list item ("goals.goals.<itemId>.indicator").
 */
export type FieldAddress = { step: StepKey; field: string; def: CheckedFieldDef };
export type ItemFieldAddress = ListAddress & { itemId: string; field: string; fieldDef: CheckedFieldDef };

const checkedDefs = new WeakMap<FieldDef, CheckedFieldDef>();

/** A field's definition with its schema; one object per field, as a plan's every value is resolved. */
function checked(def: FieldDef): CheckedFieldDef {
  let found = checkedDefs.get(def);
  if (!found) {
    found = { ...def, schema: fieldSchema(def) };
    checkedDefs.set(def, found);
  }
  return found;
}

/** Parses a unit key; null for anything that is not part of the strategy's structure. */
export function resolveKey(key: string): FieldAddress | ItemFieldAddress | null {
  const parts = key.split(".");
  const [step, name] = parts;
  if (!isStep(step) || !name) return null;
  if (parts.length === 2) {
    const fields = STEPS[step].fields as Record<string, FieldDef>;
    return Object.hasOwn(fields, name) ? { step, field: name, def: checked(fields[name]!) } : null;
  }
  if (parts.length !== 4) return null;
  const listAddress = resolveList(`${step}.${name}`);
  const [, , itemId, field] = parts;
  if (!listAddress || !itemId || !ID_PATTERN.test(itemId) || !field) return null;
  const fields = listAddress.def.fields;
  if (!Object.hasOwn(fields, field)) return null;
  // Spelled out: copying with {...listAddress, …} costs far more, and a plan resolves every value.
  const { def, list } = listAddress;
  return { step, list, def, itemId, field, fieldDef: checked(fields[field]!) };
}

export function isItemField(address: FieldAddress | ItemFieldAddress): address is ItemFieldAddress {
  return "itemId" in address;
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
 * a changed limit) are left out rather than breaking the plan, and so are references to removed items.
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
  return withoutDanglingRefs(strategy as unknown as TStrategy);
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
