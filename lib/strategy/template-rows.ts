import { randomUUID } from "node:crypto";
import { fieldSchema } from "./field-schema";
import type { FieldDef, ListDef } from "./fields";
import { STEPS, STEP_KEYS } from "./steps";

/** Prefilled content: step fields, and list items without ids whose references say "ref:<index>". */
export type PrefillContent = Partial<Record<string, Record<string, unknown>>>;

export interface PrefillRows {
  items: { id: string; list: string; position: number }[];
  values: { key: string; itemId: string | null; value: unknown }[];
}

/**
 * Turns template or demo content into the rows autosave uses. Items get fresh ids; "ref:<n>" becomes
 * the id of the n-th item of the referenced list. Values that do not pass their field's schema are
 * dropped rather than stored.
 */
export function prefillRows(content: PrefillContent, newId: () => string = randomUUID): PrefillRows {
  const rows: PrefillRows = { items: [], values: [] };
  const idsByList = new Map<string, string[]>();
  const pendingRefs: { key: string; itemId: string; refList: string; index: number; def: FieldDef }[] = [];

  for (const step of STEP_KEYS) {
    const stepContent = content[step];
    if (!stepContent) continue;
    const def = STEPS[step];
    for (const [field, fieldDef] of Object.entries(def.fields as Record<string, FieldDef>)) {
      const parsed = fieldSchema(fieldDef).safeParse(stepContent[field] ?? null);
      if (parsed.success && parsed.data !== null)
        rows.values.push({ key: `${step}.${field}`, itemId: null, value: parsed.data });
    }
    for (const [listKey, listDef] of Object.entries(def.lists as Record<string, ListDef>)) {
      const items = stepContent[listKey];
      if (!Array.isArray(items)) continue;
      const list = `${step}.${listKey}`;
      const ids: string[] = [];
      items.slice(0, listDef.maxItems).forEach((item: Record<string, unknown>, index) => {
        const id = newId();
        ids.push(id);
        rows.items.push({ id, list, position: index + 1 });
        for (const [field, fieldDef] of Object.entries(listDef.fields)) {
          const raw = item[field];
          const key = `${list}.${id}.${field}`;
          const ref = typeof raw === "string" ? /^ref:(\d+)$/.exec(raw) : null;
          if (fieldDef.kind === "ref" && ref && fieldDef.refList) {
            pendingRefs.push({
              key,
              itemId: id,
              refList: fieldDef.refList,
              index: Number(ref[1]),
              def: fieldDef,
            });
            continue;
          }
          const parsed = fieldSchema(fieldDef).safeParse(raw ?? null);
          if (parsed.success && parsed.data !== null)
            rows.values.push({ key, itemId: id, value: parsed.data });
        }
      });
      idsByList.set(list, ids);
    }
  }
  for (const ref of pendingRefs) {
    const target = idsByList.get(ref.refList)?.[ref.index];
    if (target && target !== ref.itemId)
      rows.values.push({ key: ref.key, itemId: ref.itemId, value: target });
  }
  return rows;
}
