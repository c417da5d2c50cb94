import { describe, expect, it } from "vitest";
import { readPlanFile } from "@/lib/document/plan-json";
import { findInputProblem } from "@/lib/security/input";

describe("input PostgreSQL could not store", () => {
  it("finds NUL and half surrogate pairs in values and keys, and lets whole emoji and umlauts pass", () => {
    expect(findInputProblem(JSON.parse('{"title":"\\uffff\\udfff"}'))).toBe("invalidCharacters");
    expect(findInputProblem(JSON.parse('{"title":"a\\ud83d"}'))).toBe("invalidCharacters");
    expect(findInputProblem(JSON.parse('{"\\udfff":1}'))).toBe("invalidCharacters");
    expect(findInputProblem({ title: "x\u0000y" })).toBe("invalidCharacters");
    expect(findInputProblem({ title: "Grüße 😀 an alle" })).toBeNull();
  });

  it("refuses a plan file with such text before anything else", () => {
    expect(
      readPlanFile('{"format":"wegweiser-plan","version":1,"plan":{"title":"\\udfff"},"content":{}}'),
    ).toEqual({
      ok: false,
      error: "invalid",
      problems: [{ path: [], code: "invalidCharacters" }],
    });
  });
});
