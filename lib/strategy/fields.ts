/**
 * Building blocks for the strategy's structure. Every field is plain data: the kind of control that
 * edits it, its limits (length, range, options) and whether a step counts as complete without it.
 * From these limits come both the zod schema the server validates with (field-schema.ts) and the
 * small check the wizard runs in the browser (field-check.ts), which keeps zod out of the page's
 * JavaScript. Values are nullable: a draft may be half-filled; "required" only drives step state
 * and readiness.
 */
export type FieldKind = "text" | "textarea" | "number" | "date" | "select" | "checkbox" | "ref";

export interface FieldDef {
  kind: FieldKind;
  required: boolean;
  /** Options of a select field; labels come from the catalogue under `strategy.options.<optionSet>`. */
  options?: readonly string[];
  optionSet?: string;
  /** For "ref": the list (step.list) whose items can be chosen. */
  refList?: string;
  /** A number's range; a text's length (in characters) is at most `max`. */
  min?: number;
  max?: number;
  /** A number must be whole. */
  integer?: boolean;
  /** Unit shown next to a number, a key in the catalogue's `units`. */
  unit?: string;
  /** A list item's number whose unit the person writes in another of its fields (a goal's "Follower"). */
  unitField?: string;
  /** Only shown/asked for public bodies, e.g. the compliance gate. */
  publicBodiesOnly?: boolean;
  /** A list item's field asked only when another of its fields has one of these values. */
  onlyWhen?: { field: string; in: readonly string[] };
}

interface Options {
  required?: boolean;
  publicBodiesOnly?: boolean;
  onlyWhen?: { field: string; in: readonly string[] };
}

/**
 * Whether a field is asked (and shown) here: public bodies' fields only for public bodies, and a
 * list item's conditional field only when the item calls for it (the compliance gate only for a
 * channel on a social platform, not for the website or the newsletter).
 */
export function fieldApplies(def: FieldDef, isPublicBody: boolean, item?: Record<string, unknown>) {
  if (def.publicBodiesOnly && !isPublicBody) return false;
  if (def.onlyWhen && item) return def.onlyWhen.in.includes(item[def.onlyWhen.field] as string);
  return true;
}

export const SHORT_TEXT_MAX = 200;
export const LONG_TEXT_MAX = 4000;
/** Item ids are far shorter; anything longer cannot be a reference. */
export const REF_MAX = 64;

export function shortText(options: Options = {}) {
  return { kind: "text", required: false, ...options, max: SHORT_TEXT_MAX } satisfies FieldDef;
}

export function longText(options: Options = {}) {
  return { kind: "textarea", required: false, ...options, max: LONG_TEXT_MAX } satisfies FieldDef;
}

export function amount(
  min: number,
  max: number,
  options: Options & { unit?: string; unitField?: string; integer?: boolean } = {},
) {
  return { kind: "number", required: false, min, max, ...options } satisfies FieldDef;
}

export function date(options: Options = {}) {
  return { kind: "date", required: false, ...options } satisfies FieldDef;
}

export function choice<const T extends readonly [string, ...string[]]>(
  optionSet: string,
  options: T,
  opts: Options = {},
) {
  return { kind: "select", options, optionSet, required: false, ...opts } satisfies FieldDef;
}

export function flag(options: Options = {}) {
  return { kind: "checkbox", required: false, ...options } satisfies FieldDef;
}

/** A reference to an item of another list, e.g. the target group a goal serves. */
export function ref(refList: string, options: Options = {}) {
  return { kind: "ref", refList, required: false, ...options, max: REF_MAX } satisfies FieldDef;
}

export interface ListDef<F extends Record<string, FieldDef> = Record<string, FieldDef>> {
  fields: F;
  /** The field that names an item in lists, references and messages. */
  titleField: string;
  maxItems: number;
  /** How many items a complete step needs. */
  minItems: number;
}

export function list<F extends Record<string, FieldDef>>(
  fields: F,
  options: { titleField: keyof F & string; maxItems?: number; minItems?: number },
): ListDef<F> {
  return {
    fields,
    titleField: options.titleField,
    maxItems: options.maxItems ?? 50,
    minItems: options.minItems ?? 0,
  };
}

export interface StepDef<
  F extends Record<string, FieldDef> = Record<string, FieldDef>,
  L extends Record<string, ListDef> = Record<string, ListDef>,
> {
  fields: F;
  lists: L;
}

export function step<F extends Record<string, FieldDef>, L extends Record<string, ListDef>>(
  fields: F,
  lists: L,
): StepDef<F, L> {
  return { fields, lists };
}

/** The value a valid field holds (texts are trimmed, blank is null). */
export type FieldValue<F extends FieldDef> = F extends { kind: "number" }
  ? number | null
  : F extends { kind: "checkbox" }
    ? boolean | null
    : F extends { kind: "select"; options: readonly (infer O)[] }
      ? O | null
      : string | null;
export type ItemValues<L extends ListDef> = { id: string } & {
  [K in keyof L["fields"]]: FieldValue<L["fields"][K]>;
};
export type StepValues<S extends StepDef> = { [K in keyof S["fields"]]: FieldValue<S["fields"][K]> } & {
  [K in keyof S["lists"]]: ItemValues<S["lists"][K]>[];
};
