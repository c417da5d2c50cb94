import { z } from "zod/mini";
import type { FieldDef } from "./fields";

export type FieldSchema = z.ZodMiniType;

function build(def: FieldDef): FieldSchema {
  switch (def.kind) {
    case "text":
    case "textarea":
      return z.nullable(
        z.pipe(
          z.string("invalid").check(z.maxLength(def.max ?? Infinity, "tooLong")),
          z.transform((value: string) => value.trim() || null),
        ),
      );
    case "ref":
      return z.nullable(z.string("invalid").check(z.maxLength(def.max ?? Infinity, "invalid")));
    case "number": {
      const checks = [
        ...(def.integer ? [z.multipleOf(1, "integer")] : []),
        ...(def.min !== undefined ? [z.minimum(def.min, "tooSmall")] : []),
        ...(def.max !== undefined ? [z.maximum(def.max, "tooLarge")] : []),
      ];
      return z.nullable(z.number("number").check(...checks));
    }
    case "date":
      return z.nullable(z.iso.date("date"));
    case "select":
      return z.nullable(z.enum(def.options as [string, ...string[]], "choice"));
    case "checkbox":
      return z.nullable(z.boolean("invalid"));
  }
}

const schemas = new WeakMap<FieldDef, FieldSchema>();

/**
 * The zod schema of a field, derived from its definition: what the server accepts on autosave,
 * in templates and imported plan files. Texts are trimmed and blank becomes null. Built once per
 * field.
 */
export function fieldSchema(def: FieldDef): FieldSchema {
  let schema = schemas.get(def);
  if (!schema) {
    schema = build(def);
    schemas.set(def, schema);
  }
  return schema;
}
