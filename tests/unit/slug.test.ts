import { describe, expect, it } from "vitest";
import { slugify, transliterate } from "@/lib/access/slug";

describe("slugify", () => {
  it("turns German institution names into readable URL parts", () => {
    expect(slugify("Stadt Köln – Jugendamt")).toBe("stadt-koeln-jugendamt");
    expect(slugify("Straßensozialarbeit Süd e.V.")).toBe("strassensozialarbeit-sued-e-v");
  });

  it("never returns an empty slug", () => {
    expect(slugify("!!!")).toBe("einrichtung");
    expect(slugify("")).toBe("einrichtung");
  });

  it("keeps slugs short and without trailing dashes", () => {
    const slug = slugify("Ein sehr langer Name einer Einrichtung, die viele Aufgaben hat und noch mehr");
    expect(slug.length).toBeLessThanOrEqual(48);
    expect(slug.endsWith("-")).toBe(false);
  });
});

describe("transliterate", () => {
  it("writes German letters out, keeping their case, and drops other accents", () => {
    expect(transliterate("Größe Übersicht für Köln")).toBe("Groesse Uebersicht fuer Koeln");
    expect(transliterate("Café Łódź")).toBe("Cafe Łodz");
  });
});
