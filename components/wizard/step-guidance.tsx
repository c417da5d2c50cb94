import { Lightbulb } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { StepKey } from "@/lib/strategy/steps";
import { templateForInstitutionType } from "@/lib/strategy/templates";

/**
 * Why the step matters, an example and the sector's pitfalls; folded away with one click. The
 * example is one from the institution's own field where there is one (a town hall reads about a
 * town hall, ministries and agencies about a state agency, a counselling centre about a counselling
 * centre), else the youth welfare one. Where the general "why" or a pitfall speaks of clients or
 * parents' evenings, public bodies read their own wording instead.
 */
export async function StepGuidance({ step, institutionType }: { step: StepKey; institutionType: string }) {
  const t = await getTranslations(`strategy.steps.${step}`);
  const tw = await getTranslations("wizard.guidance");
  const template = templateForInstitutionType(institutionType)?.key;
  // The institution's own wording where there is one: `<what>ByTemplate.<template>[.<index>]`.
  const own = (what: string, general: string, index?: number) => {
    const ownKey = template && `${what}ByTemplate.${template}${index === undefined ? "" : `.${index}`}`;
    return t(ownKey && t.has(ownKey) ? ownKey : general);
  };
  const example = own("examples", "example");
  // Each pitfall goes through t(), by position: precompiled catalogues keep a message's text only
  // in compiled form, and next-intl refuses t.raw() on them (in development; production let it pass).
  const pitfalls: string[] = [];
  for (let index = 0; t.has(`pitfalls.${index}`); index++)
    pitfalls.push(own("pitfalls", `pitfalls.${index}`, index));
  return (
    <details
      open
      data-testid="step-guidance"
      className="group border-brand-100 bg-brand-50 rounded-lg border p-4 text-sm text-slate-800"
    >
      <summary className="text-brand-900 flex cursor-pointer items-center gap-2 font-semibold">
        <Lightbulb className="size-4" aria-hidden="true" />
        {tw("title")}
      </summary>
      <div className="mt-3 space-y-3">
        <p>{own("why", "why")}</p>
        <div>
          <h3 className="font-semibold">{tw("example")}</h3>
          <p>{example}</p>
        </div>
        <div>
          <h3 className="font-semibold">{tw("pitfalls")}</h3>
          <ul className="list-disc space-y-1 pl-5">
            {pitfalls.map((pitfall) => (
              <li key={pitfall}>{pitfall}</li>
            ))}
          </ul>
        </div>
      </div>
    </details>
  );
}
