import type { FormatLocale } from "@/lib/i18n/config";
import { slowCadence } from "@/lib/strategy/cadence";
import { givenTitle, listItems } from "@/lib/strategy/units";
import type { FieldDef } from "@/lib/strategy/fields";
import type { TStrategy } from "@/lib/strategy/steps";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The title of a list item, for references and for whole items added or removed. */
export function itemTitle(strategy: TStrategy, list: string, itemId: string, t: Translate): string {
  const [step, listKey] = list.split(".");
  const found = listItems(strategy, list);
  const index = found ? found.items.findIndex((item) => item.id === itemId) : -1;
  const title = found && index >= 0 ? givenTitle(found.def, found.items[index]!) : null;
  if (title) return title;
  return t(`strategy.steps.${step}.lists.${listKey}.itemFallback`, { number: index >= 0 ? index + 1 : "?" });
}

/**
 * A field's value as people read it: option labels, Ja/Nein, numbers and dates in the conventions of
 * the reader's language (a format locale, not the bare language tag: plain "en" writes US dates).
 */
export function formatValue(
  def: FieldDef,
  value: unknown,
  strategy: TStrategy,
  t: Translate,
  locale: FormatLocale,
): string {
  if (value === null || value === undefined || value === "") return "—";
  switch (def.kind) {
    case "select":
      return t(`strategy.options.${def.optionSet}.${String(value)}`);
    case "checkbox":
      return t(value ? "wizard.yes" : "wizard.no");
    case "ref":
      return def.refList ? itemTitle(strategy, def.refList, String(value), t) : String(value);
    case "number": {
      const cadence = def.unit === "perWeek" ? slowCadence(Number(value)) : null;
      if (cadence) return t(`strategy.cadence.${cadence.per}`, { count: cadence.count });
      return (
        new Intl.NumberFormat(locale).format(Number(value)) +
        (def.unit ? ` ${t(`strategy.units.${def.unit}`)}` : "")
      );
    }
    case "date":
      return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(
        new Date(`${String(value)}T00:00:00Z`),
      );
    default:
      return String(value);
  }
}
