import { describe, expect, it } from "vitest";
import { INSTITUTION_TYPES } from "@/lib/institution-types";
import { estimateCapacity } from "@/lib/strategy/capacity";
import { assembleStrategy } from "@/lib/strategy/content";
import { demoPlanContent } from "@/lib/strategy/demo-plan";
import { fieldSchema } from "@/lib/strategy/field-schema";
import type { FieldDef, ListDef } from "@/lib/strategy/fields";
import { checkReadiness } from "@/lib/strategy/readiness";
import { STEPS, STEP_KEYS, PUBLIC_BODY_TYPES } from "@/lib/strategy/steps";
import { prefillRows } from "@/lib/strategy/template-rows";
import { TEMPLATES, templateForInstitutionType, type TemplateContent } from "@/lib/strategy/templates";

type Raw = Record<string, unknown>;
const REF = /^ref:(\d+)$/;

const fieldsOf = (step: (typeof STEP_KEYS)[number]) => STEPS[step].fields as Record<string, FieldDef>;
const listsOf = (step: (typeof STEP_KEYS)[number]) => STEPS[step].lists as Record<string, ListDef>;

/**
 * Every problem of a content against the structure in steps.ts: unknown keys, values their field's
 * schema refuses or would change (a blank text turns into null), ids in list items, and references
 * that are not "ref:<index>" of an existing, different item of the field's refList.
 */
function problems(content: TemplateContent): string[] {
  const found: string[] = [];
  const raw = content as Record<string, Raw | undefined>;
  const lengthOf = (refList: string) => {
    const [step, list] = refList.split(".");
    const items = step ? raw[step]?.[list ?? ""] : undefined;
    return Array.isArray(items) ? items.length : 0;
  };
  const check = (where: string, def: FieldDef, value: unknown, ownList?: string, ownIndex?: number) => {
    if (value === undefined) return;
    if (def.kind === "ref" && value !== null) {
      const match = typeof value === "string" ? REF.exec(value) : null;
      const index = Number(match?.[1]);
      if (!match || !def.refList || index >= lengthOf(def.refList))
        found.push(`${where}: dangling ${String(value)}`);
      else if (def.refList === ownList && index === ownIndex) found.push(`${where}: refers to itself`);
      return;
    }
    const parsed = fieldSchema(def).safeParse(value);
    if (!parsed.success) found.push(`${where}: ${parsed.error.issues.map((i) => i.message).join(", ")}`);
    else if (parsed.data !== value) found.push(`${where}: would be stored as ${JSON.stringify(parsed.data)}`);
  };
  for (const [step, values] of Object.entries(raw)) {
    if (!STEP_KEYS.includes(step as (typeof STEP_KEYS)[number])) {
      found.push(`unknown step ${step}`);
      continue;
    }
    const fields = fieldsOf(step as (typeof STEP_KEYS)[number]);
    const lists = listsOf(step as (typeof STEP_KEYS)[number]);
    for (const [key, value] of Object.entries(values ?? {})) {
      const list = lists[key];
      const field = fields[key];
      if (field) check(`${step}.${key}`, field, value);
      else if (!list) found.push(`unknown field ${step}.${key}`);
      else if (!Array.isArray(value)) found.push(`${step}.${key} is not a list`);
      else {
        if (value.length > list.maxItems) found.push(`${step}.${key}: more than ${list.maxItems} items`);
        value.forEach((item: Raw, index) => {
          for (const [itemKey, itemValue] of Object.entries(item)) {
            const def = list.fields[itemKey];
            if (def) check(`${step}.${key}[${index}].${itemKey}`, def, itemValue, `${step}.${key}`, index);
            else found.push(`unknown field ${step}.${key}[${index}].${itemKey}`);
          }
        });
      }
    }
  }
  return found;
}

function build(content: TemplateContent) {
  let n = 0;
  const rows = prefillRows(content, () => `id${++n}`);
  return { rows, strategy: assembleStrategy(rows.items, rows.values) };
}

function countValues(content: TemplateContent) {
  let count = 0;
  for (const values of Object.values(content as Record<string, Raw>)) {
    for (const value of Object.values(values)) {
      if (Array.isArray(value))
        for (const item of value as Raw[]) count += Object.values(item).filter((v) => v != null).length;
      else if (value != null) count += 1;
    }
  }
  return count;
}

const contents = [
  ...TEMPLATES.flatMap((t) =>
    (["de", "en"] as const).map((locale) => [`${t.key} (${locale})`, t.content(locale)] as const),
  ),
  ["demo plan", demoPlanContent()] as const,
];

describe("templates and the demo plan", () => {
  it.each(contents)("%s passes every field's schema and its references resolve", (_name, content) => {
    expect(problems(content)).toEqual([]);
    // Nothing is dropped on the way into a plan: every value given becomes a stored value.
    expect(build(content).rows.values.length).toBe(countValues(content));
  });

  it("the check itself finds bad values and dangling references", () => {
    const bad = {
      start: { mission: "x".repeat(5000), targetGroups: [{ name: "Gruppe" }] },
      goals: { goals: [{ title: " ", targetGroup: "ref:1" }] },
      staff: { people: [{ name: "Eva", coveredBy: "ref:0" }] },
    } satisfies TemplateContent;
    expect(problems(bad)).toEqual([
      "start.mission: tooLong",
      "goals.goals[0].title: would be stored as null",
      "goals.goals[0].targetGroup: dangling ref:1",
      "staff.people[0].coveredBy: refers to itself",
    ]);
  });

  it("offers a template for every institution type except 'other', each type to exactly one", () => {
    expect(templateForInstitutionType("YOUTH_WELFARE")?.key).toBe("youthWelfare");
    expect(templateForInstitutionType("WELFARE_ORGANISATION")?.key).toBe("welfareOrganisation");
    expect(templateForInstitutionType("COUNSELLING_CENTRE")?.key).toBe("counsellingCentre");
    expect(templateForInstitutionType("MUNICIPALITY")?.key).toBe("municipality");
    // A ministry or agency speaks to professionals, the press and applicants, not across a counter.
    expect(templateForInstitutionType("MINISTRY")?.key).toBe("publicAuthority");
    expect(templateForInstitutionType("AGENCY")?.key).toBe("publicAuthority");
    for (const template of TEMPLATES) {
      for (const type of template.institutionTypes) {
        expect(INSTITUTION_TYPES).toContain(type);
        expect(templateForInstitutionType(type)?.key, type).toBe(template.key);
      }
    }
    const covered = INSTITUTION_TYPES.filter((type) => templateForInstitutionType(type));
    expect(covered.toSorted()).toEqual(INSTITUTION_TYPES.filter((type) => type !== "OTHER").toSorted());
    expect(new Set(TEMPLATES.map((t) => t.key)).size).toBe(TEMPLATES.length);
  });

  it("templates in both languages have the same shape", () => {
    const shape = (content: TemplateContent) =>
      JSON.stringify(content, (_key, value: unknown) =>
        typeof value === "string" && !REF.test(value) ? "" : value,
      );
    for (const template of TEMPLATES)
      expect(shape(template.content("en"))).toBe(shape(template.content("de")));
  });

  it("templates leave decisions only the institution can make open, so the check still asks for them", () => {
    for (const template of TEMPLATES) {
      const content = template.content("de");
      expect(content.backing?.sponsorName ?? null, template.key).toBeNull();
      expect(content.commitment?.horizonMonths ?? null, template.key).toBeNull();
      expect(content.staff?.people ?? [], template.key).toEqual([]);
      const { strategy } = build(content);
      const isPublicBody = template.institutionTypes.some((type) => PUBLIC_BODY_TYPES.includes(type));
      const result = checkReadiness(strategy, { isPublicBody });
      expect(result.canSubmit, template.key).toBe(false);
      expect(result.blockers.map((b) => b.code)).toEqual(
        expect.arrayContaining(["noSponsor", "noTimeFreed", "noHorizon"]),
      );
      // …but examples and defaults are there: target groups, a measurable goal, channels, capacity.
      expect(strategy.start.targetGroups.length).toBeGreaterThan(0);
      expect(strategy.goals.goals.some((g) => g.indicator && g.target !== null && g.targetGroup)).toBe(true);
      expect(strategy.channels.channels.every((c) => c.purpose && c.postsPerWeek !== null)).toBe(true);
      expect(strategy.staff.fullTimeHours).toBe(39);
    }
  });

  it("the demo plan answers every field of every step", () => {
    const { strategy } = build(demoPlanContent());
    const open: string[] = [];
    for (const step of STEP_KEYS) {
      const values = strategy[step] as Raw;
      for (const field of Object.keys(fieldsOf(step)))
        if (values[field] === null) open.push(`${step}.${field}`);
      for (const [list, def] of Object.entries(listsOf(step))) {
        const items = values[list] as Raw[];
        if (items.length === 0) open.push(`${step}.${list}`);
        items.forEach((item, index) => {
          for (const field of Object.keys(def.fields))
            if (item[field] === null) open.push(`${step}.${list}[${index}].${field}`);
        });
      }
    }
    expect(open).toEqual([]);
  });

  it("the demo plan resolves references to the right items", () => {
    const { strategy } = build(demoPlanContent());
    const [youth, parents, professionals] = strategy.start.targetGroups;
    expect(strategy.goals.goals.map((g) => g.targetGroup)).toEqual([youth?.id, parents?.id]);
    expect(strategy.channels.channels.map((c) => c.targetGroup)).toContain(professionals?.id);
    const [eva, jonas, lena] = strategy.staff.people;
    expect(eva?.coveredBy).toBe(jonas?.id);
    expect(jonas?.coveredBy).toBe(eva?.id);
    expect(lena?.coveredBy).toBe(eva?.id);
  });

  it("the demo plan passes the readiness check without blockers or warnings", () => {
    const { strategy } = build(demoPlanContent());
    for (const isPublicBody of [false, true]) {
      const result = checkReadiness(strategy, { isPublicBody });
      expect(result.blockers).toEqual([]);
      expect(result.warnings).toEqual([]);
      expect(result.canSubmit).toBe(true);
      expect(result.criteria.every((c) => c.grade === "complete")).toBe(true);
      expect(result.score).toBe(100);
    }
  });

  it("the demo plan's workload fits the hours granted, spread over several people", () => {
    const { strategy } = build(demoPlanContent());
    const capacity = estimateCapacity(strategy);
    expect(capacity.workload.total).toBeGreaterThan(0);
    expect(capacity.workload.total).toBeLessThan(capacity.grantedHours);
    expect(capacity.status).toBe("fits");
    expect(capacity.singlePointOfFailure).toBe(false);
    expect(capacity.uncoveredPeople).toEqual([]);
    const relieved = strategy.staff.people.filter((p) => (p.hoursPerWeek ?? 0) > 0 && p.relievedOf);
    expect(relieved.length).toBeGreaterThanOrEqual(2);
    expect(strategy.backing.leadershipBacking).toBe("full");
    expect(strategy.commitment.horizonMonths).toBe(24);
    expect(strategy.commitment.reviewCadence).toBe("quarterly");
  });

  it("the demo plan's dates fall in 2027", () => {
    const dates = JSON.stringify(demoPlanContent()).match(/\d{4}-\d{2}-\d{2}/g) ?? [];
    expect(dates.length).toBeGreaterThan(10);
    expect(dates.filter((d) => !d.startsWith("2027-"))).toEqual([]);
  });
});
