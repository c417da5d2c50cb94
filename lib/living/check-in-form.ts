import type { Locale } from "@/lib/i18n/config";
import { parseDecimal } from "@/lib/i18n/decimal";
import type { TMeasureState } from "./progress-report";

/**
 * Form field names of the check-in form, one set per goal or measure, and their parsing. The
 * check-in itself is validated again by the data access layer (ZCheckIn).
 */
export const checkInFieldName = {
  value: (itemId: string) => `value:${itemId}`,
  valueNote: (itemId: string) => `valueNote:${itemId}`,
  state: (itemId: string) => `state:${itemId}`,
  stateNote: (itemId: string) => `stateNote:${itemId}`,
};

export interface ParsedCheckInForm {
  note: string | null;
  goals: { itemId: string; value: number | null; note: string | null }[];
  measures: { itemId: string; state: TMeasureState | null; note: string | null }[];
}

/** The form's fields, with numbers read as the reader's language writes them. */
export function parseCheckInForm(
  fields: Record<string, string>,
  locale: Locale,
): { ok: true; checkIn: ParsedCheckInForm } | { ok: false; invalid: string[] } {
  const goals = new Map<string, ParsedCheckInForm["goals"][number]>();
  const measures = new Map<string, ParsedCheckInForm["measures"][number]>();
  const invalid: string[] = [];
  const goal = (id: string) =>
    goals.get(id) ?? goals.set(id, { itemId: id, value: null, note: null }).get(id)!;
  const measure = (id: string) =>
    measures.get(id) ?? measures.set(id, { itemId: id, state: null, note: null }).get(id)!;
  for (const [name, raw] of Object.entries(fields)) {
    const [kind, itemId] = name.split(":", 2);
    if (!itemId) continue;
    const text = raw.trim() || null;
    if (kind === "value") {
      const value = parseDecimal(raw, locale);
      if (value === undefined) invalid.push(name);
      else goal(itemId).value = value;
    } else if (kind === "valueNote") goal(itemId).note = text;
    else if (kind === "state") measure(itemId).state = text as TMeasureState | null;
    else if (kind === "stateNote") measure(itemId).note = text;
  }
  if (invalid.length > 0) return { ok: false, invalid };
  return {
    ok: true,
    checkIn: {
      note: fields.note?.trim() || null,
      goals: [...goals.values()],
      measures: [...measures.values()],
    },
  };
}
