import { isLocale } from "@/lib/i18n/config";

type Translate = ((key: string, values?: Record<string, string | number>) => string) & {
  has(key: string): boolean;
};

// PostgreSQL's jsonb keeps keys in its own order (shortest first): the log shows them in this one,
// the plan first and a note last.
const ORDER = [
  "title",
  "titleFrom",
  "planTitle",
  "from",
  "to",
  "nameFrom",
  "nameTo",
  "typeFrom",
  "typeTo",
  "role",
  "stage",
  "stageFrom",
  "added",
  "removed",
  "deciders",
  "version",
  "number",
];
const LAST = ["expiresAt", "note"];
const rank = (key: string) =>
  ORDER.includes(key) ? ORDER.indexOf(key) : LAST.includes(key) ? 100 + LAST.indexOf(key) : 50;

export interface AuditDetailText {
  label: string;
  value: string;
}

/**
 * An audit entry's details as a reader of the log understands them: labelled in their language,
 * roles, languages, templates and lists by name, times in Berlin time. Internal ids are left out
 * (the plan's title says which plan). Keys this does not know yet are shown as they are, so
 * nothing recorded is hidden.
 */
export function describeAuditDetails(
  details: unknown,
  t: Translate,
  dateTime: (date: Date) => string,
): AuditDetailText[] {
  if (!details || typeof details !== "object" || Array.isArray(details)) return [];
  const label = (key: string) => t(`audit.detail.${key}`);
  const named = (prefix: string, value: unknown) =>
    typeof value === "string" && t.has(`${prefix}.${value}`) ? t(`${prefix}.${value}`) : String(value);

  const texts: AuditDetailText[] = [];
  const entries = Object.entries(details as Record<string, unknown>).sort(([a], [b]) => rank(a) - rank(b));
  for (const [key, value] of entries) {
    if (key === "planId") continue;
    if (value === null || value === undefined || value === "") {
      if (key === "expiresAt") texts.push({ label: label("expiresAt"), value: t("audit.detail.noExpiry") });
      continue;
    }
    switch (key) {
      case "title":
      case "planTitle":
        texts.push({ label: label("plan"), value: String(value) });
        break;
      case "role":
      case "from":
      case "to":
        texts.push({ label: label(key), value: named("role", value) });
        break;
      case "typeFrom":
      case "typeTo":
        texts.push({ label: label(key), value: named("institutionType", value) });
        break;
      case "expiresAt":
        texts.push({ label: label(key), value: dateTime(new Date(String(value))) });
        break;
      case "version":
      case "number":
        texts.push({
          label: label("version"),
          value:
            value === "draft" ? t("audit.detail.draft") : t("compare.version", { number: String(value) }),
        });
        break;
      case "language":
        texts.push({
          label: label(key),
          value: isLocale(value) ? t(`layout.languageName.${value}`) : String(value),
        });
        break;
      case "template":
        texts.push({ label: label(key), value: named("templates", value) });
        break;
      case "list": {
        const [step, list] = String(value).split(".");
        const title = `strategy.steps.${step}.lists.${list}.title`;
        texts.push({ label: label(key), value: t.has(title) ? t(title) : String(value) });
        break;
      }
      case "dots": {
        const total = Object.values(value as Record<string, number>).reduce((sum, n) => sum + Number(n), 0);
        texts.push({ label: label(key), value: String(total) });
        break;
      }
      default:
        texts.push({
          label: t.has(`audit.detail.${key}`) ? label(key) : key,
          value: typeof value === "object" ? JSON.stringify(value) : String(value),
        });
    }
  }
  return texts;
}
