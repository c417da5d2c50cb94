import { z } from "zod/mini";

/**
 * Building blocks for the strategy's structure. Every field carries its zod schema (used on client
 * and server), the kind of control that edits it, and whether a step counts as complete without it.
 * Values are nullable: a draft may be half-filled; "required" only drives step state and readiness.
 * The schemas use zod's tree-shakable "mini" API because the wizard validates in the browser too:
 * full zod would add about 30 kB (gzip) to every wizard page.
 */
export type FieldKind = "text" | "textarea" | "number" | "date" | "select" | "checkbox" | "ref";

export interface FieldDef<S extends z.ZodMiniType = z.ZodMiniType> {
  kind: FieldKind;
  schema: S;
  required: boolean;
  /** Options of a select field; labels come from the catalogue under `strategy.options.<optionSet>`. */
  options?: readonly string[];
  optionSet?: string;
  /** For "ref": the list (step.list) whose items can be chosen. */
  refList?: string;
  min?: number;
  max?: number;
  /** Unit shown next to a number, a key in the catalogue's `units`. */
  unit?: string;
  /** Only shown/asked for public bodies, e.g. the compliance gate. */
  publicBodiesOnly?: boolean;
}

interface Options {
  required?: boolean;
  publicBodiesOnly?: boolean;
}

const nullableText = (max: number) =>
  z.nullable(
    z.pipe(
      z.string().check(z.maxLength(max, "tooLong")),
      z.transform((value: string) => value.trim() || null),
    ),
  );

export const SHORT_TEXT_MAX = 200;
export const LONG_TEXT_MAX = 4000;

export function shortText(options: Options = {}): FieldDef<ReturnType<typeof nullableText>> {
  return {
    kind: "text",
    schema: nullableText(SHORT_TEXT_MAX),
    required: false,
    ...options,
    max: SHORT_TEXT_MAX,
  };
}

export function longText(options: Options = {}): FieldDef<ReturnType<typeof nullableText>> {
  return {
    kind: "textarea",
    schema: nullableText(LONG_TEXT_MAX),
    required: false,
    ...options,
    max: LONG_TEXT_MAX,
  };
}

export function amount(
  min: number,
  max: number,
  options: Options & { unit?: string; integer?: boolean } = {},
) {
  const bounds = [z.minimum(min, "tooSmall"), z.maximum(max, "tooLarge")];
  const schema = z.nullable(
    z.number("number").check(...(options.integer ? [z.multipleOf(1, "integer"), ...bounds] : bounds)),
  );
  return { kind: "number", schema, required: false, min, max, ...options } satisfies FieldDef;
}

export function date(options: Options = {}) {
  return {
    kind: "date",
    schema: z.nullable(z.iso.date("date")),
    required: false,
    ...options,
  } satisfies FieldDef;
}

export function choice<const T extends readonly [string, ...string[]]>(
  optionSet: string,
  options: T,
  opts: Options = {},
) {
  return {
    kind: "select",
    schema: z.nullable(z.enum(options, "choice")),
    options,
    optionSet,
    required: false,
    ...opts,
  } satisfies FieldDef;
}

export function flag(options: Options = {}) {
  return {
    kind: "checkbox",
    schema: z.nullable(z.boolean("invalid")),
    required: false,
    ...options,
  } satisfies FieldDef;
}

/** A reference to an item of another list, e.g. the target group a goal serves. */
export function ref(refList: string, options: Options = {}) {
  return {
    kind: "ref",
    schema: z.nullable(z.string().check(z.maxLength(64, "invalid"))),
    refList,
    required: false,
    ...options,
  } satisfies FieldDef;
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

export type FieldValue<F extends FieldDef> = z.output<F["schema"]>;
export type ItemValues<L extends ListDef> = { id: string } & {
  [K in keyof L["fields"]]: FieldValue<L["fields"][K]>;
};
export type StepValues<S extends StepDef> = { [K in keyof S["fields"]]: FieldValue<S["fields"][K]> } & {
  [K in keyof S["lists"]]: ItemValues<S["lists"][K]>[];
};
