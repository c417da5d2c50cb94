import { describe, expect, it } from "vitest";
import { orderByDots, timeboxRemaining } from "@/lib/workshop/rules";

describe("orderByDots", () => {
  it("puts the most dots first and keeps the old order among equals", () => {
    expect(orderByDots(["a", "b", "c", "d", "e"], { c: 3, b: 1, e: 1, d: 3 })).toEqual([
      "c",
      "d",
      "b",
      "e",
      "a",
    ]);
  });

  it("leaves a list nobody voted on as it was", () => {
    expect(orderByDots(["x", "y", "z"], {})).toEqual(["x", "y", "z"]);
  });
});

describe("timeboxRemaining", () => {
  it("counts down to the end while running, and not below zero", () => {
    expect(timeboxRemaining({ endsAt: 10_000, remainingMs: null }, 4_000)).toBe(6_000);
    expect(timeboxRemaining({ endsAt: 10_000, remainingMs: null }, 12_000)).toBe(0);
  });

  it("stands still while paused, and is nothing once ended", () => {
    expect(timeboxRemaining({ endsAt: null, remainingMs: 90_000 }, 1_000_000)).toBe(90_000);
    expect(timeboxRemaining({ endsAt: null, remainingMs: null }, 0)).toBeNull();
  });
});
