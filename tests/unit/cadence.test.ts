import { describe, expect, it } from "vitest";
import { slowCadence } from "@/lib/strategy/cadence";

describe("slowCadence", () => {
  it("reads a cadence under once a week per month, rounded as people plan", () => {
    expect(slowCadence(0.25)).toEqual({ per: "month", count: 1 });
    expect(slowCadence(0.5)).toEqual({ per: "month", count: 2 });
    expect(slowCadence(0.75)).toEqual({ per: "month", count: 3 });
  });

  it("reads a cadence under once a month per year", () => {
    expect(slowCadence(0.1)).toEqual({ per: "year", count: 5 });
    expect(slowCadence(1 / 13)).toEqual({ per: "year", count: 4 });
    expect(slowCadence(0.001)).toEqual({ per: "year", count: 1 });
  });

  it("leaves weekly cadences and none as they are", () => {
    expect(slowCadence(1)).toBeNull();
    expect(slowCadence(2.5)).toBeNull();
    expect(slowCadence(0)).toBeNull();
  });
});
