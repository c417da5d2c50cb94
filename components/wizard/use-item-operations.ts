"use client";

import type { Dispatch, SetStateAction } from "react";
import type { AutosaveQueue } from "@/lib/autosave/queue";
import type { ListDef } from "@/lib/strategy/fields";
import { STEPS, type StepKey, type TStrategy } from "@/lib/strategy/steps";
import { referencesTo, withItems, withNewItem } from "./strategy-state";

export type Item = Record<string, unknown> & { id: string };

/** The entry just removed, which "Rückgängig" can bring back. */
export interface RemovedItem {
  list: string;
  item: Item;
  index: number;
  /** Its title, to name it in the notice; null when it had none yet. */
  title: string | null;
  /** How many choices elsewhere pointed to it (a goal's target group) and are now empty. */
  references: number;
}

export const UNDO_REMOVE_ID = "undo-remove";

function focusFirstField(itemId: string) {
  const item = `#item-${CSS.escape(itemId)}`;
  document.querySelector<HTMLElement>(`${item} input, ${item} select, ${item} textarea`)?.focus();
}

interface ItemOperationsInput {
  step: StepKey;
  strategy: TStrategy;
  setStrategy: Dispatch<SetStateAction<TStrategy>>;
  positions: Record<string, number>;
  setPositions: Dispatch<SetStateAction<Record<string, number>>>;
  removed: RemovedItem | null;
  setRemoved: Dispatch<SetStateAction<RemovedItem | null>>;
  queue: AutosaveQueue;
  /** Sets a field and saves it, as typing would. */
  change: (key: string, value: unknown, valid: boolean) => void;
}

/**
 * Adding, removing (with undo) and moving the entries of the step's lists: shown at once, saved
 * through the queue, with the focus put where the keyboard user's work goes on.
 */
export function useItemOperations({
  step,
  strategy,
  setStrategy,
  positions,
  setPositions,
  removed,
  setRemoved,
  queue,
  change,
}: ItemOperationsInput) {
  const values = strategy[step] as Record<string, unknown>;

  const addItem = (listKey: string) => {
    const list = `${step}.${listKey}`;
    const id = crypto.randomUUID();
    const position = Math.max(0, ...Object.values(positions)) + 1;
    setStrategy((s) => withNewItem(s, list, id));
    setPositions((p) => ({ ...p, [id]: position }));
    queue.enqueue({ op: "addItem", list, itemId: id, position });
    requestAnimationFrame(() => focusFirstField(id));
  };

  const removeItem = (listKey: string, item: Item, index: number) => {
    const list = `${step}.${listKey}`;
    const titleField = (STEPS[step].lists as Record<string, ListDef>)[listKey]?.titleField;
    const title = titleField ? item[titleField] : null;
    const references = referencesTo(strategy, list, item.id).length;
    setStrategy((s) => withItems(s, list, (items) => items.filter((i) => i.id !== item.id)));
    queue.removeItem(list, item.id);
    setRemoved({ list, item, index, title: typeof title === "string" && title ? title : null, references });
    // The removed entry's button is gone with it: the notice's "Rückgängig" takes the focus.
    requestAnimationFrame(() => document.getElementById(UNDO_REMOVE_ID)?.focus());
  };

  const undoRemove = () => {
    if (!removed) return;
    const id = crypto.randomUUID();
    const listDef = STEPS[step].lists as Record<string, ListDef>;
    const [, listKey] = removed.list.split(".");
    setStrategy((s) =>
      withItems(s, removed.list, (items) => [
        ...items.slice(0, removed.index),
        { ...removed.item, id },
        ...items.slice(removed.index),
      ]),
    );
    const neighbours = ((values[listKey!] ?? []) as Item[]).map((i) => positions[i.id] ?? 0);
    const position =
      removed.index === 0 ? Math.min(1, ...neighbours) - 1 : (neighbours[removed.index - 1] ?? 0) + 0.5;
    setPositions((p) => ({ ...p, [id]: position }));
    queue.enqueue({ op: "addItem", list: removed.list, itemId: id, position });
    for (const field of Object.keys(listDef[listKey!]?.fields ?? {})) {
      const value = removed.item[field];
      if (value !== null && value !== undefined)
        queue.enqueue({ op: "set", key: `${removed.list}.${id}.${field}`, value, baseRevision: 0 });
    }
    // It comes back as a new entry: whatever chose it (a channel's target group) chooses it again.
    for (const key of referencesTo(strategy, removed.list, removed.item.id)) change(key, id, true);
    setRemoved(null);
    // The notice goes with its button: the focus moves to the entry that came back.
    requestAnimationFrame(() => focusFirstField(id));
  };

  const moveItem = (listKey: string, itemId: string, direction: -1 | 1) => {
    const list = `${step}.${listKey}`;
    const items = (values[listKey] ?? []) as Item[];
    const from = items.findIndex((i) => i.id === itemId);
    const to = from + direction;
    if (from < 0 || to < 0 || to >= items.length) return;
    const reordered = [...items];
    const [moved] = reordered.splice(from, 1);
    reordered.splice(to, 0, moved!);
    const before = reordered[to - 1];
    const after = reordered[to + 1];
    const pos = (item: Item | undefined) => (item ? (positions[item.id] ?? 0) : undefined);
    const low = pos(before);
    const high = pos(after);
    const position = low === undefined ? (high ?? 0) - 1 : high === undefined ? low + 1 : (low + high) / 2;
    setPositions((p) => ({ ...p, [itemId]: position }));
    setStrategy((s) => withItems(s, list, () => reordered));
    queue.moveItem(list, itemId, position);
    requestAnimationFrame(() => {
      const moved = document.querySelector<HTMLElement>(`#item-${CSS.escape(itemId)}`);
      moved?.scrollIntoView({ block: "nearest" });
      // At the first or last place the pressed button is disabled and would drop the focus to the
      // page: the button for the other direction takes it.
      const button = (way: "up" | "down") => moved?.querySelector<HTMLButtonElement>(`[data-move="${way}"]`);
      const pressed = button(direction < 0 ? "up" : "down");
      (pressed && !pressed.disabled ? pressed : button(direction < 0 ? "down" : "up"))?.focus();
    });
  };

  return { addItem, removeItem, undoRemove, moveItem };
}
