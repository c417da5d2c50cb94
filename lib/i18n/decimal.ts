import type { Locale } from "./config";

/** The thousands separator of each language; the other mark is its decimal mark. */
const GROUP_MARK: Record<Locale, "." | ","> = { de: ".", en: "," };

const groupedInteger = (mark: string) => new RegExp(`^[1-9]\\d{0,2}(\\${mark}\\d{3})+$`);

/**
 * A number as people type it: "12", "12,5", "12.000" or "1.234,5" in German, "12.5", "12,000" or
 * "1,234.5" in English. Where both marks appear, the last is the decimal mark. A single mark
 * followed by exactly three digits ("5.000", "5,000") is the language's thousands separator, so a
 * budget of 5.000 € is five thousand euros, not five; any other single mark is a decimal mark, so
 * "0.25" and "0,25" both mean a quarter. "" is no value (null); anything else undefined.
 */
export function parseDecimal(raw: string, locale: Locale): number | null | undefined {
  const text = raw.trim().replace(/[\s'’]/g, "");
  if (text === "") return null;
  const match = /^(-?)([\d.,]+)$/.exec(text);
  if (!match) return undefined;
  const [, sign, body] = match as unknown as [string, string, string];

  const lastDot = body.lastIndexOf(".");
  const lastComma = body.lastIndexOf(",");
  let decimalMark: "." | "," | null = null;
  if (lastDot >= 0 && lastComma >= 0) decimalMark = lastDot > lastComma ? "." : ",";
  else if (lastDot >= 0 || lastComma >= 0) {
    const mark = lastDot >= 0 ? "." : ",";
    const once = body.indexOf(mark) === body.lastIndexOf(mark);
    const looksGrouped = mark === GROUP_MARK[locale] && groupedInteger(mark).test(body);
    decimalMark = once && !looksGrouped ? mark : null;
  }

  const cut = decimalMark ? body.lastIndexOf(decimalMark) : body.length;
  const integer = body.slice(0, cut) || (decimalMark ? "0" : "");
  const fraction = decimalMark ? body.slice(cut + 1) : "";
  const groupMark = decimalMark === "." ? "," : decimalMark === "," ? "." : lastDot >= 0 ? "." : ",";
  if (!/^\d+$/.test(integer) && !groupedInteger(groupMark).test(integer)) return undefined;
  if (decimalMark && !/^\d+$/.test(fraction)) return undefined;
  return Number(`${sign}${integer.replaceAll(groupMark, "")}${fraction ? `.${fraction}` : ""}`);
}

/**
 * A number for an input field, in the language's decimal mark and without thousands separators,
 * so that parseDecimal reads it back as the same number.
 */
export function formatDecimalInput(value: number, locale: Locale): string {
  const text = String(value);
  return GROUP_MARK[locale] === "." ? text.replace(".", ",") : text;
}
