import { describe, expect, it } from "vitest";
import de from "@/lib/i18n/messages/strategy.de.json";
import en from "@/lib/i18n/messages/strategy.en.json";
import { TEMPLATES } from "@/lib/strategy/templates";

type Step = {
  why: string;
  pitfalls: string[];
  whyByTemplate?: Record<string, string>;
  examplesByTemplate?: Record<string, string>;
  pitfallsByTemplate?: Record<string, Record<string, string>>;
};
const steps = (catalogue: unknown) =>
  (catalogue as { strategy: { steps: Record<string, Step> } }).strategy.steps;

/** Every institution-specific text as "<step>.<kind>.<template>[.<index>]". */
function overrideKeys(catalogue: unknown) {
  const keys: string[] = [];
  for (const [step, texts] of Object.entries(steps(catalogue))) {
    for (const kind of ["whyByTemplate", "examplesByTemplate"] as const)
      for (const template of Object.keys(texts[kind] ?? {})) keys.push(`${step}.${kind}.${template}`);
    for (const [template, byIndex] of Object.entries(texts.pitfallsByTemplate ?? {}))
      for (const index of Object.keys(byIndex)) keys.push(`${step}.pitfallsByTemplate.${template}.${index}`);
  }
  return keys.sort();
}

describe("the guidance written for one kind of institution", () => {
  it("exists in German and English alike, for templates that exist", () => {
    expect(overrideKeys(en)).toEqual(overrideKeys(de));
    const templates = new Set(TEMPLATES.map((template) => template.key));
    for (const key of overrideKeys(de)) expect(templates, key).toContain(key.split(".")[2]);
  });

  it("replaces a pitfall the general list has, in both languages", () => {
    for (const catalogue of [de, en])
      for (const [step, texts] of Object.entries(steps(catalogue)))
        for (const [template, byIndex] of Object.entries(texts.pitfallsByTemplate ?? {}))
          for (const [index, text] of Object.entries(byIndex)) {
            const general = texts.pitfalls[Number(index)];
            expect(general, `${step} ${template} ${index}`).toBeDefined();
            expect(text, `${step} ${template} ${index}`).not.toBe(general);
          }
  });
});
