import { describe, expect, it } from "vitest";
import { assembleStrategy } from "@/lib/strategy/content";
import { demoPlanContent } from "@/lib/strategy/demo-plan";
import { checkReadiness } from "@/lib/strategy/readiness";
import { prefillRows } from "@/lib/strategy/template-rows";
import { TEMPLATES, templateForInstitutionType } from "@/lib/strategy/templates";
import type { TemplateContent } from "@/lib/strategy/templates";

function countValues(content: TemplateContent) {
  let count = 0;
  for (const step of Object.values(content)) {
    for (const value of Object.values(step ?? {})) {
      if (Array.isArray(value))
        for (const item of value)
          count += Object.values(item as object).filter((v) => v !== null && v !== undefined).length;
      else if (value !== null && value !== undefined) count += 1;
    }
  }
  return count;
}

function build(content: TemplateContent) {
  let n = 0;
  const rows = prefillRows(content, () => `id${++n}`);
  return { rows, strategy: assembleStrategy(rows.items, rows.values) };
}

describe("templates and the demo plan", () => {
  it.each(
    TEMPLATES.flatMap(
      (t) =>
        [
          [t.key, "de"],
          [t.key, "en"],
        ] as const,
    ),
  )("template %s (%s) passes every field's validation", (key, locale) => {
    const content = TEMPLATES.find((t) => t.key === key)!.content(locale);
    const { rows } = build(content);
    expect(rows.values.length).toBe(countValues(content));
  });

  it("offers a template for youth welfare providers, municipalities and counselling centres", () => {
    expect(templateForInstitutionType("YOUTH_WELFARE")?.key).toBe("youthWelfare");
    expect(templateForInstitutionType("MUNICIPALITY")?.key).toBe("municipality");
    expect(templateForInstitutionType("COUNSELLING_CENTRE")?.key).toBe("counsellingCentre");
  });

  it("leaves decisions only the institution can make open, so the check still asks for them", () => {
    for (const template of TEMPLATES) {
      const { strategy } = build(template.content("de"));
      const result = checkReadiness(strategy, { isPublicBody: template.key === "municipality" });
      expect(result.canSubmit, template.key).toBe(false);
      expect(result.blockers.map((b) => b.code)).toEqual(
        expect.arrayContaining(["noSponsor", "noTimeFreed", "noHorizon"]),
      );
    }
  });

  it("resolves references to the right items", () => {
    const { strategy } = build(demoPlanContent());
    const [youth, parents] = strategy.start.targetGroups;
    expect(strategy.goals.goals[0]?.targetGroup).toBe(youth?.id);
    expect(strategy.goals.goals[1]?.targetGroup).toBe(parents?.id);
    const [eva, jonas] = strategy.staff.people;
    expect(eva?.coveredBy).toBe(jonas?.id);
    expect(jonas?.coveredBy).toBe(eva?.id);
  });

  it("the demo plan is complete and passes the readiness check", () => {
    const content = demoPlanContent();
    const { rows, strategy } = build(content);
    expect(rows.values.length).toBe(countValues(content));
    const result = checkReadiness(strategy, { isPublicBody: false });
    expect(result.blockers).toEqual([]);
    expect(result.canSubmit).toBe(true);
    expect(result.criteria.every((c) => c.grade === "complete")).toBe(true);
  });

  it("drops values that do not fit the structure instead of storing them", () => {
    const { rows } = build({
      start: { mission: "x".repeat(5000), targetGroups: [{ name: "Gruppe" }] },
      goals: { goals: [{ title: "Z", targetGroup: "ref:7" }] },
    });
    expect(rows.values.map((v) => v.key.split(".").at(-1))).toEqual(["name", "title"]);
  });
});
