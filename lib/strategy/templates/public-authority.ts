import {
  capacity,
  commonDeficits,
  dataProtectionDeficit,
  staffCouncilCriterion,
  pick,
  type TemplateContent,
  type TemplateLocale,
} from "./shared";

/**
 * Ministries and agencies (a Landesamt, a federal agency): unlike a town hall they rarely serve
 * residents face to face; they speak to professionals, funded bodies, the press and applicants, and
 * every post is an official statement of the state.
 */
export const publicAuthority = (locale: TemplateLocale): TemplateContent => {
  const l = pick(locale);
  return {
    start: {
      targetGroups: [
        {
          name: l(
            "Fachöffentlichkeit, Kommunen und Träger",
            "Professionals, municipalities and funded bodies",
          ),
          description: l(
            "Setzen um, was das Haus regelt und fördert; müssen Förderprogramme, Erlasse, Fristen und Ansprechpersonen rechtzeitig kennen.",
            "Put into practice what the authority regulates and funds; need to know funding programmes, decrees, deadlines and contacts in time.",
          ),
          reachedHow: l(
            "Rundschreiben, Fachportal, Newsletter, Fachtagungen.",
            "Circulars, the professional portal, newsletters, conferences.",
          ),
        },
        {
          name: l("Menschen mit Fragen an die Verwaltung", "People with questions for the administration"),
          description: l(
            "Fragen nach Leistungen und wissen oft nicht, welche Stelle zuständig ist; erwarten verlässliche Auskunft in verständlicher Sprache und einen Hinweis, an wen sie sich wenden können.",
            "Ask about benefits and often do not know which office is responsible; expect reliable answers in plain language and a pointer to whom to contact.",
          ),
          reachedHow: l(
            "Website, Bürgertelefon, Pressearbeit.",
            "Website, the public information line, press work.",
          ),
        },
        {
          name: l("Journalistinnen und Journalisten", "Journalists"),
          description: l(
            "Brauchen schnell belastbare Aussagen, Zahlen und Ansprechpersonen; greifen Beiträge in sozialen Medien als Zitat auf.",
            "Need reliable statements, figures and contacts quickly; quote social media posts.",
          ),
          reachedHow: l(
            "Pressemitteilungen, Pressestelle, Hintergrundgespräche.",
            "Press releases, the press office, background briefings.",
          ),
        },
        {
          name: l(
            "Nachwuchs und Fachkräfte für den öffentlichen Dienst",
            "Recruits and specialists for public service",
          ),
          description: l(
            "Kennen die Aufgaben des Hauses kaum und halten den öffentlichen Dienst für wenig attraktiv; informieren sich vor einer Bewerbung in sozialen Netzwerken.",
            "Hardly know what the authority does and see public service as unattractive; look the employer up on social networks before applying.",
          ),
          reachedHow: l(
            "Stellenportal, Hochschulmessen, Ausbildungsbörsen.",
            "Job portal, university fairs, apprenticeship fairs.",
          ),
        },
      ],
    },
    goals: {
      goals: [
        {
          title: l(
            "Förderanträge kommen vollständig und fristgerecht",
            "Funding applications arrive complete and on time",
          ),
          indicator: l(
            "Anteil der Förderanträge, die ohne Nachforderung und fristgerecht eingehen",
            "Share of funding applications that arrive on time and need no follow-up request",
          ),
          baseline: 60,
          target: 80,
          unit: l("Prozent", "per cent"),
          targetGroup: "ref:0",
        },
        {
          title: l("Mehr passende Bewerbungen", "More suitable applications"),
          indicator: l(
            "Bewerbungen pro Quartal von Personen, die über soziale Medien auf die Ausschreibung aufmerksam wurden",
            "Applications per quarter whose applicants found the vacancy through social media",
          ),
          baseline: 10,
          target: 40,
          unit: l("Bewerbungen", "applications"),
          targetGroup: "ref:3",
        },
      ],
    },
    channels: {
      channels: [
        {
          platform: "linkedin",
          state: "planned",
          targetGroup: "ref:0",
          purpose: l(
            "Förderprogramme, Fristen und Neuigkeiten für Kommunen, Träger und Fachleute – jeweils mit Link zum Fachportal.",
            "Funding programmes, deadlines and news for municipalities, funded bodies and professionals – each with a link to the professional portal.",
          ),
          postsPerWeek: 2,
          alternativeChannel: l(
            "Fachportal, Rundschreiben und Newsletter",
            "Professional portal, circulars and newsletter",
          ),
          archiving: l(
            "Monatlicher Export der Beiträge und Kommentare in die E-Akte",
            "Monthly export of posts and comments into the e-file",
          ),
        },
        {
          platform: "mastodon",
          state: "planned",
          targetGroup: "ref:2",
          purpose: l(
            "Pressemitteilungen und Stellungnahmen, sobald sie veröffentlicht sind – auf einer datenschutzfreundlichen Plattform ohne Werbung, zum Beispiel einer öffentlich betriebenen Instanz.",
            "Press releases and statements as soon as they are published – on a privacy-friendly platform without ads, for example a publicly run instance.",
          ),
          postsPerWeek: 3,
          alternativeChannel: l(
            "Alle Meldungen stehen auch auf der Website und gehen an den Presseverteiler.",
            "All announcements are also on the website and go to the press list.",
          ),
          archiving: l(
            "Monatlicher Export der Beiträge in die E-Akte",
            "Monthly export of posts into the e-file",
          ),
        },
        {
          platform: "instagram",
          state: "planned",
          targetGroup: "ref:3",
          purpose: l(
            "Einblicke in Ausbildung, Studium und Arbeit im Haus; Stellenausschreibungen mit Link zum Stellenportal.",
            "Insights into apprenticeships, degree programmes and work at the authority; vacancies with a link to the job portal.",
          ),
          postsPerWeek: 2,
          alternativeChannel: l(
            "Stellenportal und Karriereseite der Website",
            "Job portal and the website's careers page",
          ),
          archiving: l(
            "Monatlicher Export der Beiträge und Kommentare in die E-Akte",
            "Monthly export of posts and comments into the e-file",
          ),
        },
        {
          platform: "website",
          state: "active",
          targetGroup: "ref:1",
          purpose: l(
            "Verbindliche Informationsquelle: Zuständigkeiten, Leistungen, Förderrichtlinien und Pressemitteilungen – barrierefrei nach BITV 2.0.",
            "The authoritative source of information: responsibilities, benefits, funding guidelines and press releases – accessible under BITV 2.0.",
          ),
          postsPerWeek: 2,
        },
      ],
    },
    resources: {
      competences: [
        {
          competence: l(
            "Fachreferate mit genauer Kenntnis von Programmen, Regelungen und Zahlen",
            "Specialist units with detailed knowledge of programmes, rules and figures",
          ),
          translation: l(
            "Kurze Erklärbeiträge: Was ändert sich, für wen, ab wann – mit Link zur Quelle.",
            "Short explainers: what changes, for whom, from when – with a link to the source.",
          ),
        },
        {
          competence: l(
            "Die Pressestelle mit Erfahrung in schneller, abgestimmter Kommunikation",
            "The press office's experience with fast, coordinated communication",
          ),
          translation: l(
            "Pressemitteilungen als kurze Beiträge aufbereiten; auf Nachfragen in Kommentaren mit denselben Kernaussagen antworten.",
            "Turn press releases into short posts; answer questions in comments with the same key messages.",
          ),
        },
      ],
    },
    staff: capacity(62),
    commitment: {
      reviewCadence: "quarterly",
      milestones: [
        {
          title: l(
            "Datenschutzrechtliche Prüfung aller Kanäle abgeschlossen",
            "Data-protection assessment of all channels completed",
          ),
        },
        {
          title: l(
            "Freigaberahmen mit der Hausleitung abgestimmt",
            "Approval framework agreed with the authority's leadership",
          ),
        },
      ],
    },
    deficits: {
      deficits: [
        {
          deficit: l(
            "Jeder Beitrag läuft über Referat, Abteilung und Leitung",
            "Every post goes through unit, department and leadership",
          ),
          measure: l(
            "Freigaberahmen mit Themen und Formulierungen, die ohne Einzelfreigabe veröffentlicht werden dürfen; sonst Freigabe durch die Pressestelle innerhalb eines Arbeitstags.",
            "An approval framework with topics and wording that may be published without individual sign-off; otherwise approval by the press office within one working day.",
          ),
          priority: "high",
        },
        dataProtectionDeficit(l),
        {
          deficit: l(
            "Neutralitätsgebot in sozialen Medien nicht geregelt",
            "No rules yet on political neutrality on social media",
          ),
          measure: l(
            "Festlegen, wie die amtlichen Kanäle von parteipolitischen Auftritten der Hausspitze getrennt bleiben – besonders vor Wahlen.",
            "Agree how the official channels stay separate from the leadership's party-political accounts, especially before elections.",
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
            "Die Social-Media-Leitlinie des Hauses ist in Kraft",
            "The authority's social media guideline is in force",
          ),
        },
      ],
    },
  };
};
