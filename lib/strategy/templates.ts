import type { TStrategy } from "./steps";

export type TemplateKey = "youthWelfare" | "welfareOrganisation" | "counsellingCentre" | "municipality";
export type TemplateLocale = "de" | "en";

/**
 * A list item as a template gives it: any fields, never an id. Ids are assigned when the plan is
 * created. A reference to another item (goal.targetGroup, channel.targetGroup, person.coveredBy)
 * is written "ref:<index>", the item's position in the referenced list ("ref:0" = the first target
 * group); the creator (`prefillRows` in ./template-rows) resolves it to that item's new id.
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

const pick = (locale: TemplateLocale) => (de: string, en: string) => (locale === "de" ? de : en);

/** Capacity defaults from practice; the hourly rate approximates employer cost under TVöD / TV SuE. */
function capacity(hourlyRate: number) {
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
function commonDeficits(
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

const youthWelfare = (locale: TemplateLocale): TemplateContent => {
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

const welfareOrganisation = (locale: TemplateLocale): TemplateContent => {
  const l = pick(locale);
  return {
    start: {
      targetGroups: [
        {
          name: l(
            "Menschen in der Region, die Unterstützung suchen",
            "People in the region looking for support",
          ),
          description: l(
            "Familien, ältere Menschen und Angehörige, die Kita, Pflege oder Beratung suchen; informieren sich oft erst, wenn es dringend ist.",
            "Families, older people and relatives looking for day care, nursing or counselling; often only look when it is urgent.",
          ),
          reachedHow: l(
            "Über die Einrichtungen vor Ort, Website, Lokalzeitung und Empfehlungen.",
            "Through local facilities, website, local newspaper and recommendations.",
          ),
        },
        {
          name: l("Ehrenamtliche und Interessierte", "Volunteers and people interested in volunteering"),
          description: l(
            "Menschen jeden Alters, die sich engagieren möchten und wissen wollen, wo sie gebraucht werden.",
            "People of all ages who want to get involved and want to know where they are needed.",
          ),
          reachedHow: l(
            "Aushänge, Gemeindeblatt, persönliche Ansprache.",
            "Notices, parish newsletter, personal contact.",
          ),
        },
        {
          name: l("Fachkräfte und Auszubildende", "Professionals and trainees"),
          description: l(
            "Pflegefachkräfte, Erzieherinnen und Erzieher, Sozialarbeiterinnen und Sozialarbeiter sowie Auszubildende in der Region.",
            "Nurses, educators, social workers and trainees in the region.",
          ),
          reachedHow: l(
            "Stellenportale, Berufsschulen, Jobmessen.",
            "Job portals, vocational schools, job fairs.",
          ),
        },
      ],
    },
    goals: {
      goals: [
        {
          title: l("Mehr Bewerbungen für Pflege und Kita", "More applications for nursing and day care"),
          indicator: l(
            "Bewerbungen pro Jahr, die soziale Medien als Quelle nennen",
            "Applications per year naming social media as their source",
          ),
          baseline: 8,
          target: 25,
          unit: l("Bewerbungen", "applications"),
          targetGroup: "ref:2",
        },
        {
          title: l("Neue Ehrenamtliche gewinnen", "Win new volunteers"),
          indicator: l(
            "Neue Ehrenamtliche pro Jahr, die über Online-Kanäle zu uns kamen",
            "New volunteers per year who came through online channels",
          ),
          baseline: 5,
          target: 15,
          unit: l("Ehrenamtliche", "volunteers"),
          targetGroup: "ref:1",
        },
      ],
    },
    channels: {
      channels: [
        {
          platform: "instagram",
          state: "planned",
          targetGroup: "ref:2",
          purpose: l(
            "Arbeitsalltag in Kitas, Pflege und Beratung zeigen, Mitarbeitende zu Wort kommen lassen, Stellen und Ausbildungsplätze bekannt machen.",
            "Show everyday work in day care, nursing and counselling, let staff speak for themselves, publicise vacancies and training places.",
          ),
          postsPerWeek: 2,
        },
        {
          platform: "facebook",
          state: "active",
          targetGroup: "ref:1",
          purpose: l(
            "Ehrenamtliche und ältere Menschen in der Region erreichen: Termine, Aufrufe zur Mithilfe, Dank an Engagierte.",
            "Reach volunteers and older people in the region: dates, calls for help, thanks to volunteers.",
          ),
          postsPerWeek: 2,
        },
      ],
    },
    resources: {
      competences: [
        {
          competence: l("Vielfalt der Arbeitsfelder", "A wide range of fields of work"),
          translation: l(
            "Reihe „Ein Tag bei …“ mit Mitarbeitenden aus Kita, Pflege und Beratung.",
            "A series “A day with …” featuring staff from day care, nursing and counselling.",
          ),
        },
        {
          competence: l(
            "Sozialpolitische Fachkenntnis des Verbands",
            "The association's social policy expertise",
          ),
          translation: l(
            "Positionen zu aktuellen Themen wie Pflegekosten oder Kitaplätzen verständlich erklären.",
            "Explain positions on current issues such as care costs or day-care places in plain words.",
          ),
        },
      ],
    },
    staff: capacity(48),
    commitment: {
      reviewCadence: "quarterly",
      milestones: [
        { title: l("Gemeinsame Gestaltungsvorlagen fertig", "Shared design templates ready") },
        {
          title: l(
            "Erste Auswertung mit den Einrichtungsleitungen",
            "First review with the facility managers",
          ),
        },
      ],
    },
    deficits: {
      deficits: [
        {
          deficit: l(
            "Datenschutz der Facebook-Seite nicht geprüft",
            "Data protection of the Facebook page not assessed",
          ),
          measure: l(
            "Gemeinsame Verantwortlichkeit nach Art. 26 DSGVO mit der oder dem Datenschutzbeauftragten bewerten, Datenschutzhinweise ergänzen, Entscheidung über den Weiterbetrieb dokumentieren.",
            "Assess joint controllership under Art. 26 GDPR with the data-protection officer, add a privacy notice, document the decision on keeping the page.",
          ),
          priority: "high",
        },
        {
          deficit: l(
            "Jede Einrichtung veröffentlicht anders, kein gemeinsamer Auftritt",
            "Each facility publishes differently, no common look",
          ),
          measure: l(
            "Gestaltungsvorlagen und ein gemeinsamer Redaktionsplan für alle Einrichtungen.",
            "Design templates and a shared editorial plan for all facilities.",
          ),
          priority: "medium",
        },
        {
          deficit: l(
            "Mitarbeitende unsicher, was sie privat über ihre Arbeit veröffentlichen dürfen",
            "Staff unsure what they may post privately about their work",
          ),
          measure: l(
            "Leitfaden zur privaten Nutzung sozialer Medien, mit Betriebsrat oder Mitarbeitervertretung abgestimmt.",
            "Guidelines on private use of social media, agreed with the works council.",
          ),
          priority: "medium",
        },
        ...commonDeficits(l),
      ],
    },
    readiness: {
      ownCriteria: [
        {
          title: l("Betriebsrat oder Mitarbeitervertretung ist beteiligt", "The works council is involved"),
          description: l(
            "Vor allem bei Leitfäden für Mitarbeitende und bei Fotos von Mitarbeitenden.",
            "Especially for staff guidelines and photos of staff.",
          ),
        },
      ],
    },
  };
};

const counsellingCentre = (locale: TemplateLocale): TemplateContent => {
  const l = pick(locale);
  return {
    start: {
      targetGroups: [
        {
          name: l("Ratsuchende Erwachsene", "Adults seeking advice"),
          description: l(
            "Suchen oft abends und anonym nach Hilfe, scheuen den ersten Schritt und wollen wissen, ob die Beratung vertraulich und kostenfrei ist.",
            "Often look for help anonymously in the evening, hesitate to take the first step and want to know whether counselling is confidential and free.",
          ),
          reachedHow: l(
            "Über Empfehlungen von Kitas, Schulen, Arztpraxen und Jobcenter sowie über Suchmaschinen und die Website.",
            "Through referrals from day-care centres, schools, doctors and job centres, and through search engines and the website.",
          ),
        },
        {
          name: l("Fachkräfte und Kooperationspartner", "Professionals and partners"),
          description: l(
            "Kitas, Schulen, Arztpraxen, Jobcenter und andere Dienste, die Ratsuchende an die Beratungsstelle vermitteln.",
            "Day-care centres, schools, doctors, job centres and other services that refer people to the counselling centre.",
          ),
          reachedHow: l(
            "Arbeitskreise, Fachtage, Rundbriefe.",
            "Working groups, professional days, circulars.",
          ),
        },
      ],
    },
    goals: {
      goals: [
        {
          title: l("Das Angebot bekannter machen", "Make the service better known"),
          indicator: l(
            "Anfragen pro Monat, die soziale Medien oder die Website als Weg nennen",
            "Enquiries per month naming social media or the website as their route",
          ),
          baseline: 3,
          target: 10,
          unit: l("Anfragen", "enquiries"),
          targetGroup: "ref:0",
        },
        {
          title: l("Kooperationspartner vermitteln häufiger", "Partners refer more often"),
          indicator: l(
            "Vermittlungen durch Fachkräfte pro Quartal",
            "Referrals by professionals per quarter",
          ),
          baseline: 12,
          target: 20,
          unit: l("Vermittlungen", "referrals"),
          targetGroup: "ref:1",
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
            "Themen der Beratung verständlich erklären, Ablauf und Vertraulichkeit zeigen, Hemmschwellen senken. Keine Beratung in Kommentaren oder Direktnachrichten.",
            "Explain counselling topics clearly, show how counselling works and that it is confidential, lower thresholds. No counselling in comments or direct messages.",
          ),
          postsPerWeek: 2,
        },
        {
          platform: "newsletter",
          state: "planned",
          targetGroup: "ref:1",
          purpose: l(
            "Rundbrief für Fachkräfte: neue Angebote, Gruppentermine, freie Kapazitäten und Wege der Vermittlung.",
            "Circular for professionals: new services, group dates, free capacity and how to refer.",
          ),
          postsPerWeek: 0.25,
        },
      ],
    },
    resources: {
      competences: [
        {
          competence: l("Fachwissen zu den Beratungsthemen", "Expertise in the counselling topics"),
          translation: l(
            "Kurze Erklärbeiträge: typische Fragen, Irrtümer und erste Schritte.",
            "Short explainer posts: typical questions, misconceptions and first steps.",
          ),
        },
        {
          competence: l(
            "Vertrauliche, ermutigende Gesprächsführung",
            "Confidential, encouraging conversation",
          ),
          translation: l(
            "Ein Ton, der ermutigt statt belehrt; Beispiele, die keine Rückschlüsse auf Ratsuchende zulassen.",
            "A tone that encourages instead of lecturing; examples that allow no conclusions about clients.",
          ),
        },
      ],
    },
    staff: capacity(50),
    commitment: {
      reviewCadence: "halfYearly",
      milestones: [
        { title: l("Regeln für Direktnachrichten veröffentlicht", "Rules for direct messages published") },
        { title: l("Erste Auswertung mit dem Team", "First review with the team") },
      ],
    },
    deficits: {
      deficits: [
        {
          deficit: l(
            "Keine Regeln für Beratungsanfragen per Direktnachricht",
            "No rules for counselling requests by direct message",
          ),
          measure: l(
            "Standardantwort mit Verweis auf vertrauliche Kontaktwege (Telefon, verschlüsselte Onlineberatung); Schweigepflicht nach § 203 StGB in der Schulung klären.",
            "Standard reply pointing to confidential contact options (phone, encrypted online counselling); clarify professional confidentiality (§ 203 StGB) in training.",
          ),
          priority: "high",
        },
        {
          deficit: l("Fallbeispiele nicht sicher anonymisiert", "Case examples not reliably anonymised"),
          measure: l(
            "Regel: nur erfundene oder stark verfremdete Beispiele, Prüfung durch eine zweite Person vor der Veröffentlichung.",
            "Rule: only invented or heavily altered examples, checked by a second person before publishing.",
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
            "Schweigepflicht und Anonymität sind in allen Beiträgen gewahrt",
            "Confidentiality and anonymity are kept in every post",
          ),
        },
      ],
    },
  };
};

const municipality = (locale: TemplateLocale): TemplateContent => {
  const l = pick(locale);
  return {
    start: {
      targetGroups: [
        {
          name: l("Menschen mit Anliegen an die Verwaltung", "Residents with business at the town hall"),
          description: l(
            "Bürgerinnen und Bürger, die einen Termin, einen Antrag oder eine Auskunft brauchen; erwarten verlässliche, aktuelle Informationen zu Dienstleistungen, Terminen und Baustellen – verständlich und barrierefrei.",
            "Residents who need an appointment, an application or information; expect reliable, current information on services, appointments and roadworks – clear and accessible.",
          ),
          reachedHow: l(
            "Website, Amtsblatt, Bürgerbüro, Lokalpresse.",
            "Website, official gazette, citizens' office, local press.",
          ),
        },
        {
          name: l("Junge Erwachsene von 18 bis 30 Jahren", "Young adults aged 18 to 30"),
          description: l(
            "Lesen kaum Amtsblatt oder Lokalzeitung; nutzen Instagram und Messenger; selten an Beteiligungsverfahren beteiligt.",
            "Hardly read the gazette or local paper; use Instagram and messengers; rarely take part in consultations.",
          ),
          reachedHow: l(
            "Kaum; vereinzelt über Schulen und Jugendbeteiligung.",
            "Hardly; occasionally through schools and youth participation.",
          ),
        },
        {
          name: l("Vereine, Initiativen und Ehrenamtliche", "Clubs, initiatives and volunteers"),
          description: l(
            "Wichtige Multiplikatoren im Ort; wollen Förderprogramme, Fristen und Ansprechpersonen kennen.",
            "Important multipliers in the community; want to know funding programmes, deadlines and contacts.",
          ),
          reachedHow: l(
            "Vereinsrundschreiben, Ausschüsse, persönliche Kontakte.",
            "Club circulars, committees, personal contacts.",
          ),
        },
      ],
    },
    goals: {
      goals: [
        {
          title: l("Serviceinformationen erreichen mehr Menschen", "Service information reaches more people"),
          indicator: l(
            "Aufrufe von Serviceinformationen pro Monat (Website und Kanäle)",
            "Views of service information per month (website and channels)",
          ),
          baseline: 2000,
          target: 5000,
          unit: l("Aufrufe", "views"),
          targetGroup: "ref:0",
        },
        {
          title: l("Mehr junge Menschen beteiligen sich", "More young people take part"),
          indicator: l(
            "Teilnehmende unter 30 Jahren an Beteiligungsverfahren pro Jahr",
            "Participants under 30 in public consultations per year",
          ),
          baseline: 40,
          target: 120,
          unit: l("Teilnehmende", "participants"),
          targetGroup: "ref:1",
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
            "Serviceinformationen, Beteiligungsangebote und Einblicke in die Verwaltung – in einfacher Sprache, mit Link zur Website.",
            "Service information, consultations and insights into the administration – in plain language, with a link to the website.",
          ),
          postsPerWeek: 3,
          alternativeChannel: l(
            "Alle Informationen stehen auch auf der Website und im Amtsblatt.",
            "All information is also on the website and in the official gazette.",
          ),
          archiving: l(
            "Monatlicher Export der Beiträge und wichtiger Kommentare in die E-Akte",
            "Monthly export of posts and important comments into the e-file",
          ),
        },
        {
          platform: "website",
          state: "active",
          targetGroup: "ref:0",
          purpose: l(
            "Verbindliche Informationsquelle für alle: Dienstleistungen, Termine, Bekanntmachungen – barrierefrei nach BITV 2.0.",
            "The binding source of information for everyone: services, appointments, announcements – accessible under BITV 2.0.",
          ),
          postsPerWeek: 3,
        },
      ],
    },
    resources: {
      competences: [
        {
          competence: l(
            "Fachwissen der Ämter über Verfahren und Fristen",
            "The departments' knowledge of procedures and deadlines",
          ),
          translation: l(
            "Kurze Erklärbeiträge: Wie beantrage ich …? Was brauche ich dafür? Bis wann?",
            "Short explainers: How do I apply for …? What do I need? By when?",
          ),
        },
        {
          competence: l(
            "Erfahrung des Bürgerbüros mit häufigen Fragen",
            "The citizens' office's experience with frequent questions",
          ),
          translation: l(
            "Wiederkehrende Fragen als Reihe beantworten, jeweils mit Link zur Website.",
            "Answer recurring questions as a series, each with a link to the website.",
          ),
        },
      ],
    },
    staff: capacity(55),
    commitment: {
      reviewCadence: "quarterly",
      milestones: [
        {
          title: l(
            "Datenschutzrechtliche Prüfung aller Kanäle abgeschlossen",
            "Data-protection assessment of all channels completed",
          ),
        },
        { title: l("Freigaberahmen beschlossen", "Approval framework adopted") },
      ],
    },
    deficits: {
      deficits: [
        {
          deficit: l("Lange Freigabewege für jeden Beitrag", "Long sign-off chains for every post"),
          measure: l(
            "Freigaberahmen mit Themen, die ohne Einzelfreigabe veröffentlicht werden dürfen; Freigabe sonst innerhalb eines Arbeitstags.",
            "An approval framework with topics that may be published without individual sign-off; otherwise approval within one working day.",
          ),
          priority: "high",
        },
        {
          deficit: l(
            "Datenschutzrechtliche Prüfung der Plattformen offen",
            "Data-protection assessment of the platforms open",
          ),
          measure: l(
            "Bewertung je Kanal mit der oder dem Datenschutzbeauftragten, gemeinsame Verantwortlichkeit nach Art. 26 DSGVO und die Position der Datenschutzkonferenz berücksichtigen, Ergebnis dokumentieren.",
            "Assess each channel with the data-protection officer, considering joint controllership under Art. 26 GDPR and the position of the German data-protection conference (DSK); document the result.",
          ),
          priority: "high",
        },
        {
          deficit: l("Archivierung von Beiträgen ungeklärt", "Archiving of posts unclear"),
          measure: l(
            "Mit Registratur und Stadtarchiv festlegen, wie Beiträge und Kommentare exportiert und aufbewahrt werden.",
            "Agree with records management and the municipal archive how posts and comments are exported and kept.",
          ),
          priority: "medium",
        },
        ...commonDeficits(l),
      ],
    },
    readiness: {
      ownCriteria: [
        {
          title: l("Der Personalrat ist beteiligt", "The staff council is involved"),
          description: l(
            "Dienstvereinbarung oder Regelung zur dienstlichen Nutzung sozialer Medien abgestimmt.",
            "Agreement or rules on official use of social media settled.",
          ),
        },
        {
          title: l(
            "Social-Media-Leitlinie der Verwaltung beschlossen",
            "The administration's social media guideline adopted",
          ),
        },
      ],
    },
  };
};

export const TEMPLATES: readonly StrategyTemplate[] = [
  { key: "youthWelfare", institutionTypes: ["YOUTH_WELFARE"], content: youthWelfare },
  {
    key: "welfareOrganisation",
    institutionTypes: ["WELFARE_ORGANISATION", "ASSOCIATION"],
    content: welfareOrganisation,
  },
  { key: "counsellingCentre", institutionTypes: ["COUNSELLING_CENTRE"], content: counsellingCentre },
  { key: "municipality", institutionTypes: ["MUNICIPALITY", "MINISTRY", "AGENCY"], content: municipality },
];

/** The template offered by default for an institution type (a Prisma InstitutionType value). */
export function templateForInstitutionType(type: string): StrategyTemplate | undefined {
  return TEMPLATES.find((template) => template.institutionTypes.includes(type));
}
