import {
  pick,
  capacity,
  commonDeficits,
  dataProtectionDeficit,
  staffCouncilCriterion,
  type TemplateContent,
  type TemplateLocale,
} from "./shared";

export const municipality = (locale: TemplateLocale): TemplateContent => {
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
        dataProtectionDeficit(l),
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
        staffCouncilCriterion(l),
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
