import type { FieldDef, ListDef } from "@/lib/strategy/fields";
import { STEPS, type StepKey, type TStrategy } from "@/lib/strategy/steps";

type Translate = (key: string, values?: Record<string, string | number>) => string;
type Item = Record<string, unknown> & { id: string };

/** The title of a list item, for references and for whole items added or removed. */
export function itemTitle(strategy: TStrategy, list: string, itemId: string, t: Translate): string {
  const [step, listKey] = list.split(".") as [StepKey, string];
  const def = (STEPS[step].lists as Record<string, ListDef>)[listKey];
  const items = ((strategy[step] as Record<string, unknown>)[listKey] ?? []) as Item[];
  const index = items.findIndex((item) => item.id === itemId);
  const title = def && index >= 0 ? items[index]![def.titleField] : null;
  if (typeof title === "string" && title) return title;
  return t(`strategy.steps.${step}.lists.${listKey}.itemFallback`, { number: index >= 0 ? index + 1 : "?" });
}

/** A field's value as people read it: option labels, Ja/Nein, numbers and dates in German style. */
export function formatValue(
  def: FieldDef,
  value: unknown,
  strategy: TStrategy,
  t: Translate,
  locale: string,
): string {
  if (value === null || value === undefined || value === "") return "—";
  switch (def.kind) {
    case "select":
      return t(`strategy.options.${def.optionSet}.${String(value)}`);
    case "checkbox":
      return t(value ? "wizard.yes" : "wizard.no");
    case "ref":
      return def.refList ? itemTitle(strategy, def.refList, String(value), t) : String(value);
    case "number":
      return (
        new Intl.NumberFormat(locale).format(Number(value)) +
        (def.unit ? ` ${t(`strategy.units.${def.unit}`)}` : "")
      );
    case "date":
      return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(
        new Date(`${String(value)}T00:00:00Z`),
      );
    default:
      return String(value);
  }
}
