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

export function packRevisions(flat: Record<string, number>): PackedRevisions {
  const packed: PackedRevisions = { units: {}, items: {}, fields: {} };
  for (const [key, revision] of Object.entries(flat)) {
    if (key.startsWith(ITEM_PREFIX)) {
      packed.items[key.slice(ITEM_PREFIX.length)] = revision;
      continue;
    }
    const parts = key.split(".");
    if (parts.length !== 4) {
      packed.units[key] = revision;
      continue;
    }
    const [step, list, itemId, field] = parts as [string, string, string, string];
    const byItem = (packed.fields[`${step}.${list}`] ??= {});
    (byItem[itemId] ??= {})[field] = revision;
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
