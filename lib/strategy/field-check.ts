import type { FieldDef } from "./fields";

/** Days of each month in a leap year; February 29 is checked separately. */
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isIsoDate(value: string) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > DAYS[month - 1]!) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month !== 2 || day !== 29 || leap;
}

/** Length in characters (code points), as zod counts it: an emoji is one character, not two. */
function tooLong(value: string, max: number) {
  return value.length > max && [...value].length > max;
}

/**
 * What is wrong with a value for a field, as the same code the server's zod schema reports
 * (field-schema.ts; a unit test holds the two together), or null when it is valid. This runs in
 * the browser while typing, so the wizard does not need to ship zod.
 */
export function fieldIssue(def: FieldDef, value: unknown): string | null {
  if (value === null) return null;
  switch (def.kind) {
    case "text":
    case "textarea":
      if (typeof value !== "string") return "invalid";
      return tooLong(value, def.max ?? Infinity) ? "tooLong" : null;
    case "ref":
      return typeof value === "string" && !tooLong(value, def.max ?? Infinity) ? null : "invalid";
    case "number":
      if (typeof value !== "number" || !Number.isFinite(value)) return "number";
      if (def.integer && !Number.isInteger(value)) return "integer";
      if (def.min !== undefined && value < def.min) return "tooSmall";
      if (def.max !== undefined && value > def.max) return "tooLarge";
      return null;
    case "date":
      return typeof value === "string" && isIsoDate(value) ? null : "date";
    case "select":
      return typeof value === "string" && def.options?.includes(value) ? null : "choice";
    case "checkbox":
      return typeof value === "boolean" ? null : "invalid";
  }
}
