import { describe, expect, it } from "vitest";
import { fieldIssue } from "@/lib/strategy/field-check";
import { fieldSchema } from "@/lib/strategy/field-schema";
import type { FieldDef, ListDef } from "@/lib/strategy/fields";
import { STEPS, STEP_KEYS } from "@/lib/strategy/steps";

/** Every field of the strategy, named by step, list and field. */
const FIELDS: [string, FieldDef][] = STEP_KEYS.flatMap((step) => [
  ...Object.entries(STEPS[step].fields as Record<string, FieldDef>).map(
    ([name, def]) => [`${step}.${name}`, def] as [string, FieldDef],
  ),
  ...Object.entries(STEPS[step].lists as Record<string, ListDef>).flatMap(([list, listDef]) =>
    Object.entries(listDef.fields).map(
      ([name, def]) => [`${step}.${list}.${name}`, def] as [string, FieldDef],
    ),
  ),
]);

/** Values a person could type or a client could send, around each field's limits. */
function examples(def: FieldDef): unknown[] {
  const common = [null, undefined, "", "  ", 0, 1, -1, true, false, [], {}, "12", "ja"];
  const max = def.max ?? 10;
  const min = def.min ?? 0;
  switch (def.kind) {
    case "text":
    case "textarea":
    case "ref":
      return [
        ...common,
        "  Wir helfen.  ",
        "x".repeat(max),
        "x".repeat(max + 1),
        ` ${"x".repeat(max - 1)} `,
        "😀".repeat(max),
        "😀".repeat(max + 1),
        `${"x".repeat(max - 1)}😀`,
      ];
    case "number":
      return [
        ...common,
        min,
        max,
        min - 1,
        max + 1,
        min - 0.5,
        max + 0.5,
        (min + max) / 2,
        min + 0.25,
        Number.NaN,
        Infinity,
        -Infinity,
      ];
    case "date":
      return [
        ...common,
        "2027-06-30",
        "2024-02-29",
        "2023-02-29",
        "2000-02-29",
        "1900-02-29",
        "2027-04-31",
        "2027-12-31",
        "2027-13-01",
        "2027-00-10",
        "2027-01-00",
        "2027-1-1",
        "30.06.2027",
        " 2027-06-30",
        "2027-06-30T00:00",
      ];
    case "select":
      return [...common, ...(def.options ?? []), "myspace", "Instagram"];
    case "checkbox":
      return common;
  }
}

function zodIssue(def: FieldDef, value: unknown) {
  const parsed = fieldSchema(def).safeParse(value);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? "invalid");
}

describe("the wizard's check in the browser", () => {
  it.each(FIELDS)("%s: finds the same problem as the server's schema, for every example", (_key, def) => {
    for (const value of examples(def))
      expect({ value, issue: fieldIssue(def, value) }).toEqual({ value, issue: zodIssue(def, value) });
  });

  it("names the problems the wizard explains to the user", () => {
    const goal = STEPS.goals.lists.goals.fields;
    expect(fieldIssue(goal.title, "x".repeat(201))).toBe("tooLong");
    expect(fieldIssue(goal.target, -1)).toBe("tooSmall");
    expect(fieldIssue(goal.target, 1_000_000_001)).toBe("tooLarge");
    expect(fieldIssue(STEPS.staff.fields.minutesPerPost, 7.5)).toBe("integer");
    expect(fieldIssue(goal.target, Number.NaN)).toBe("number");
    expect(fieldIssue(goal.dueDate, "2027-02-30")).toBe("date");
    expect(fieldIssue(STEPS.channels.lists.channels.fields.platform, "myspace")).toBe("choice");
    expect(fieldIssue(goal.title, "  Mehr Anfragen  ")).toBeNull();
    expect(fieldIssue(goal.target, null)).toBeNull();
  });
});
