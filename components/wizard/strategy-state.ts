import type { Change } from "@/lib/autosave/queue";
import { itemFieldOf } from "@/lib/autosave/revisions";
import { emptyItem, listItems, resolveList } from "@/lib/strategy/units";
import type { ListDef } from "@/lib/strategy/fields";
import { STEPS, STEP_KEYS, type TStrategy } from "@/lib/strategy/steps";

type Values = Record<string, Record<string, unknown>>;
type Item = Record<string, unknown> & { id: string };

/** Immutable updates of the strategy held by the wizard, by the same unit keys autosave uses. */
export function withValue(strategy: TStrategy, key: string, value: unknown): TStrategy {
  const [step, name, itemId, field] = key.split(".");
  const values = strategy as unknown as Values;
  if (!step || !name || !values[step]) return strategy;
  if (itemId === undefined)
    return { ...values, [step]: { ...values[step], [name]: value } } as unknown as TStrategy;
  const items = (values[step][name] as Item[] | undefined) ?? [];
  if (!field || !items.some((item) => item.id === itemId)) return strategy;
  const next = items.map((item) => (item.id === itemId ? { ...item, [field]: value } : item));
  return { ...values, [step]: { ...values[step], [name]: next } } as unknown as TStrategy;
}

/**
 * Whether the strategy holds `value` at `key` (the unit keys autosave uses). Values are what JSON
 * carries, so comparing their JSON is exact.
 */
export function holdsValue(strategy: TStrategy, key: string, value: unknown): boolean {
  const itemField = itemFieldOf(key);
  const [step, name] = key.split(".");
  const current = itemField
    ? listItems(strategy, itemField.list)?.items.find((item) => item.id === itemField.itemId)?.[
        itemField.field
      ]
    : (strategy as unknown as Values)[step ?? ""]?.[name ?? ""];
  return JSON.stringify(current ?? null) === JSON.stringify(value ?? null);
}

/**
 * The fields of list items anywhere in the strategy that chose `itemId` of `list` (a channel's
 * target group, a person's cover), by their unit keys.
 */
export function referencesTo(strategy: TStrategy, list: string, itemId: string): string[] {
  const values = strategy as unknown as Values;
  const keys: string[] = [];
  for (const stepKey of STEP_KEYS) {
    for (const [listKey, def] of Object.entries(STEPS[stepKey].lists as Record<string, ListDef>)) {
      const fields = Object.entries(def.fields)
        .filter(([, field]) => field.kind === "ref" && field.refList === list)
        .map(([name]) => name);
      if (fields.length === 0) continue;
      for (const item of (values[stepKey]?.[listKey] ?? []) as Item[])
        for (const field of fields)
          if (item[field] === itemId) keys.push(`${stepKey}.${listKey}.${item.id}.${field}`);
    }
  }
  return keys;
}

export function withItems(strategy: TStrategy, list: string, update: (items: Item[]) => Item[]): TStrategy {
  const address = resolveList(list);
  if (!address) return strategy;
  const values = strategy as unknown as Values;
  const items = values[address.step]![address.list] as Item[];
  return {
    ...values,
    [address.step]: { ...values[address.step], [address.list]: update(items) },
  } as unknown as TStrategy;
}

export function withNewItem(strategy: TStrategy, list: string, id: string): TStrategy {
  const address = resolveList(list);
  if (!address) return strategy;
  return withItems(strategy, list, (items) =>
    items.some((i) => i.id === id) ? items : [...items, emptyItem(address.def, id)],
  );
}

/** Shows changes restored from an earlier visit before they reach the server. */
export function withChanges(strategy: TStrategy, changes: Change[]): TStrategy {
  let next = strategy;
  for (const change of changes) {
    if (change.op === "addItem") next = withNewItem(next, change.list, change.itemId);
    else if (change.op === "removeItem")
      next = withItems(next, change.list, (items) => items.filter((i) => i.id !== change.itemId));
    else if (change.op === "set") next = withValue(next, change.key, change.value);
  }
  return next;
}

/**
 * A list as the server has it now (someone else added, moved or removed items), keeping this
 * person's own unsent changes: `isPending(itemId)` names items with an unsent addition, move or
 * removal; those keep the position they have here (`localPosition`).
 */
export function withServerItems(
  strategy: TStrategy,
  list: string,
  serverItems: { id: string; position: number }[],
  isPending: (itemId: string) => boolean,
  localPosition: (itemId: string) => number | undefined,
): TStrategy {
  const address = resolveList(list);
  if (!address) return strategy;
  return withItems(strategy, list, (local) => {
    const localById = new Map(local.map((item) => [item.id, item]));
    const onServer = new Set(serverItems.map((item) => item.id));
    const entries: { item: Item; position: number }[] = [];
    for (const { id, position } of serverItems) {
      const mine = localById.get(id);
      const pending = isPending(id);
      // Not here but pending: removed here and not yet sent. Not here otherwise: someone added it.
      if (!mine && pending) continue;
      entries.push({
        item: mine ?? (emptyItem(address.def, id) as Item),
        position: pending ? (localPosition(id) ?? position) : position,
      });
    }
    for (const item of local)
      if (!onServer.has(item.id) && isPending(item.id))
        entries.push({ item, position: localPosition(item.id) ?? Number.MAX_SAFE_INTEGER });
    const next = entries.sort((a, b) => a.position - b.position).map((entry) => entry.item);
    const unchanged = next.length === local.length && next.every((item, index) => item === local[index]);
    return unchanged ? local : next;
  });
}

/**
 * Shows a list item as the server has it now, after this person took the other side of an item
 * conflict: back in the list if it was removed here, at its stored position, with the stored
 * values of every field not still being typed in here (`keepLocal`).
 */
export function withStoredItem(
  strategy: TStrategy,
  list: string,
  itemId: string,
  stored: { position: number; values: Record<string, { value: unknown }> },
  positionOf: (itemId: string) => number | undefined,
  keepLocal: (key: string) => boolean,
): TStrategy {
  const address = resolveList(list);
  if (!address) return strategy;
  return withItems(strategy, list, (items) => {
    const item: Item = { ...(items.find((i) => i.id === itemId) ?? emptyItem(address.def, itemId)) };
    for (const [key, { value }] of Object.entries(stored.values)) {
      const field = key.split(".")[3];
      if (field && field in address.def.fields && !keepLocal(key)) item[field] = value;
    }
    const position = (i: Item) => (i.id === itemId ? stored.position : (positionOf(i.id) ?? 0));
    return [...items.filter((i) => i.id !== itemId), item].sort((a, b) => position(a) - position(b));
  });
}
