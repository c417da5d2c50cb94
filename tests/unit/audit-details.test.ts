import { createFormatter, createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { describeAuditDetails } from "@/lib/audit/details";
import { TIME_ZONE } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/catalogue";

async function describeIn(locale: "de" | "en", details: unknown) {
  const t = createTranslator({ locale, messages: await loadMessages(locale) });
  const format = createFormatter({ locale, timeZone: TIME_ZONE });
  return describeAuditDetails(details, t as never, (date) =>
    format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }),
  )
    .map(({ label, value }) => `${label}: ${value}`)
    .join(" · ");
}

describe("an audit entry's details", () => {
  it("read as German, with roles, editions, languages and times by name and no internal ids", async () => {
    expect(
      await describeIn("de", {
        planId: "cmx2vh0000",
        planTitle: "Strategie 2027",
        version: "draft",
        language: "en",
        expiresAt: "2026-11-30T14:25:39.696Z",
      }),
    ).toBe(
      "Plan: Strategie 2027 · Fassung: aktueller Entwurf · Sprache: Englisch (English) · gültig bis: 30.11.2026, 15:25",
    );
    // In the order a reader expects, not in the order PostgreSQL's jsonb stores the keys.
    expect(await describeIn("de", { note: "Bitte ergänzen", stage: "Datenschutz", title: "Plan A" })).toBe(
      "Plan: Plan A · Stufe: Datenschutz · Anmerkung: Bitte ergänzen",
    );
    expect(await describeIn("de", { to: "APPROVER", from: "EDITOR" })).toBe(
      "bisher: Redaktion · neu: Leitung (Freigabe)",
    );
    // A corrected institution: its old and new name, and its type by name.
    expect(
      await describeIn("de", {
        typeTo: "MUNICIPALITY",
        nameTo: "Jugendamt",
        typeFrom: "ASSOCIATION",
        nameFrom: "Verein",
      }),
    ).toBe("Name bisher: Verein · Name neu: Jugendamt · Art bisher: Verein · Art neu: Kommune");
    expect(await describeIn("de", { title: "Plan A", template: "youthWelfare" })).toBe(
      "Plan: Plan A · Vorlage: Träger der Kinder- und Jugendhilfe",
    );
    expect(await describeIn("de", { title: "Plan A", stage: "Leitung", note: null })).toBe(
      "Plan: Plan A · Stufe: Leitung",
    );
    expect(await describeIn("de", { list: "deficits.deficits", dots: { a: 3, b: 2 } })).toBe(
      "Liste: Defizite · Punkte: 5",
    );
    expect(await describeIn("de", { planTitle: "Plan A", expiresAt: null })).toBe(
      "Plan: Plan A · gültig bis: unbefristet",
    );
  });

  it("read as English on English pages, and keep keys they do not know", async () => {
    expect(await describeIn("en", { number: 2, role: "VIEWER", somethingNew: "x" })).toBe(
      "Role: Viewer · Document: Version 2 · somethingNew: x",
    );
  });
});
