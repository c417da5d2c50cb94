import type { TStrategy } from "./steps";

export type TemplateKey = "youthWelfare" | "municipality" | "counsellingCentre";
type Locale = "de" | "en";

type Prefill<T> = { [K in keyof T]?: T[K] extends (infer I)[] ? Partial<Omit<I, "id">>[] : T[K] };
/**
 * Prefilled content for a new plan. List items have no ids (they get fresh ones on creation) and
 * refer to other items as "ref:<index>" (e.g. "ref:0" = the first target group).
 */
export type TemplateContent = { [K in keyof TStrategy]?: Prefill<TStrategy[K]> };

export interface StrategyTemplate {
  key: TemplateKey;
  institutionTypes: readonly string[];
  content: (locale: Locale) => TemplateContent;
}

const pick = (locale: Locale) => (de: string, en: string) => (locale === "de" ? de : en);

// Defaults only institutions can change with experience; sponsor, hours and horizon stay open on
// purpose so the readiness check asks for them.
const CAPACITY_DEFAULTS = {
  minutesPerPost: 90,
  communityMinutesPerDay: 15,
  monitoringMinutesPerWeek: 30,
  weekendCoverage: false,
  hourlyRate: 52,
  fullTimeHours: 39,
};

const youthWelfare = (locale: Locale): TemplateContent => {
  const l = pick(locale);
  return {
    start: {
      targetGroups: [
        {
          name: l("Jugendliche von 14 bis 21 Jahren", "Young people aged 14 to 21"),
          description: l(
            "Nutzen vor allem Instagram und WhatsApp; erwarten schnelle, direkte Antworten.",
            "Mainly use Instagram and WhatsApp; expect quick, direct answers.",
          ),
        },
        {
          name: l("Eltern und Sorgeberechtigte", "Parents and guardians"),
          description: l(
            "Suchen verlässliche Informationen zu Angeboten und Ansprechpersonen.",
            "Look for reliable information on services and contact persons.",
          ),
        },
      ],
    },
    goals: {
      goals: [
        {
          title: l(
            "Mehr Jugendliche finden den Weg in die Beratung",
            "More young people find their way to counselling",
          ),
          indicator: l(
            "Erstkontakte über soziale Medien pro Quartal",
            "First contacts via social media per quarter",
          ),
          baseline: 10,
          target: 30,
          unit: l("Erstkontakte", "first contacts"),
          targetGroup: "ref:0",
        },
      ],
    },
    channels: {
      channels: [
        {
          platform: "instagram",
          state: "planned",
          targetGroup: "ref:0",
          purpose: l(
            "Angebote, Ansprechpersonen und Öffnungszeiten zeigen; niedrigschwellig Fragen beantworten.",
            "Show services, contact persons and opening hours; answer questions with a low threshold.",
          ),
          postsPerWeek: 2,
        },
        {
          platform: "newsletter",
          state: "planned",
          targetGroup: "ref:1",
          purpose: l(
            "Eltern über Termine und Angebote informieren.",
            "Inform parents about dates and services.",
          ),
          postsPerWeek: 0.25,
        },
      ],
    },
    staff: CAPACITY_DEFAULTS,
    commitment: { reviewCadence: "quarterly" },
    deficits: {
      deficits: [
        {
          deficit: l(
            "Unsicherheit bei Bildrechten und Einwilligungen",
            "Uncertainty about image rights and consent",
          ),
          measure: l("Schulung und Vorlage für Einwilligungen", "Training and a consent form template"),
          priority: "high",
        },
        {
          deficit: l("Keine Netiquette für Kommentare", "No netiquette for comments"),
          measure: l(
            "Netiquette schreiben und auf dem Profil verlinken",
            "Write a netiquette and link it on the profile",
          ),
          priority: "medium",
        },
      ],
    },
  };
};

const municipality = (locale: Locale): TemplateContent => {
  const l = pick(locale);
  return {
    start: {
      targetGroups: [
        {
          name: l("Bürgerinnen und Bürger", "Residents"),
          description: l(
            "Erwarten verlässliche, aktuelle Informationen und Erreichbarkeit.",
            "Expect reliable, current information and accessibility.",
          ),
        },
        {
          name: l("Junge Erwachsene", "Young adults"),
          description: l(
            "Kaum über Amtsblatt oder Website erreichbar.",
            "Hardly reached through the official gazette or website.",
          ),
        },
      ],
    },
    goals: {
      goals: [
        {
          title: l("Serviceinformationen schneller verbreiten", "Spread service information faster"),
          indicator: l(
            "Aufrufe von Serviceinformationen pro Monat",
            "Views of service information per month",
          ),
          baseline: 2000,
          target: 5000,
          unit: l("Aufrufe", "views"),
          targetGroup: "ref:0",
        },
      ],
    },
    channels: {
      channels: [
        {
          platform: "instagram",
          state: "planned",
          targetGroup: "ref:1",
          purpose: l(
            "Serviceinformationen, Beteiligungsangebote und Einblicke in die Verwaltung.",
            "Service information, participation offers and insights into the administration.",
          ),
          postsPerWeek: 3,
          alternativeChannel: l(
            "Alle Informationen stehen zusätzlich auf der Website der Stadt.",
            "All information is also on the city website.",
          ),
          archiving: l(
            "Monatlicher Export der Beiträge in die E-Akte",
            "Monthly export of posts into the e-file",
          ),
        },
        {
          platform: "website",
          state: "active",
          targetGroup: "ref:0",
          purpose: l(
            "Verbindliche Informationsquelle für alle.",
            "Binding source of information for everyone.",
          ),
          postsPerWeek: 2,
        },
      ],
    },
    staff: CAPACITY_DEFAULTS,
    commitment: { reviewCadence: "quarterly" },
    deficits: {
      deficits: [
        {
          deficit: l("Lange Freigabewege für jeden Beitrag", "Long sign-off chains for every post"),
          measure: l(
            "Freigaberahmen mit Themen, die ohne Einzelfreigabe veröffentlicht werden dürfen",
            "An approval framework for topics that may be published without individual sign-off",
          ),
          priority: "high",
        },
        {
          deficit: l(
            "Datenschutzprüfung der Plattformen offen",
            "Data-protection assessment of the platforms open",
          ),
          measure: l(
            "Prüfung mit der oder dem Datenschutzbeauftragten",
            "Assessment with the data-protection officer",
          ),
          priority: "high",
        },
      ],
    },
  };
};

const counsellingCentre = (locale: Locale): TemplateContent => {
  const l = pick(locale);
  return {
    start: {
      targetGroups: [
        {
          name: l("Ratsuchende Erwachsene", "Adults seeking advice"),
          description: l(
            "Suchen oft anonym und abends nach Hilfe.",
            "Often look for help anonymously and in the evening.",
          ),
        },
        {
          name: l("Fachkräfte und Kooperationspartner", "Professionals and partners"),
          description: l(
            "Vermitteln Ratsuchende an die Beratungsstelle.",
            "Refer people to the counselling centre.",
          ),
        },
      ],
    },
    goals: {
      goals: [
        {
          title: l("Das Angebot bekannter machen", "Make the service better known"),
          indicator: l(
            "Anfragen, die über soziale Medien kamen, pro Monat",
            "Enquiries that came via social media per month",
          ),
          baseline: 3,
          target: 10,
          unit: l("Anfragen", "enquiries"),
          targetGroup: "ref:0",
        },
      ],
    },
    channels: {
      channels: [
        {
          platform: "instagram",
          state: "planned",
          targetGroup: "ref:0",
          purpose: l(
            "Themen der Beratung verständlich erklären und Hemmschwellen senken.",
            "Explain counselling topics clearly and lower thresholds.",
          ),
          postsPerWeek: 2,
        },
        {
          platform: "linkedin",
          state: "planned",
          targetGroup: "ref:1",
          purpose: l(
            "Fachwissen teilen und Kooperationen pflegen.",
            "Share expertise and maintain partnerships.",
          ),
          postsPerWeek: 1,
        },
      ],
    },
    staff: CAPACITY_DEFAULTS,
    commitment: { reviewCadence: "halfYearly" },
    deficits: {
      deficits: [
        {
          deficit: l(
            "Keine Regeln für Beratungsanfragen per Direktnachricht",
            "No rules for counselling requests by direct message",
          ),
          measure: l(
            "Standardantwort mit Verweis auf sichere Kontaktwege",
            "Standard reply pointing to secure contact channels",
          ),
          priority: "high",
        },
      ],
    },
  };
};

export const TEMPLATES: readonly StrategyTemplate[] = [
  {
    key: "youthWelfare",
    institutionTypes: ["YOUTH_WELFARE", "WELFARE_ORGANISATION", "ASSOCIATION"],
    content: youthWelfare,
  },
  { key: "municipality", institutionTypes: ["MUNICIPALITY", "MINISTRY", "AGENCY"], content: municipality },
  { key: "counsellingCentre", institutionTypes: ["COUNSELLING_CENTRE"], content: counsellingCentre },
];

export function templateForInstitutionType(type: string): StrategyTemplate | undefined {
  return TEMPLATES.find((template) => template.institutionTypes.includes(type));
}
