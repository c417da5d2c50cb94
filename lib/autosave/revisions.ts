/**
 * The revisions the wizard starts from, packed for the page. Flat, a large plan's map repeats
 * each item's id in every one of its field keys ("goals.goals.<id>.title", ".kpi", …): about
 * 1,000 keys and 67 KB of a wizard page. Grouped by list and item, each id is sent once.
 */
export interface PackedRevisions {
  /** Keys that are not an item's field: "start.mission", and anything of another shape. */
  units: Record<string, number>;
  /** Item revisions, by item id ("item:<id>" unpacked). */
  items: Record<string, number>;
  /** Item field revisions: list ("goals.goals") → item id → field → revision. */
  fields: Record<string, Record<string, Record<string, number>>>;
}

const ITEM_PREFIX = "item:";

/** The list, item and field of an item's field key ("<step>.<list>.<itemId>.<field>"), if it is one. */
export function itemFieldOf(key: string): { list: string; itemId: string; field: string } | null {
  const [step, list, itemId, field] = key.split(".");
  return field !== undefined && itemId ? { list: `${step}.${list}`, itemId, field } : null;
}

export function packRevisions(flat: Record<string, number>): PackedRevisions {
  const packed: PackedRevisions = { units: {}, items: {}, fields: {} };
  for (const [key, revision] of Object.entries(flat)) {
    if (key.startsWith(ITEM_PREFIX)) {
      packed.items[key.slice(ITEM_PREFIX.length)] = revision;
      continue;
    }
    // Exactly four parts: a key of any other shape must come back unchanged, so it stays a unit.
    const item = key.split(".").length === 4 ? itemFieldOf(key) : null;
    if (!item) {
      packed.units[key] = revision;
      continue;
    }
    const byItem = (packed.fields[item.list] ??= {});
    (byItem[item.itemId] ??= {})[item.field] = revision;
  }
  return packed;
}

export function unpackRevisions(packed: PackedRevisions): Record<string, number> {
  const flat: Record<string, number> = { ...packed.units };
  for (const [itemId, revision] of Object.entries(packed.items)) flat[`${ITEM_PREFIX}${itemId}`] = revision;
  for (const [list, byItem] of Object.entries(packed.fields))
    for (const [itemId, fields] of Object.entries(byItem))
      for (const [field, revision] of Object.entries(fields)) flat[`${list}.${itemId}.${field}`] = revision;
  return flat;
}
