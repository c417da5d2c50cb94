import type { TemplateContent } from "./templates";

const DPO = "Dr. Petra Datenschutz (externe Datenschutzbeauftragte)";
const DPO_CHECKED_ON = "2027-01-20";

/**
 * The complete demo strategy of "Demo-Jugendhilfe e.V." (open youth work, school social work and
 * family counselling, about 60 staff) for 2027 and 2028: every field of every step is answered,
 * the compliance fields included, so the readiness check finds no blockers. The workload of the
 * active channels (about 9.9 hours a week with the staff step's defaults) stays below the 13 hours
 * granted. References use "ref:<index>" like templates do.
 */
export function demoPlanContent(): TemplateContent {
  return {
    start: {
      mission:
        "Die Demo-Jugendhilfe e.V. begleitet junge Menschen und ihre Familien im Stadtgebiet – in drei Jugendzentren, mit Schulsozialarbeit an sechs Schulen und in unserer Familienberatungsstelle. Wir stärken Kinder und Jugendliche, beraten Eltern und sind da, bevor aus Sorgen Krisen werden.",
      currentChannels:
        "Website mit Angebotsübersicht, Flyer und Aushänge in Schulen und Jugendzentren, monatlicher Eltern-Newsletter mit rund 400 Empfängerinnen und Empfängern, Infostände bei Stadtteilfesten und eine kaum gepflegte Facebook-Seite seit 2015.",
      experiences:
        "Die Facebook-Seite erreicht fast nur Kooperationspartner und Ehemalige. Ein Instagram-Versuch des Jugendzentrums Nord schlief 2024 nach drei Monaten ein, weil niemand Zeit dafür hatte. Gut funktionieren persönliche Empfehlungen und der Eltern-Newsletter.",
      reservations:
        "Sorge um den Datenschutz und die Bildrechte der Jugendlichen, Angst vor kritischen oder verletzenden Kommentaren, Zweifel, ob Beratung in sozialen Medien fachlich vertretbar ist – und die Frage, wer das zusätzlich leisten soll.",
      targetGroups: [
        {
          name: "Jugendliche von 14 bis 21 Jahren",
          description:
            "Besuchen Jugendzentren und Schulen im Stadtgebiet, nutzen vor allem Instagram und WhatsApp und sprechen Probleme selten von sich aus an.",
          reachedHow: "Persönlich in den Jugendzentren und über die Schulsozialarbeit.",
        },
        {
          name: "Eltern und Sorgeberechtigte",
          description:
            "Suchen verlässliche Informationen zur Familienberatung, zu Ferienangeboten und Ansprechpersonen; ein Teil spricht wenig Deutsch.",
          reachedHow: "Eltern-Newsletter, Elternabende, Website und Aushänge in Kitas und Schulen.",
        },
        {
          name: "Fachkräfte und Studierende der Sozialen Arbeit",
          description:
            "Künftige Kolleginnen und Kollegen, die sich vor allem online über Arbeitgeber informieren.",
          reachedHow: "Stellenanzeigen, Praxissemester und Kontakte zur Hochschule.",
        },
      ],
    },
    goals: {
      leadershipExpectations:
        "Vorstand und Geschäftsführung erwarten, dass mehr Jugendliche und Eltern früh den Weg in unsere Angebote finden und dass wir als Arbeitgeber sichtbarer werden – nicht möglichst viele Follower. Sie erwarten vierteljährlich einen kurzen Bericht mit den Kennzahlen.",
      goals: [
        {
          title: "Mehr Jugendliche finden den Weg in die Beratung",
          indicator: "Erstkontakte über Instagram und den WhatsApp-Kanal pro Quartal",
          baseline: 8,
          target: 25,
          unit: "Erstkontakte",
          dueDate: "2027-12-31",
          targetGroup: "ref:0",
        },
        {
          title: "Eltern kennen die Familienberatung",
          indicator: "Anmeldungen zur Familienberatung über Newsletter und Website pro Quartal",
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
            "Angebote, Öffnungszeiten und Ansprechpersonen der Jugendzentren und der Schulsozialarbeit zeigen, Einblicke in den Alltag geben und einfache Fragen beantworten. Einmal im Monat stellen wir ein Arbeitsfeld für künftige Kolleginnen und Kollegen vor. Keine Einzelfallberatung per Direktnachricht: Wir verweisen auf Telefon, Sprechstunde und die verschlüsselte Onlineberatung.",
          postsPerWeek: 2,
          necessity:
            "Über Website und Flyer erreichen wir Jugendliche kaum; in einer Umfrage des Jugendbeirats nutzten neun von zehn Jugendlichen Instagram täglich.",
          alternativeChannel:
            "Alle Angebote, Termine und Kontaktwege stehen auch auf www.demo-jugendhilfe.de und auf Aushängen in den Einrichtungen.",
          dataProtection:
            "Gemeinsame Verantwortlichkeit mit Meta (Art. 26 DSGVO) geprüft; Datenschutzhinweise und Netiquette im Profil verlinkt. Jugendliche sind nur mit schriftlicher Einwilligung erkennbar, bei unter 16-Jährigen auch der Sorgeberechtigten. Keine Beratung per Direktnachricht; Statistiken nutzen wir nur zusammengefasst.",
          jointControllership: true,
          imprint: true,
          archiving: "Monatlicher Export der Beiträge und wichtiger Kommentare ins Dokumentenarchiv",
          accessiblePosts: true,
          dpoSignedOffBy: DPO,
          dpoSignedOffOn: DPO_CHECKED_ON,
        },
        {
          platform: "whatsapp",
          name: "WhatsApp-Kanal „Demo-Jugendzentren“",
          state: "planned",
          targetGroup: "ref:0",
          purpose:
            "Kurze Hinweise zu Öffnungszeiten, Ausflügen und Aktionen der drei Jugendzentren – nur in eine Richtung, ohne Gruppenchat.",
          postsPerWeek: 1,
          necessity:
            "Jugendliche lesen WhatsApp zuverlässiger als jeden anderen Kanal; kurzfristige Änderungen erreichen sie sonst nicht.",
          alternativeChannel: "Aushänge in den Jugendzentren und die Terminseite der Website",
          dataProtection:
            "Kanal ohne Gruppenchat: Abonnentinnen und Abonnenten sehen sich gegenseitig nicht, ihre Telefonnummern sind für uns nicht sichtbar. Betrieb nur über das Diensthandy, nie über private Geräte.",
          jointControllership: true,
          imprint: true,
          archiving: "Alle Meldungen werden vorab im Redaktionsplan abgelegt und damit archiviert",
          accessiblePosts: true,
          dpoSignedOffBy: DPO,
          dpoSignedOffOn: DPO_CHECKED_ON,
        },
        {
          platform: "newsletter",
          name: "Eltern-Newsletter",
          state: "active",
          targetGroup: "ref:1",
          purpose:
            "Eltern monatlich über Termine, Ferienangebote und die Familienberatung informieren; wichtige Texte zusätzlich in einfacher Sprache.",
          postsPerWeek: 0.25,
          necessity: "Bewährter Weg zu Eltern, die keine sozialen Medien nutzen.",
          alternativeChannel: "Alle Inhalte stehen auch auf der Website.",
          dataProtection:
            "Versand über einen Dienstleister mit Vertrag zur Auftragsverarbeitung (Art. 28 DSGVO), also keine gemeinsame Verantwortlichkeit; Anmeldung mit Double-Opt-in; keine Auswertung des Leseverhaltens einzelner Personen.",
          jointControllership: false,
          imprint: true,
          archiving: "Jede Ausgabe wird als PDF im Dokumentenarchiv abgelegt",
          accessiblePosts: true,
          dpoSignedOffBy: DPO,
          dpoSignedOffOn: DPO_CHECKED_ON,
        },
        {
          platform: "website",
          name: "www.demo-jugendhilfe.de",
          state: "active",
          targetGroup: "ref:2",
          purpose:
            "Verlässliche Informationsquelle für alle: Angebote, Kontaktwege, Stellenanzeigen, Impressum und Datenschutzerklärung; Ziel der Links aus allen anderen Kanälen.",
          postsPerWeek: 1,
          necessity: "Grundlage aller anderen Kanäle und der einzige Weg, der kein Konto voraussetzt.",
          alternativeChannel: "Flyer und Aushänge in den Einrichtungen",
          dataProtection:
            "Hosting in Deutschland, keine Analyse- oder Werbedienste Dritter, keine extern geladenen Schriftarten; Auftragsverarbeitungsvertrag mit dem Hoster.",
          jointControllership: false,
          imprint: true,
          archiving: "Versionsverlauf im Redaktionssystem",
          accessiblePosts: true,
          dpoSignedOffBy: DPO,
          dpoSignedOffOn: DPO_CHECKED_ON,
        },
        {
          platform: "facebook",
          name: "Demo-Jugendhilfe auf Facebook",
          state: "leaving",
          targetGroup: "ref:1",
          purpose:
            "Wird zum 30. Juni 2027 geschlossen: Die Seite erreicht kaum noch Eltern. Bis dahin verweist ein angehefteter Beitrag auf Website und Newsletter.",
          postsPerWeek: 0,
          necessity: "Nicht mehr notwendig: Eltern erreichen wir über Newsletter und Website besser.",
          alternativeChannel: "Website und Eltern-Newsletter",
          dataProtection:
            "Gemeinsame Verantwortlichkeit mit Meta bei den Seitenstatistiken. Mit Blick auf die Position der Datenschutzkonferenz zu Facebook-Seiten und die geringe Reichweite schließen wir die Seite.",
          jointControllership: true,
          imprint: true,
          archiving: "Vollständiger Export der Seite vor der Schließung",
          accessiblePosts: false,
          dpoSignedOffBy: DPO,
          dpoSignedOffOn: DPO_CHECKED_ON,
        },
      ],
    },
    resources: {
      budgetPerYear: 2400,
      budgetNotes:
        "1.200 € für Schulungen, 600 € für Diensthandy, Stativ und Ansteckmikrofon, 600 € für Gestaltungsvorlagen und Bildrechte. Aus Eigenmitteln, im Wirtschaftsplan 2027 und 2028 eingeplant.",
      tools:
        "Diensthandy mit Stativ und Ansteckmikrofon, Gestaltungsprogramm mit Vorlagen im Vereinsdesign, Redaktionsplan als gemeinsame Tabelle, Schnittprogramm mit automatischen Untertiteln.",
      contentSources:
        "Angebote und Termine der Jugendzentren und der Familienberatung, häufige Fragen aus Beratung und Schulsozialarbeit (anonymisiert), Ideen aus dem Jugendbeirat, Einblicke in den Arbeitsalltag für künftige Kolleginnen und Kollegen.",
      competences: [
        {
          competence: "Gesprächsführung mit Jugendlichen",
          translation:
            "Kurze Frage-Antwort-Beiträge zu typischen Sorgen wie Stress, Streit zu Hause oder Mobbing, in der Sprache der Jugendlichen.",
        },
        {
          competence: "Elternberatung",
          translation:
            "Ein Tipp pro Newsletter und kurze Erklärtexte zur Familienberatung, auch in einfacher Sprache.",
        },
        {
          competence: "Videoschnitt (Eva Engel)",
          translation: "Kurze Vorstellungsvideos der Ansprechpersonen, immer mit Untertiteln.",
        },
        {
          competence: "Beteiligung im Jugendbeirat",
          translation: "Jugendliche wählen Themen mit aus und geben Rückmeldung zu Bildsprache und Ton.",
        },
      ],
    },
    backing: {
      sponsorName: "Dr. Sabine Vorbild",
      sponsorRole: "Geschäftsführerin",
      leadershipBacking: "full",
      staffBacking: "full",
      commitments:
        "Zwei Jahre Laufzeit (2027 und 2028), 13 Wochenstunden Arbeitszeit mit echter Entlastung, 2.400 € im Jahr, ein Diensthandy, Rückendeckung bei Kritik und beim Löschen von Kommentaren nach der Netiquette sowie vierteljährlich 30 Minuten in der Leitungsrunde.",
      postApprovers:
        "Beiträge nach Redaktionsplan: das Social-Media-Team selbst; neue Themen und Stellungnahmen: Bereichsleitung",
      approvalHours: 24,
      escalationPath:
        "Social-Media-Team → Bereichsleitung Jugendarbeit → Geschäftsführerin; Fragen zu Datenschutz und Bildrechten gehen an die Datenschutzbeauftragte.",
      crisisPath:
        "Bei heftiger Kritik informiert das Team sofort die Geschäftsführerin, auch am Wochenende über das Diensthandy der Leitung; sie entscheidet binnen zwei Stunden über Antwort, Kommentarsperre oder Stellungnahme. Hinweise auf eine Kindeswohlgefährdung gehen nach dem Schutzkonzept (§ 8a SGB VIII) sofort an die insoweit erfahrene Fachkraft. Kommentare werden nach der Netiquette moderiert und dokumentiert.",
    },
    staff: {
      minutesPerPost: 90,
      communityMinutesPerDay: 15,
      monitoringMinutesPerWeek: 30,
      weekendCoverage: false,
      hourlyRate: 48,
      fullTimeHours: 39,
      people: [
        {
          name: "Eva Engel",
          role: "Sozialpädagogin, Jugendzentrum Nord",
          hoursPerWeek: 5,
          relievedOf:
            "Protokollführung im Team; die Dienstagsgruppe im Jugendzentrum übernimmt eine Honorarkraft.",
          coveredBy: "ref:1",
        },
        {
          name: "Jonas Beispiel",
          role: "Schulsozialarbeiter, Gesamtschule Mitte",
          hoursPerWeek: 4,
          relievedOf:
            "Vertretungsdienste in der Ganztagsbetreuung; die Schule setzt dafür eine Ergänzungskraft ein.",
          coveredBy: "ref:0",
        },
        {
          name: "Lena Muster",
          role: "Verwaltung und Öffentlichkeitsarbeit (halbe Stelle)",
          hoursPerWeek: 4,
          relievedOf:
            "Druck und Versand der Papierflyer entfallen; die Terminverwaltung der Familienberatung übernimmt das Sekretariat.",
          coveredBy: "ref:0",
        },
      ],
    },
    commitment: {
      horizonMonths: 24,
      reviewCadence: "quarterly",
      securedBeyondPilot:
        "Die 13 Wochenstunden sind im Stellenplan 2027 und 2028 verankert, nicht in einem befristeten Projektbudget; das Budget steht im Wirtschaftsplan. Über die Fortsetzung ab 2029 entscheidet der Vorstand auf Grundlage der Auswertung im Herbst 2028.",
      milestones: [
        {
          title: "Netiquette und Regeln für Direktnachrichten veröffentlicht",
          owner: "Eva Engel",
          dueDate: "2027-02-26",
        },
        { title: "Instagram und WhatsApp-Kanal gestartet", owner: "Eva Engel", dueDate: "2027-03-15" },
        { title: "Erster Quartalsbericht an die Leitung", owner: "Jonas Beispiel", dueDate: "2027-04-15" },
        { title: "Facebook-Seite geschlossen", owner: "Jonas Beispiel", dueDate: "2027-06-30" },
        {
          title: "Halbjahresbilanz mit Team und Jugendbeirat",
          owner: "Bereichsleitung Jugendarbeit",
          dueDate: "2027-07-15",
        },
        {
          title: "Jahresauswertung und Planung für 2028",
          owner: "Bereichsleitung Jugendarbeit",
          dueDate: "2027-12-10",
        },
      ],
    },
    involvement: {
      howInvolved:
        "Auftakt-Workshop mit allen drei Bereichen im Januar 2027. Eine Arbeitsgruppe aus je einer Person pro Bereich und zwei Jugendlichen aus dem Jugendbeirat hat Zielgruppen, Kanäle und Netiquette erarbeitet. Der Entwurf wurde in allen Teams besprochen und geändert, die Mitarbeitervertretung wurde informiert.",
      involvedSince: "2027-01-12",
      reservationsResponse:
        "Jede Sorge aus dem Auftakt hat eine Antwort: Fotos von Jugendlichen nur mit schriftlicher Einwilligung und nie ohne Rücksprache, eine Netiquette mit klaren Regeln zum Löschen und Melden, keine Einzelfallberatung in Kommentaren oder Direktnachrichten, sondern der Verweis auf die Beratungsstelle – und freigestellte Stunden statt Arbeit obendrauf. Nach sechs Monaten prüfen alle Teams gemeinsam, ob die Sorgen eingetreten sind.",
      training:
        "Februar 2027: Datenschutz, Bildrechte und Einwilligungen (Datenschutzbeauftragte, alle Mitarbeitenden, zwei Stunden). März 2027: barrierefreie Beiträge und einfache Sprache (Social-Media-Team, ein Tag). April 2027: Umgang mit Kritik und Hassrede (Social-Media-Team und Leitungen, ein halber Tag).",
      feedbackLoop:
        "Monatlich zehn Minuten Rückblick auf die Kanäle in der Dienstbesprechung; Themenwünsche über einen gemeinsamen Ordner; der Jugendbeirat gibt vierteljährlich Rückmeldung. Die Ergebnisse fließen in die Quartalsberichte an die Leitung ein.",
    },
    deficits: {
      deficits: [
        {
          deficit: "Unsicherheit bei Bildrechten und Einwilligungen",
          measure:
            "Schulung durch die Datenschutzbeauftragte; Einwilligungsvorlage für Jugendliche und Sorgeberechtigte mit Widerrufsmöglichkeit.",
          owner: "Bereichsleitung Jugendarbeit",
          dueDate: "2027-02-28",
          priority: "high",
        },
        {
          deficit: "Keine Netiquette und keine Regeln für Direktnachrichten",
          measure:
            "Netiquette mit dem Jugendbeirat schreiben und im Profil verlinken; Standardantwort mit Verweis auf vertrauliche Kontaktwege.",
          owner: "Eva Engel",
          dueDate: "2027-02-26",
          priority: "high",
        },
        {
          deficit: "Kein Diensthandy: Kolleginnen und Kollegen nutzen private Geräte",
          measure:
            "Diensthandy mit Geräteverwaltung beschaffen; dienstliche Konten von privaten Geräten abmelden.",
          owner: "Lena Muster",
          dueDate: "2027-02-15",
          priority: "high",
        },
        {
          deficit: "Wenig Übung mit Alternativtexten, Untertiteln und einfacher Sprache",
          measure: "Tagesschulung und Checkliste für jeden Beitrag; Vorlagen mit ausreichendem Kontrast.",
          owner: "Lena Muster",
          dueDate: "2027-03-31",
          priority: "medium",
        },
        {
          deficit: "Kein Ausgangswert für Erstkontakte",
          measure:
            "Ab Januar in allen Einrichtungen Erstkontakte mit ihrer Quelle zählen – als Strichliste, ohne personenbezogene Daten.",
          owner: "Jonas Beispiel",
          dueDate: "2027-01-31",
          priority: "medium",
        },
      ],
    },
    readiness: {
      ownCriteria: [
        {
          title: "Die Mitarbeitervertretung ist informiert",
          description: "Vorstellung der Strategie in der Sitzung am 19. Januar 2027, ohne Einwände.",
          met: "yes",
        },
        {
          title: "Das Schutzkonzept berücksichtigt soziale Medien",
          description:
            "Das Kinderschutzkonzept regelt Kontakte mit Jugendlichen über soziale Medien und den Umgang mit Hinweisen auf eine Gefährdung.",
          met: "yes",
        },
      ],
    },
  };
}
