import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import {
  addListEntry,
  createPlan,
  expectAccessible,
  inviteAndJoin,
  login,
  logout,
  newPlanInWizard,
  register,
} from "./helpers";

const STEP_TITLES = [
  "Ausgangslage",
  "Ziele und Erwartungen",
  "Kanäle und Zielgruppen",
  "Ressourcen",
  "Rückhalt der Leitung",
  "Personal und Zeit",
  "Langfristige Verpflichtung",
  "Mitarbeitende einbinden",
  "Defizite und Nachholbedarf",
  "Bereitschaft und Einreichung",
];

async function expectStep(page: Page, index: number) {
  await expect(
    page.getByRole("heading", { level: 2, name: `Schritt ${index + 1} von 10: ${STEP_TITLES[index]}` }),
  ).toBeVisible();
}

async function goToStep(page: Page, shortName: string) {
  await page
    .getByRole("navigation", { name: "Schritte der Strategie" })
    .getByRole("link", { name: new RegExp(shortName) })
    .click();
}

async function expectSaved(page: Page) {
  await expect(page.getByTestId("autosave-status")).toHaveAttribute("data-status", "saved", {
    timeout: 15_000,
  });
}

test("from a template through all ten steps to a plan that is ready for approval", async ({
  page,
  browser,
}) => {
  await register(page, "Beratungsstelle Lindenweg");
  await page.getByLabel("Titel").fill("Strategie 2027");
  await expect(page.getByLabel("Vorlage")).toHaveValue("counsellingCentre");
  await page.getByRole("button", { name: "Plan anlegen" }).click();
  // The overview says where the plan stands and what still blocks it, without opening the wizard.
  const summary = page.getByTestId("readiness-summary");
  await expect(summary.getByTestId("readiness-verdict")).toContainText("Hindernisse offen");
  // One level below the card's heading, so the page's outline has no gap.
  await expect(summary.getByRole("heading", { level: 3, name: /^Hindernisse/ })).toBeVisible();
  await expect(summary.getByRole("link", { name: /Kein Ziel ist messbar/ })).toHaveAttribute(
    "href",
    /\/steps\/goals#goals-goals$/,
  );
  // The template's own criterion is long; the chart shows it whole instead of cutting it off.
  const ownCriterion = summary.getByText("Schweigepflicht und Anonymität sind in allen Beiträgen gewahrt", {
    exact: true,
  });
  await expect(ownCriterion).toBeVisible();
  expect(await ownCriterion.evaluate((label) => label.scrollWidth <= label.clientWidth)).toBe(true);
  // Each bar says in words how far its criterion is met, not only by colour and length.
  await expect(summary.getByText("fehlt", { exact: true }).first()).toBeVisible();
  await expectAccessible(page);
  // The overview stays open in a second tab; it follows what is done in the wizard.
  const overview = await page.context().newPage();
  await overview.goto(page.url());
  const overviewGoalFinding = overview
    .getByTestId("readiness-summary")
    .getByRole("link", { name: /Kein Ziel ist messbar/ });
  await expect(overviewGoalFinding).toBeVisible();
  await page.getByRole("link", { name: "Strategie bearbeiten" }).click();
  await expectStep(page, 0);
  // The template prefilled target groups.
  await expect(page.getByLabel("Bezeichnung").first()).toHaveValue("Ratsuchende Erwachsene");
  // A counselling centre's guidance gives an example from a counselling centre.
  await expect(
    page.getByText(/^Eine Erziehungs- und Familienberatungsstelle beschreibt ihren Auftrag/),
  ).toBeVisible();

  // Walk every step with the keyboard, checking accessibility on each. After "Weiter" the focus is
  // on the new step's heading, not on the link (which now leads one step further).
  for (let index = 0; index < STEP_TITLES.length; index++) {
    await expectStep(page, index);
    if (index > 0)
      await expect(
        page.getByRole("heading", { level: 2, name: `Schritt ${index + 1} von 10: ${STEP_TITLES[index]}` }),
      ).toBeFocused();
    await expectAccessible(page);
    if (index === STEP_TITLES.length - 1) break;
    const next = page.getByRole("link", { name: /^Weiter:/ });
    await next.focus();
    await page.keyboard.press("Enter");
  }

  const readiness = page.getByTestId("readiness-verdict");
  await expect(readiness).toContainText("Hindernisse offen");
  await expect(page.getByRole("button", { name: "Zur Freigabe einreichen" })).toBeDisabled();

  // Fill what the readiness check asks for; each finding links to its field.
  await page.getByRole("link", { name: /Kein Ziel ist messbar/ }).click();
  await expectStep(page, 1);
  await page.getByLabel("Zu erreichen bis").first().fill("2027-06-30");
  await expectSaved(page);
  // Without a reload, the open overview no longer lists what was just fixed.
  await expect(overviewGoalFinding).toHaveCount(0, { timeout: 15_000 });
  await overview.close();

  // "12.000" is twelve thousand euros to a German reader, not twelve; typed key by key, the marks
  // on the way ("12.") stay in the field.
  await goToStep(page, "Ressourcen");
  await page.getByLabel("Budget pro Jahr").fill("-5");
  await expect(page.getByText("Bitte geben Sie eine Zahl von 0 bis 10.000.000 ein.")).toBeVisible();
  await page.getByLabel("Budget pro Jahr").clear();
  await page.getByLabel("Budget pro Jahr").pressSequentially("12.000");
  await expect(page.getByLabel("Budget pro Jahr")).toHaveValue("12.000");
  await expectSaved(page);

  // A finding about a field leads to that field, with the focus in it.
  await goToStep(page, "Bereitschaft");
  await page
    .getByRole("link", { name: /keine Person in der Leitung benannt/ })
    .first()
    .click();
  await expectStep(page, 4);
  await expect(page.getByLabel("Wer trägt das Vorhaben in der Leitung?")).toBeFocused();
  await page.getByLabel("Wer trägt das Vorhaben in der Leitung?").fill("Dr. Dora Direktorin");
  await page.getByLabel("Rückhalt der Leitung").selectOption({ label: "voll" });

  await goToStep(page, "Personal und Zeit");
  await page.getByRole("button", { name: "Person hinzufügen" }).click();
  await expect(page.getByLabel("Name", { exact: false }).last()).toBeFocused();
  await page.keyboard.type("Paula Probe");
  await page.getByLabel("Stunden pro Woche für Kommunikation").pressSequentially("10,5");
  await expect(page.getByLabel("Stunden pro Woche für Kommunikation")).toHaveValue("10,5");
  // Hours on top of a full day are not counted until it is settled what the person is relieved of.
  const onTop = page.getByText(/^Nicht mitgezählt: 10,5 Std\. pro Woche/);
  await expect(onTop).toBeVisible();
  await page.getByLabel("Wovon diese Person entlastet wird").fill("Die offene Sprechstunde am Donnerstag");
  await expect(page.getByTestId("capacity-verdict")).toContainText("Die gewährte Zeit reicht");
  await expect(onTop).toHaveCount(0);

  await goToStep(page, "Langfristigkeit");
  await page.getByLabel("Zeithorizont").fill("24");
  await expectSaved(page);
  // The verdict follows what was typed, without reloading the page.
  await goToStep(page, "Bereitschaft");
  await expect(readiness).toHaveText("Bereit zur Freigabe");

  // Nothing is lost on reload (of the step the click has arrived at, not the one it left).
  await goToStep(page, "Langfristigkeit");
  await expectStep(page, 6);
  await page.reload();
  await expect(page.getByLabel("Zeithorizont")).toHaveValue("24");
  await goToStep(page, "Leitung");
  await expect(page.getByLabel("Wer trägt das Vorhaben in der Leitung?")).toHaveValue("Dr. Dora Direktorin");
  await goToStep(page, "Ressourcen");
  await expect(page.getByLabel("Budget pro Jahr")).toHaveValue("12000");

  await goToStep(page, "Bereitschaft");
  await expect(readiness).toHaveText("Bereit zur Freigabe");
  await expectAccessible(page);
  // The new institution has nobody yet who approves: the plan is not sent to no one.
  await expect(page.getByText(/^Noch kann niemand über diesen Plan entscheiden/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Zur Freigabe einreichen" })).toBeDisabled();
  const readinessUrl = page.url();
  const { context: director } = await inviteAndJoin(page, browser, "Leitung (Freigabe)", "Dora Direktorin");
  await director.close();
  await page.goto(readinessUrl);
  await expect(page.getByText(/^Noch kann niemand über diesen Plan entscheiden/)).toHaveCount(0);
  await page.getByRole("button", { name: "Zur Freigabe einreichen" }).click();
  await expect(page.getByText("Der Plan wurde zur Freigabe eingereicht.")).toBeVisible();
  await expect(page.getByText("In Prüfung")).toBeVisible();
  // Past "ready": the overview says the plan is with the deciders now.
  await expect(summary.getByTestId("readiness-verdict")).toHaveText("Liegt zur Freigabe vor");
});

test("a town hall, a ministry and a welfare organisation read guidance examples from their own field", async ({
  page,
}) => {
  // The pitfall about offline channels names what each field uses beside its online channels, and
  // why staff need time says what fills their day.
  for (const [type, example, goal, offline, busyDay] of [
    [
      "Kommune",
      /^Eine Stadtverwaltung beschreibt ihren Auftrag/,
      /Beteiligungsverfahren/,
      /Amtsblatt/,
      /^Wer den ganzen Tag Anträge bearbeitet und Bürgerinnen und Bürger berät/,
    ],
    [
      "Ministerium",
      /^Eine Landesbehörde beschreibt ihren Auftrag/,
      /vollständig und fristgerecht/,
      /Rundschreiben, Fachtagungen/,
      /^Wer den ganzen Tag Vorgänge bearbeitet und Anfragen beantwortet/,
    ],
    [
      "Wohlfahrtsverband",
      /^Der Kreisverband eines Wohlfahrtsverbands/,
      /Bewerbungen für Pflege und Kita/,
      /Aushänge, Elternabende/,
      /^Wer den ganzen Tag mit Klientinnen und Klienten arbeitet/,
    ],
  ] as const) {
    await page.context().clearCookies();
    await register(page, `${type} ${randomUUID().slice(0, 6)}`, type);
    await createPlan(page, "Kommunikationsstrategie");
    await page.getByRole("link", { name: "Strategie bearbeiten" }).click();
    await expectStep(page, 0);
    await expect(page.getByText(example)).toBeVisible();
    await expect(page.getByText(/Jugendhilfeträger/)).toHaveCount(0);
    await expect(
      page.getByTestId("step-guidance").getByRole("listitem").filter({ hasText: offline }),
    ).toHaveCount(1);
    await page.getByRole("link", { name: /^Weiter:/ }).click();
    await expectStep(page, 1);
    await expect(page.getByTestId("step-guidance")).toContainText(goal);
    await goToStep(page, "Personal und Zeit");
    await expect(page.getByTestId("step-guidance").getByText(busyDay)).toBeVisible();
  }
});

test("a typed value survives a dropped connection and is saved when it returns", async ({
  page,
  context,
}) => {
  await register(page, "Verein Brückenbau");
  await page.getByLabel("Titel").fill("Offline-Plan");
  await page.getByLabel("Vorlage").selectOption({ label: "Leer beginnen" });
  await page.getByRole("button", { name: "Plan anlegen" }).click();
  await page.getByRole("link", { name: "Strategie bearbeiten" }).click();
  await expectStep(page, 0);

  await context.setOffline(true);
  await page.getByLabel("Auftrag und Leitbild").fill("Wir bauen Brücken zwischen Generationen.");
  await expect(page.getByTestId("autosave-status")).toHaveAttribute("data-status", /offline|retrying/, {
    timeout: 15_000,
  });

  await context.setOffline(false);
  await expectSaved(page);
  await page.reload();
  await expect(page.getByLabel("Auftrag und Leitbild")).toHaveValue(
    "Wir bauen Brücken zwischen Generationen.",
  );
});

test("viewers read the wizard but cannot change anything", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("E-Mail-Adresse").fill("viewer@example.org");
  await page.getByLabel("Passwort").fill("wegweiser-demo");
  await page.getByRole("button", { name: "Anmelden" }).click();
  // The document test imports a copy of the demo plan with the same title.
  await page.getByRole("link", { name: "Social-Media-Strategie 2027" }).first().click();
  await page.getByRole("link", { name: "Strategie ansehen" }).click();
  // The living-plan test submits and approves the demo plan meanwhile: it may be in review for a moment.
  await expect(
    page.getByText(/Sie können diesen Plan lesen, aber nicht bearbeiten\.|Der Plan liegt zur Freigabe vor/),
  ).toBeVisible();
  await expect(page.getByLabel("Auftrag und Leitbild")).toBeDisabled();
  await expect(page.getByRole("button", { name: "Zielgruppe hinzufügen" })).toHaveCount(0);
  // The demo institution works in youth welfare: so does its guidance's example.
  await expect(page.getByText(/^Ein Jugendhilfeträger beschreibt seinen Auftrag/)).toBeVisible();
  await expectAccessible(page);

  // A long answer shows whole, not cut off inside a box that a reader would have to scroll.
  await goToStep(page, "Kanäle");
  const purpose = page.getByLabel("Zweck").first();
  await expect(purpose).toHaveValue(/.{300}/);
  expect(await purpose.evaluate((box) => box.scrollHeight - box.clientHeight)).toBeLessThanOrEqual(1);

  // Numbers are written the way the reader's language writes them.
  const newsletter = page.getByRole("group", { name: "Eltern-Newsletter" });
  await expect(newsletter.getByLabel("Beiträge pro Woche")).toHaveValue("0,25");
  await page.getByRole("button", { name: "Englisch (English)" }).click();
  await expect(newsletter.getByLabel("Posts per week")).toHaveValue("0.25");
  await page.getByRole("button", { name: "German (Deutsch)" }).click();
  await expect(newsletter.getByLabel("Beiträge pro Woche")).toHaveValue("0,25");
});

test("on a phone the header fits the screen and the step row shows the current step", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await login(page, "editor@example.org", "wegweiser-demo");
  const wizard = await newPlanInWizard(page, "Telefon");
  await page.goto(wizard.replace(/\/start$/, "/deficits"));
  await expectStep(page, 8);

  const signOut = page.getByRole("button", { name: "Abmelden" });
  const signOutBox = (await signOut.boundingBox())!;
  expect(signOutBox.x + signOutBox.width).toBeLessThanOrEqual(390);
  await expect(page.getByRole("link", { name: "Benachrichtigungen" })).toBeVisible();

  const row = page.getByRole("navigation", { name: "Schritte der Strategie" }).getByRole("list");
  const current = row.getByRole("link", { name: /9\. Nachholbedarf/ });
  const rowBox = (await row.boundingBox())!;
  const currentBox = (await current.boundingBox())!;
  expect(currentBox.x).toBeGreaterThanOrEqual(rowBox.x);
  expect(currentBox.x + currentBox.width).toBeLessThanOrEqual(rowBox.x + rowBox.width);
  await context.close();
});

test("on a phone no page of a plan is wider than the screen, and no button cuts its text off", async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await login(page, "admin@example.org", "wegweiser-demo");
  await page.getByRole("link", { name: "Social-Media-Strategie 2027" }).first().click();
  await expect(page.getByTestId("readiness-summary")).toBeVisible();
  const plan = page.url();
  const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);

  expect(await pageWidth()).toBeLessThanOrEqual(390);
  const documentLink = page.getByRole("link", { name: "Dokument ansehen und herunterladen" });
  expect(await documentLink.evaluate((link) => link.scrollHeight - link.clientHeight)).toBeLessThanOrEqual(1);

  // The discussion's "about" choice lists long goal titles.
  await page.goto(`${plan}/steps/goals`);
  await expectStep(page, 1);
  expect(await pageWidth()).toBeLessThanOrEqual(390);

  // The document's wide tables scroll in their own box.
  await page.goto(`${plan}/document`);
  const targetGroups = page.getByRole("region", { name: "Zielgruppen", exact: true });
  await expect(targetGroups).toBeVisible();
  expect(await pageWidth()).toBeLessThanOrEqual(390);
  expect(await targetGroups.evaluate((box) => box.scrollWidth > box.clientWidth)).toBe(true);
  // The page's share links fit the screen with their revoke button, also a link that expires and
  // has been opened (the longest entry). The link is in English, which tells it apart from other
  // tests' links.
  const shareLinks = page.getByRole("region", { name: "Links zum Teilen" });
  const expiry = shareLinks.getByLabel("Gültig bis");
  await expiry.fill((await expiry.getAttribute("min"))!);
  await shareLinks.getByLabel("Sprache des geteilten Dokuments").selectOption("en");
  await shareLinks.getByRole("button", { name: "Link erstellen" }).click();
  await page.goto(await page.getByLabel("Neuer Link").inputValue());
  await page.goto(`${plan}/document`);
  const ours = shareLinks.getByRole("listitem").filter({ hasText: "Englisch" });
  await expect(ours).toBeVisible();
  expect(await pageWidth()).toBeLessThanOrEqual(390);
  const revoke = ours.getByRole("button", { name: "Widerrufen" });
  const reach = await revoke.boundingBox();
  expect(reach!.x + reach!.width).toBeLessThanOrEqual(390);
  await revoke.click();
  const question = page.getByRole("alertdialog", { name: "Diesen Link widerrufen?" });
  // The question fits the phone's screen, its buttons within reach.
  expect(await pageWidth()).toBeLessThanOrEqual(390);
  await question.getByRole("button", { name: "Widerrufen" }).click();
  await expect(ours).toHaveCount(0);

  // The presenter view's large type breaks long German words rather than running off the screen.
  await page.goto(`${plan}/present`);
  await expect(page.getByRole("heading", { level: 1, name: "Ausgangslage" })).toBeVisible();
  expect(await pageWidth()).toBeLessThanOrEqual(390);
  // A goal's numbers carry its own unit, which then needs no line of its own.
  await page.goto(`${plan}/present?step=goals`);
  const goal = page
    .getByTestId("presenter")
    .getByRole("listitem")
    .filter({ hasText: "Mehr Jugendliche finden den Weg in die Beratung" });
  await expect(goal.getByText("8 Erstkontakte", { exact: true })).toBeVisible();
  await expect(goal.getByText("25 Erstkontakte", { exact: true })).toBeVisible();
  await expect(goal.getByText("Einheit", { exact: true })).toHaveCount(0);
  expect(await pageWidth()).toBeLessThanOrEqual(390);

  await page.goto(plan.replace(/\/plans\/.*$/, "/audit"));
  await expect(page.getByLabel("Ereignis")).toBeVisible();
  expect(await pageWidth()).toBeLessThanOrEqual(390);
  await context.close();
});

test("unsaved edits wait for the person who typed them, not for whoever signs in next on that computer", async ({
  page,
}) => {
  await login(page, "editor@example.org", "wegweiser-demo");
  const wizard = await newPlanInWizard(page, "Geteilter Rechner");
  // Saving fails for now: what Eva types waits in this browser.
  await page.route("**/changes", (route) => route.abort());
  await page.getByLabel("Auftrag und Leitbild").fill("Evas Entwurf, noch nicht gespeichert");
  await expect(page.getByTestId("autosave-status")).toHaveAttribute("data-status", /retrying|offline/, {
    timeout: 15_000,
  });
  await logout(page);
  await page.unroute("**/changes");

  await login(page, "consultant@example.org", "wegweiser-demo");
  await page.goto(wizard);
  await expectStep(page, 0);
  await expect(page.getByLabel("Auftrag und Leitbild")).toHaveValue("");
  await expect(page.getByTestId("autosave-status")).not.toHaveAttribute("data-status", "saving");
  await logout(page);

  await login(page, "editor@example.org", "wegweiser-demo");
  await page.goto(wizard);
  await expect(page.getByLabel("Auftrag und Leitbild")).toHaveValue("Evas Entwurf, noch nicht gespeichert");
  await expectSaved(page);
  await page.reload();
  await expect(page.getByLabel("Auftrag und Leitbild")).toHaveValue("Evas Entwurf, noch nicht gespeichert");
});

test("an invalid input is not passed off as saved, and is still there when its step is opened again", async ({
  page,
}) => {
  await login(page, "editor@example.org", "wegweiser-demo");
  await newPlanInWizard(page, "Ungültig");
  await goToStep(page, "Ressourcen");
  const budget = page.getByLabel("Budget pro Jahr");
  await budget.fill("zwölftausend");
  await expect(page.getByText("Bitte geben Sie eine Zahl ein", { exact: false })).toBeVisible();
  // The status line says the input is not saved, rather than "Gespeichert".
  await expect(page.getByTestId("autosave-status")).toHaveText(
    "Nicht gespeichert: Eine Eingabe ist ungültig. Sie wird gespeichert, sobald Sie sie korrigieren.",
  );
  // Left and come back to, the field shows what was typed, with what is wrong with it.
  await goToStep(page, "Leitung");
  await goToStep(page, "Ressourcen");
  await expect(budget).toHaveValue("zwölftausend");
  await expect(page.getByText("Bitte geben Sie eine Zahl ein", { exact: false })).toBeVisible();
  // Corrected, it is saved.
  await budget.fill("12.000");
  await expectSaved(page);
});

test("a removed target group brought back with 'Rückgängig' is still the one goals chose", async ({
  page,
}) => {
  await login(page, "editor@example.org", "wegweiser-demo");
  const wizard = await newPlanInWizard(page, "Rückgängig");
  await addListEntry(page, "Zielgruppe hinzufügen", "Eltern");
  // Saved before leaving the step, so that the goals step lists the group by its name.
  await expect(page.getByTestId("autosave-status")).toHaveAttribute("data-status", "saved");
  await page.goto(wizard.replace(/\/steps\/[^/]+$/, "/steps/goals"));
  await addListEntry(page, "Ziel hinzufügen", "Mehr Anmeldungen");
  await page
    .getByRole("group", { name: /Mehr Anmeldungen/ })
    .getByLabel("Zielgruppe")
    .selectOption({ label: "Eltern" });
  await expect(page.getByTestId("autosave-status")).toHaveAttribute("data-status", "saved");

  await page.goto(wizard.replace(/\/steps\/[^/]+$/, "/steps/start"));
  await addListEntry(page, "Zielgruppe hinzufügen", "Jugendliche");
  // Moved to the last place, the entry's "Nach unten" is disabled: "Nach oben" takes the focus.
  await page.getByRole("button", { name: "Nach unten: Eltern", exact: true }).click();
  await expect(page.getByRole("button", { name: "Nach oben: Eltern", exact: true })).toBeFocused();
  await page.getByRole("button", { name: "Entfernen: Eltern", exact: true }).click();
  // The notice names the entry and the goal's choice it emptied.
  await expect(
    page.getByText(
      "„Eltern“ wurde entfernt. Eine Auswahl, die darauf verwies, ist jetzt leer. „Rückgängig“ stellt alles wieder her.",
    ),
  ).toBeVisible();
  // The removed entry's button is gone: "Rückgängig" has the focus, and brings the entry back focused.
  await expect(page.getByRole("button", { name: "Rückgängig" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("textbox", { name: "Bezeichnung" }).last()).toHaveValue("Eltern");
  await expect(page.getByRole("textbox", { name: "Bezeichnung" }).last()).toBeFocused();
  await expect(page.getByTestId("autosave-status")).toHaveAttribute("data-status", "saved");

  await page.goto(wizard.replace(/\/steps\/[^/]+$/, "/steps/goals"));
  await expect(page.getByRole("group", { name: /Mehr Anmeldungen/ }).getByLabel("Zielgruppe")).toHaveText(
    /Eltern/,
  );
  await expect(
    page.getByRole("group", { name: /Mehr Anmeldungen/ }).getByRole("option", { selected: true }),
  ).toHaveText("Eltern");
});

test("every page of a plan names the plan in the browser tab, after what the page shows of it", async ({
  page,
}) => {
  await login(page, "admin@example.org", "wegweiser-demo");
  await page.getByRole("link", { name: "Social-Media-Strategie 2027" }).first().click();
  await expect(page).toHaveTitle("Social-Media-Strategie 2027 · Wegweiser");
  const plan = page.url();
  for (const [path, what] of [
    ["/steps/goals", "Ziele und Erwartungen"],
    ["/document", "Dokument"],
    ["/progress", "Fortschritt"],
    ["/compare", "Versionen vergleichen"],
    ["/workshop", "Workshop"],
    ["/present", "Präsentationsansicht"],
  ]) {
    await page.goto(`${plan}${path}`);
    await expect(page).toHaveTitle(`${what} – Social-Media-Strategie 2027 · Wegweiser`);
  }
});
