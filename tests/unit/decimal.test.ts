import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDecimalInput, parseDecimal } from "@/lib/i18n/decimal";

describe("numbers as people type them", () => {
  it("reads German numbers, thousands separators included", () => {
    expect(parseDecimal("12", "de")).toBe(12);
    expect(parseDecimal("12,5", "de")).toBe(12.5);
    expect(parseDecimal("5.000", "de")).toBe(5000);
    expect(parseDecimal("12.000", "de")).toBe(12000);
    expect(parseDecimal("1.234.567", "de")).toBe(1234567);
    expect(parseDecimal("1.234,5", "de")).toBe(1234.5);
    expect(parseDecimal("5 000", "de")).toBe(5000);
    expect(parseDecimal(" -3 ", "de")).toBe(-3);
  });

  it("reads English numbers, thousands separators included", () => {
    expect(parseDecimal("12.5", "en")).toBe(12.5);
    expect(parseDecimal("5,000", "en")).toBe(5000);
    expect(parseDecimal("1,234,567", "en")).toBe(1234567);
    expect(parseDecimal("1,234.5", "en")).toBe(1234.5);
  });

  it("takes the other language's decimal mark where it cannot be a thousands separator", () => {
    expect(parseDecimal("0.25", "de")).toBe(0.25);
    expect(parseDecimal("12.5", "de")).toBe(12.5);
    expect(parseDecimal("0,25", "en")).toBe(0.25);
    expect(parseDecimal("1,234.5", "de")).toBe(1234.5);
    expect(parseDecimal("1.234,5", "en")).toBe(1234.5);
    // Three digits after the language's own decimal mark stay decimals.
    expect(parseDecimal("1,234", "de")).toBe(1.234);
    expect(parseDecimal("1.234", "en")).toBe(1.234);
    expect(parseDecimal("0.250", "de")).toBe(0.25);
  });

  it("says no value for an empty field and refuses anything else", () => {
    expect(parseDecimal("", "de")).toBeNull();
    expect(parseDecimal("  ", "en")).toBeNull();
    for (const text of ["zwölf", "1e9", "12,", "1.2.3", "12,34,5", "1.23,4", "--1", "12 €", ","])
      expect(parseDecimal(text, "de"), text).toBeUndefined();
  });

  it("reads back every number it writes into a field, in both languages", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e9, noNaN: true }).map((n) => Math.round(n * 1000) / 1000),
        fc.constantFrom("de" as const, "en" as const),
        (value, locale) => parseDecimal(formatDecimalInput(value, locale), locale) === value,
      ),
    );
    expect(formatDecimalInput(0.25, "de")).toBe("0,25");
    expect(formatDecimalInput(0.25, "en")).toBe("0.25");
  });
});
