import type { ListDef } from "./fields";
import { STEPS, STEP_KEYS, type StepKey, type TStrategy } from "./steps";

/**
 * Units of a plan that the wizard and the server both address: lists ("goals.goals"), an empty
 * strategy and an empty item. Free of zod, because the wizard uses them in the browser; the
 * server's side (field addresses with their schemas, assembling stored units) is in content.ts.
 */
export type ListAddress = { step: StepKey; list: string; def: ListDef };

export function isStep(key: string | undefined): key is StepKey {
  return key !== undefined && Object.hasOwn(STEPS, key);
}

export function resolveList(key: string): ListAddress | null {
  const [step, list, ...rest] = key.split(".");
  if (rest.length > 0 || !isStep(step) || !list) return null;
  const lists = STEPS[step].lists as Record<string, ListDef>;
  if (!Object.hasOwn(lists, list)) return null;
  return { step, list, def: lists[list]! };
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

/** Fields of list items that point at an item of another list: a goal's target group, a person's cover. */
const REF_FIELDS = STEP_KEYS.flatMap((step) =>
  Object.entries(STEPS[step].lists as Record<string, ListDef>).flatMap(([listKey, def]) =>
    Object.entries(def.fields)
      .filter(([, field]) => field.kind === "ref")
      .map(([field, fieldDef]) => ({ list: `${step}.${listKey}`, field, refList: fieldDef.refList! })),
  ),
);

/**
 * The strategy as it reads: a reference to an item removed since (a goal's target group) is no
 * choice at all. The stored value stays, so an item brought back with "Rückgängig" is still the one
 * chosen; until then readiness, documents and exports treat the field as open.
 */
export function withoutDanglingRefs(strategy: TStrategy): TStrategy {
  let copy: TStrategy | null = null;
  for (const { list, field, refList } of REF_FIELDS) {
    const ids = new Set(listItems(strategy, refList)!.items.map((item) => item.id));
    const { step, list: listKey, items } = listItems(strategy, list)!;
    items.forEach((item, index) => {
      const value = item[field];
      if (value === null || value === undefined || ids.has(String(value))) return;
      copy ??= structuredClone(strategy);
      ((copy[step] as Record<string, unknown>)[listKey] as Item[])[index]![field] = null;
    });
  }
  return copy ?? strategy;
}
