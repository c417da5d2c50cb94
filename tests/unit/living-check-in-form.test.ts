import { describe, expect, it } from "vitest";
import de from "@/lib/i18n/messages/living.de.json";
import en from "@/lib/i18n/messages/living.en.json";
import { parseCheckInForm } from "@/lib/living/check-in-form";

describe("the check-in form", () => {
  it("groups values, states and notes by item and names the fields that are not numbers", () => {
    expect(
      parseCheckInForm(
        {
          note: " Quartal 1 ",
          "value:g1": "12,5",
          "valueNote:g1": "gut",
          "value:g2": "",
          "state:d1": "done",
          "stateNote:d1": "",
        },
        "de",
      ),
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
    expect(parseCheckInForm({ "value:g1": "viele", "value:g2": "3" }, "de")).toEqual({
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
