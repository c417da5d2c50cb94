import { pick, capacity, commonDeficits, type TemplateContent, type TemplateLocale } from "./shared";

export const counsellingCentre = (locale: TemplateLocale): TemplateContent => {
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
