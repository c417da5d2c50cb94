import type { TStrategy } from "../steps";

export type TemplateKey =
  "youthWelfare" | "welfareOrganisation" | "counsellingCentre" | "municipality" | "publicAuthority";
export type TemplateLocale = "de" | "en";

/**
 * A list item as a template gives it: any fields, never an id. Ids are assigned when the plan is
 * created. A reference to another item (goal.targetGroup, channel.targetGroup, person.coveredBy)
 * is written "ref:<index>", the item's position in the referenced list ("ref:0" = the first target
 * group); the creator (`prefillRows` in ../template-rows) resolves it to that item's new id.
 */
export type TemplateItem<Item> = Partial<Omit<Item, "id">>;
type TemplateStep<Values> = {
  [K in keyof Values]?: Values[K] extends readonly (infer Item)[] ? TemplateItem<Item>[] : Values[K];
};
/** Prefilled content for a new plan: any step, any field; lists as items without ids. */
export type TemplateContent = { [K in keyof TStrategy]?: TemplateStep<TStrategy[K]> };

export interface StrategyTemplate {
  key: TemplateKey;
  /** Values of the Prisma enum InstitutionType this template is offered for by default. */
  institutionTypes: readonly string[];
  content: (locale: TemplateLocale) => TemplateContent;
}

/*
 * Templates prefill examples and defaults, never decisions only the institution can make: the
 * mission, the sponsor, hours per person, relief, the horizon, budget, owners and dates stay empty,
 * so the readiness check keeps asking for them.
 */

export const pick = (locale: TemplateLocale) => (de: string, en: string) => (locale === "de" ? de : en);

/** Capacity defaults from practice; the hourly rate approximates employer cost under TVöD / TV SuE. */
export function capacity(hourlyRate: number) {
  return {
    minutesPerPost: 90,
    communityMinutesPerDay: 15,
    monitoringMinutesPerWeek: 30,
    weekendCoverage: false,
    hourlyRate,
    fullTimeHours: 39,
  } satisfies TemplateContent["staff"];
}

/** Gaps almost every institution has when it starts; each template adds its own. */
export function commonDeficits(
  l: ReturnType<typeof pick>,
): TemplateItem<TStrategy["deficits"]["deficits"][number]>[] {
  return [
    {
      deficit: l("Keine Netiquette und keine Moderationsregeln", "No netiquette and no moderation rules"),
      measure: l(
        "Netiquette schreiben und im Profil verlinken; festlegen, wann Kommentare beantwortet, verborgen oder gelöscht werden und wie das dokumentiert wird.",
        "Write a netiquette and link it in the profile; decide when comments are answered, hidden or deleted, and how this is documented.",
      ),
      priority: "high",
    },
    {
      deficit: l("Wenig Übung mit barrierefreien Beiträgen", "Little practice with accessible posts"),
      measure: l(
        "Checkliste für Alternativtexte, Untertitel, Kontraste und einfache Sprache; kurze Einführung für alle, die Beiträge schreiben.",
        "Checklist for alt text, captions, contrast and plain language; a short introduction for everyone who writes posts.",
      ),
      priority: "medium",
    },
  ];
}

/** Public bodies must assess each platform before using it (joint controllership, the DSK's view). */
export function dataProtectionDeficit(
  l: ReturnType<typeof pick>,
): TemplateItem<TStrategy["deficits"]["deficits"][number]> {
  return {
    deficit: l(
      "Datenschutzrechtliche Prüfung der Plattformen steht noch aus",
      "Data-protection assessment of the platforms still outstanding",
    ),
    measure: l(
      "Bewertung je Kanal mit der oder dem Datenschutzbeauftragten, gemeinsame Verantwortlichkeit nach Art. 26 DSGVO und die Position der Datenschutzkonferenz berücksichtigen, Ergebnis dokumentieren.",
      "Assess each channel with the data-protection officer, considering joint controllership under Art. 26 GDPR and the position of the German data-protection conference (DSK); document the result.",
    ),
    priority: "high",
  };
}

/** In public administration the staff council has a say in how staff use social media at work. */
export function staffCouncilCriterion(
  l: ReturnType<typeof pick>,
): TemplateItem<TStrategy["readiness"]["ownCriteria"][number]> {
  return {
    title: l("Der Personalrat ist beteiligt", "The staff council is involved"),
    description: l(
      "Eine Dienstvereinbarung oder Regelung zur dienstlichen Nutzung sozialer Medien ist abgestimmt.",
      "A service agreement or rules on the official use of social media have been agreed.",
    ),
  };
}
