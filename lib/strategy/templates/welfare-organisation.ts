import { pick, capacity, commonDeficits, type TemplateContent, type TemplateLocale } from "./shared";

export const welfareOrganisation = (locale: TemplateLocale): TemplateContent => {
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
