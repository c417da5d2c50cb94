import { describe, expect, it } from "vitest";
import de from "@/lib/i18n/messages/living.de.json";
import en from "@/lib/i18n/messages/living.en.json";
import { parseCheckInForm, parseDecimal } from "@/lib/living/check-in-form";

describe("the check-in form", () => {
  it("reads German and English decimals, and nothing else", () => {
    expect(parseDecimal("12")).toBe(12);
    expect(parseDecimal("12,5")).toBe(12.5);
    expect(parseDecimal("1.234,5")).toBe(1234.5);
    expect(parseDecimal("12.5")).toBe(12.5);
    expect(parseDecimal(" -3 ")).toBe(-3);
    expect(parseDecimal("")).toBeNull();
    expect(parseDecimal("zwölf")).toBeUndefined();
    expect(parseDecimal("1e9")).toBeUndefined();
  });

  it("groups values, states and notes by item and names the fields that are not numbers", () => {
    expect(
      parseCheckInForm({
        note: " Quartal 1 ",
        "value:g1": "12,5",
        "valueNote:g1": "gut",
        "value:g2": "",
        "state:d1": "done",
        "stateNote:d1": "",
      }),
    ).toEqual({
      ok: true,
      checkIn: {
        note: "Quartal 1",
        goals: [
          { itemId: "g1", value: 12.5, note: "gut" },
          { itemId: "g2", value: null, note: null },
        ],
        measures: [{ itemId: "d1", state: "done", note: null }],
      },
    });
    expect(parseCheckInForm({ "value:g1": "viele", "value:g2": "3" })).toEqual({
      ok: false,
      invalid: ["value:g1"],
    });
  });
});

function keys(value: unknown, prefix = ""): string[] {
  if (!value || typeof value !== "object") return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keys(inner, prefix ? `${prefix}.${key}` : key));
}

describe("the living plan's messages", () => {
  it("exist in German and English alike", () => {
    expect(keys(en).sort()).toEqual(keys(de).sort());
  });
});
