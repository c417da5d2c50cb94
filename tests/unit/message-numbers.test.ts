import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { loadMessages } from "@/lib/i18n/catalogue";

async function translator(locale: "de" | "en") {
  return createTranslator({ locale, messages: await loadMessages(locale) }) as unknown as (
    key: string,
    values: Record<string, number>,
  ) => string;
}

describe("numbers inside messages", () => {
  it("are written the German way on German pages", async () => {
    const t = await translator("de");
    expect(t("readiness.findings.workloadAbove", { needed: 5.5, granted: 4 })).toBe(
      "Der geschätzte Aufwand (5,5 Std. pro Woche) liegt über der gewährten Zeit (4 Std.).",
    );
    expect(t("readiness.findings.workloadFarAbove", { needed: 12.5, granted: 2.5 })).toContain("(12,5 Std.");
    expect(t("validation.range", { min: 0, max: 1_000_000_000 })).toBe(
      "Bitte geben Sie eine Zahl von 0 bis 1.000.000.000 ein.",
    );
    expect(t("validation.tooLongMax", { max: 2000 })).toBe("Bitte höchstens 2.000 Zeichen.");
  });

  it("and the English way on English pages", async () => {
    const t = await translator("en");
    expect(t("readiness.findings.workloadAbove", { needed: 5.5, granted: 4 })).toContain("(5.5 h per week)");
    expect(t("validation.range", { min: 0, max: 1_000_000_000 })).toBe(
      "Please enter a number from 0 to 1,000,000,000.",
    );
  });
});
