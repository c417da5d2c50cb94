import { pick, capacity, commonDeficits, type TemplateContent, type TemplateLocale } from "./shared";

export const youthWelfare = (locale: TemplateLocale): TemplateContent => {
  const l = pick(locale);
  return {
    start: {
      targetGroups: [
        {
          name: l("Jugendliche von 14 bis 21 Jahren", "Young people aged 14 to 21"),
          description: l(
            "Nutzen vor allem Instagram, WhatsApp und TikTok; erwarten schnelle, direkte und ehrliche Antworten und sprechen Probleme selten von sich aus an.",
            "Mainly use Instagram, WhatsApp and TikTok; expect quick, direct and honest answers and rarely raise problems on their own.",
          ),
          reachedHow: l(
            "Persönlich in Jugendzentren, Schulen und bei Veranstaltungen.",
            "In person at youth centres, schools and events.",
          ),
        },
        {
          name: l("Eltern und Sorgeberechtigte", "Parents and guardians"),
          description: l(
            "Suchen verlässliche Informationen zu Angeboten, Anmeldung und Ansprechpersonen, meist auf dem Smartphone; ein Teil spricht wenig Deutsch.",
            "Look for reliable information on services, registration and contact persons, mostly on a smartphone; some speak little German.",
          ),
          reachedHow: l("Elternabende, Aushänge, Website.", "Parents' evenings, notices, website."),
        },
        {
          name: l("Fachkräfte und Nachwuchs", "Professionals and new talent"),
          description: l(
            "Studierende der Sozialen Arbeit, Erzieherinnen und Erzieher, Quereinsteigende: künftige Kolleginnen und Kollegen, die sich online über Arbeitgeber informieren.",
            "Social work students, educators, career changers: future colleagues who look up employers online.",
          ),
          reachedHow: l(
            "Stellenanzeigen, Praxissemester, Kontakte zu Hochschulen.",
            "Job ads, placements, contacts with universities.",
          ),
        },
      ],
    },
    goals: {
      goals: [
        {
          title: l(
            "Mehr Jugendliche finden den Weg in unsere Angebote",
            "More young people find their way to our services",
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
        {
          title: l("Offene Stellen schneller besetzen", "Fill vacancies faster"),
          indicator: l(
            "Bewerbungen pro Jahr, die soziale Medien oder die Website als Quelle nennen",
            "Applications per year naming social media or the website as their source",
          ),
          baseline: 5,
          target: 15,
          unit: l("Bewerbungen", "applications"),
          targetGroup: "ref:2",
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
            "Angebote, Öffnungszeiten und Ansprechpersonen zeigen, Einblicke in den Alltag geben, einfache Fragen beantworten. Keine Einzelfallberatung per Direktnachricht: Verweis auf Telefon, Sprechstunde oder Onlineberatung.",
            "Show services, opening hours and contact persons, give insights into everyday work, answer simple questions. No individual counselling by direct message: point to phone, office hours or online counselling.",
          ),
          postsPerWeek: 2,
        },
        {
          platform: "website",
          state: "active",
          targetGroup: "ref:1",
          purpose: l(
            "Verlässliche Informationsquelle für Eltern und Fachkräfte: Angebote, Kontaktwege, Stellen, Impressum und Datenschutz; Ziel der Links aus allen Kanälen.",
            "Reliable source for parents and professionals: services, contact options, vacancies, imprint and privacy notice; where all channels link to.",
          ),
          postsPerWeek: 0.5,
        },
      ],
    },
    resources: {
      competences: [
        {
          competence: l(
            "Beziehungsarbeit und Gesprächsführung mit Jugendlichen",
            "Building relationships and talking with young people",
          ),
          translation: l(
            "Kurze Frage-Antwort-Beiträge zu typischen Sorgen wie Stress, Streit zu Hause oder Mobbing, in der Sprache der Jugendlichen.",
            "Short question-and-answer posts on typical worries such as stress, family conflict or bullying, in young people's own language.",
          ),
        },
        {
          competence: l("Beteiligung von Jugendlichen", "Youth participation"),
          translation: l(
            "Jugendliche wählen Themen mit aus und geben Rückmeldung zu Bildsprache und Ton – mit Einwilligung und ohne Druck.",
            "Young people help choose topics and give feedback on imagery and tone – with consent and without pressure.",
          ),
        },
      ],
    },
    staff: capacity(48),
    commitment: {
      reviewCadence: "quarterly",
      milestones: [
        { title: l("Netiquette veröffentlicht", "Netiquette published") },
        { title: l("Erste Auswertung mit dem Team", "First review with the team") },
      ],
    },
    deficits: {
      deficits: [
        {
          deficit: l(
            "Unsicherheit bei Bildrechten und Einwilligungen",
            "Uncertainty about image rights and consent",
          ),
          measure: l(
            "Schulung mit der oder dem Datenschutzbeauftragten; Einwilligungsvorlage für Jugendliche und Sorgeberechtigte mit Widerrufsmöglichkeit.",
            "Training with the data-protection officer; a consent form for young people and guardians that can be withdrawn.",
          ),
          priority: "high",
        },
        ...commonDeficits(l),
      ],
    },
    readiness: {
      ownCriteria: [
        {
          title: l(
            "Einwilligungen für Fotos von Kindern und Jugendlichen sind geregelt",
            "Consent for photos of children and young people is settled",
          ),
          description: l(
            "Vorlage abgestimmt, Ablage geklärt, Widerruf jederzeit möglich.",
            "Form agreed, filing settled, withdrawal possible at any time.",
          ),
        },
      ],
    },
  };
};
