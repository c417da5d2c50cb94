import type { TemplateContent } from "./templates";

/** The complete demo strategy of "Demo-Jugendhilfe e.V.": every step answered, no blockers. */
export function demoPlanContent(): TemplateContent {
  return {
    start: {
      mission:
        "Die Demo-Jugendhilfe e.V. begleitet junge Menschen und ihre Familien in schwierigen Lebenslagen – in der offenen Jugendarbeit, der Schulsozialarbeit und der Familienberatung.",
      currentChannels:
        "Website mit Angebotsübersicht, Flyer in Schulen und Jugendzentren, monatlicher Eltern-Newsletter, eine kaum gepflegte Facebook-Seite.",
      experiences:
        "Die Facebook-Seite erreicht fast nur Kooperationspartner. Ein Instagram-Versuch 2024 schlief nach drei Monaten ein, weil niemand Zeit dafür hatte.",
      reservations:
        "Sorge um den Datenschutz der Jugendlichen, Angst vor kritischen Kommentaren und die Frage, wer das zusätzlich leisten soll.",
      targetGroups: [
        {
          name: "Jugendliche von 14 bis 21 Jahren",
          description: "Besuchen Jugendzentren und Schulen im Stadtgebiet; nutzen vor allem Instagram.",
          reachedHow: "Persönlich in Einrichtungen und über Schulsozialarbeit.",
        },
        {
          name: "Eltern und Sorgeberechtigte",
          description: "Suchen verlässliche Informationen zur Familienberatung.",
          reachedHow: "Newsletter, Elternabende, Website.",
        },
      ],
    },
    goals: {
      leadershipExpectations:
        "Die Geschäftsführung erwartet, dass mehr Jugendliche den Weg in die Beratung finden – nicht möglichst viele Follower.",
      goals: [
        {
          title: "Mehr Jugendliche finden den Weg in die Beratung",
          indicator: "Erstkontakte über Instagram pro Quartal",
          baseline: 8,
          target: 25,
          unit: "Erstkontakte",
          dueDate: "2027-12-31",
          targetGroup: "ref:0",
        },
        {
          title: "Eltern kennen die Familienberatung",
          indicator: "Anmeldungen zur Familienberatung über den Newsletter pro Quartal",
          baseline: 5,
          target: 12,
          unit: "Anmeldungen",
          dueDate: "2027-09-30",
          targetGroup: "ref:1",
        },
      ],
    },
    channels: {
      channels: [
        {
          platform: "instagram",
          name: "@demo.jugendhilfe",
          state: "planned",
          targetGroup: "ref:0",
          purpose:
            "Angebote, Ansprechpersonen und Öffnungszeiten zeigen; Fragen niedrigschwellig beantworten.",
          postsPerWeek: 2,
          necessity: "Jugendliche sind über Instagram am besten erreichbar; andere Wege erreichen sie kaum.",
          alternativeChannel: "Alle Angebote und Kontakte stehen auch auf der Website.",
          dataProtection:
            "Gemeinsame Verantwortlichkeit mit Meta geprüft; keine Beratung per Direktnachricht, Verweis auf sichere Kontaktwege.",
          jointControllership: true,
          imprint: true,
          archiving: "Monatlicher Export der Beiträge ins Dokumentenarchiv",
          accessiblePosts: true,
          dpoSignedOffBy: "Dr. Petra Datenschutz",
          dpoSignedOffOn: "2027-01-15",
        },
        {
          platform: "newsletter",
          name: "Eltern-Newsletter",
          state: "active",
          targetGroup: "ref:1",
          purpose: "Eltern über Termine und die Familienberatung informieren.",
          postsPerWeek: 0.25,
        },
        {
          platform: "facebook",
          name: "Demo-Jugendhilfe auf Facebook",
          state: "leaving",
          targetGroup: "ref:1",
          purpose: "Wird zum Jahresende geschlossen; Hinweis auf Website und Newsletter.",
        },
      ],
    },
    resources: {
      budgetPerYear: 1500,
      budgetNotes: "Für Schulungen und ein Smartphone mit Stativ.",
      tools: "Smartphone mit Stativ, kostenloses Gestaltungsprogramm, Redaktionsplan als Tabelle.",
      contentSources:
        "Angebote und Termine der Einrichtungen, Fragen aus der Beratung (anonymisiert), Alltag in den Jugendzentren.",
      competences: [
        {
          competence: "Gesprächsführung mit Jugendlichen",
          translation: "Kurze Frage-Antwort-Beiträge zu typischen Sorgen.",
        },
        {
          competence: "Erfahrung im Videoschnitt (eine Kollegin)",
          translation: "Kurze Vorstellungsvideos der Ansprechpersonen.",
        },
      ],
    },
    backing: {
      sponsorName: "Maria Muster",
      sponsorRole: "Geschäftsführerin",
      leadershipBacking: "full",
      staffBacking: "full",
      commitments:
        "Zwei Jahre Laufzeit, 12 Wochenstunden Arbeitszeit, Rückendeckung bei Kritik und 1.500 € jährlich.",
      postApprovers: "Teamleitung Jugendarbeit",
      approvalHours: 24,
      escalationPath: "Teamleitung → Bereichsleitung → Geschäftsführung",
      crisisPath:
        "Bei heftiger Kritik entscheidet die Geschäftsführerin binnen zwei Stunden; Kommentare werden nach der Netiquette moderiert.",
    },
    staff: {
      minutesPerPost: 90,
      communityMinutesPerDay: 15,
      monitoringMinutesPerWeek: 30,
      weekendCoverage: false,
      hourlyRate: 52,
      fullTimeHours: 39,
      people: [
        {
          name: "Eva Engel",
          role: "Sozialpädagogin, Jugendzentrum Nord",
          hoursPerWeek: 6,
          relievedOf: "Protokollführung im Team und die Dienstagsgruppe",
          coveredBy: "ref:1",
        },
        {
          name: "Jonas Beispiel",
          role: "Schulsozialarbeiter",
          hoursPerWeek: 6,
          relievedOf: "Vertretungsdienste in der Ganztagsbetreuung",
          coveredBy: "ref:0",
        },
      ],
    },
    commitment: {
      horizonMonths: 24,
      reviewCadence: "quarterly",
      securedBeyondPilot:
        "Die Stunden sind im Stellenplan 2027 und 2028 verankert, nicht nur im Projektbudget.",
      milestones: [
        { title: "Netiquette veröffentlicht", dueDate: "2027-03-01" },
        { title: "Erster Quartalsbericht an die Leitung", dueDate: "2027-06-30" },
        { title: "Jahresauswertung mit dem Team", dueDate: "2027-12-15" },
      ],
    },
    involvement: {
      howInvolved:
        "Auftakt-Workshop mit allen Teams; Jugendliche aus dem Jugendbeirat beraten bei Themen und Bildsprache.",
      involvedSince: "2026-11-01",
      training: "Schulungen zu Datenschutz und Bildrechten sowie zum Umgang mit Kritik.",
      feedbackLoop: "Monatlich zehn Minuten Social-Media-Rückblick in der Dienstbesprechung.",
    },
    deficits: {
      deficits: [
        {
          deficit: "Unsicherheit bei Bildrechten",
          measure: "Schulung durch die Datenschutzbeauftragte und Vorlage für Einwilligungen",
          owner: "Teamleitung Jugendarbeit",
          dueDate: "2027-03-31",
          priority: "high",
        },
        {
          deficit: "Keine Netiquette",
          measure: "Netiquette schreiben und auf dem Profil verlinken",
          owner: "Eva Engel",
          dueDate: "2027-02-28",
          priority: "medium",
        },
      ],
    },
    readiness: {
      ownCriteria: [
        {
          title: "Die Mitarbeitervertretung ist informiert",
          description: "Vorstellung in der Sitzung im Januar.",
          met: "yes",
        },
      ],
    },
  };
}
