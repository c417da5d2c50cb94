import type { Change } from "@/lib/autosave/queue";
import { emptyItem, resolveList } from "@/lib/strategy/content";
import type { TStrategy } from "@/lib/strategy/steps";

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
