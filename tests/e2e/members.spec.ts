import { expect, test } from "@playwright/test";
import {
  PASSWORD,
  asNewVisitor,
  createPlan,
  expectAccessible,
  inviteAndJoin,
  login,
  register,
  uniqueEmail,
} from "./helpers";

test("an admin invites a colleague by link, who joins with the given role", async ({ page, browser }) => {
  const adminEmail = await register(page, "Jugendhilfe am Fluss");
  await page.getByRole("link", { name: "Mitglieder" }).click();
  await page.getByLabel("Rolle", { exact: true }).selectOption({ label: "Leitung (Freigabe)" });
  await page.getByRole("button", { name: "Einladungslink erstellen" }).click();
  const link = await page.getByLabel("Einladungslink").inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  await expectAccessible(page);

  const colleague = await browser.newContext();
  const other = await colleague.newPage();
  await asNewVisitor(other);
  await other.goto(link);
  await expect(other.getByRole("heading", { name: "Einladung zu Jugendhilfe am Fluss" })).toBeVisible();
  await expectAccessible(other);
  await other.getByLabel("Ihr Name").fill("Dirk Direktor");
  await other.getByLabel("E-Mail-Adresse").fill(uniqueEmail("director"));
  await other.getByLabel("Passwort").fill(PASSWORD);
  await other.getByRole("button", { name: "Konto anlegen und beitreten" }).click();
  await expect(other.getByRole("heading", { name: "Strategiepläne" })).toBeVisible();
  // An approver reads but cannot create plans, nor manage members.
  await expect(other.getByRole("button", { name: "Plan anlegen" })).toHaveCount(0);
  await expect(other.getByRole("link", { name: "Mitglieder" })).toHaveCount(0);

  // The link is spent.
  const third = await browser.newContext();
  const late = await third.newPage();
  await late.goto(link);
  await expect(late.getByText("Die Einladung wurde bereits verwendet.")).toBeVisible();

  await page.reload();
  await expect(page.getByText("Dirk Direktor", { exact: true })).toBeVisible();
  const role = page.getByLabel("Rolle von Dirk Direktor");
  await expect(role).toHaveValue("APPROVER");

  // The new role stays chosen once saved (the form is reset after saving, to the saved role).
  await role.selectOption({ label: "Redaktion" });
  // Picked but not saved yet: the row says so until "Rolle speichern".
  await expect(role).toHaveAccessibleDescription("noch nicht gespeichert");
  await page.getByRole("button", { name: "Rolle speichern: Dirk Direktor", exact: true }).click();
  await expect(page.getByText("Die Rolle wurde geändert.")).toBeVisible();
  await expect(role).toHaveValue("EDITOR");
  await expect(page.getByText("noch nicht gespeichert")).toHaveCount(0);

  // A link for someone who is a member already is refused at the address, with the cursor there.
  const invitee = page.getByLabel("E-Mail-Adresse (optional)");
  await invitee.fill(adminEmail);
  await page.getByRole("button", { name: "Einladungslink erstellen" }).click();
  await expect(invitee).toHaveAttribute("aria-invalid", "true");
  await expect(invitee).toHaveAccessibleDescription(/Diese Person ist bereits Mitglied der Einrichtung\./);
  await expect(invitee).toBeFocused();

  // Each open invitation's button says which one it revokes.
  await page.getByLabel("Rolle", { exact: true }).selectOption({ label: "Redaktion" });
  await page.getByLabel("E-Mail-Adresse (optional)").fill("neu@e2e.example");
  await page.getByRole("button", { name: "Einladungslink erstellen" }).click();
  const secondLink = await page.getByLabel("Einladungslink").inputValue();
  // A member opening it is told they belong already; nothing to accept, nothing used up.
  await other.goto(secondLink);
  await expect(
    other.getByText(/Sie gehören bereits zu Jugendhilfe am Fluss, in der Rolle „Redaktion“/),
  ).toBeVisible();
  await expect(other.getByRole("button", { name: "Einladung annehmen" })).toHaveCount(0);
  // Someone signed in under another address is told before clicking, and can switch accounts.
  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  await login(strangerPage, "viewer@example.org", "wegweiser-demo");
  await strangerPage.goto(secondLink);
  await expect(strangerPage.getByText(/gilt für eine andere E-Mail-Adresse/)).toBeVisible();
  await expect(strangerPage.getByRole("button", { name: "Einladung annehmen" })).toHaveCount(0);
  await strangerPage.getByRole("button", { name: "Abmelden und mit einem anderen Konto annehmen" }).click();
  await expect(strangerPage.getByRole("heading", { name: "Anmelden" })).toBeVisible();
  expect(decodeURIComponent(strangerPage.url())).toContain(`returnTo=${new URL(secondLink).pathname}`);
  await stranger.close();
  await page.reload();
  await page.getByRole("button", { name: "Widerrufen: Einladung an neu@e2e.example als Redaktion" }).click();
  await expect(page.getByText("neu@e2e.example")).toHaveCount(0);
  // A revoked link says so, like a used one.
  await other.reload();
  await expect(other.getByText("Die Einladung wurde widerrufen.")).toBeVisible();

  // Now an editor, Dirk invites colleagues himself: to work on the plans, not to approve them. The
  // members and their roles stay with the admins.
  await other.goto(new URL(page.url()).pathname.replace(/\/members$/, ""));
  await expect(other.getByRole("link", { name: "Mitglieder" })).toHaveCount(0);
  await other.getByRole("link", { name: "Einladungen" }).click();
  await expect(
    other.getByRole("heading", { level: 1, name: "Kolleginnen und Kollegen einladen" }),
  ).toBeVisible();
  await expect(other).toHaveTitle(/^Kolleginnen und Kollegen einladen/);
  await expect(other.getByRole("heading", { name: "Ihre offenen Einladungen" })).toBeVisible();
  await expect(other.getByLabel("Rolle", { exact: true }).locator("option")).toHaveText([
    "Redaktion",
    "Beratung (extern)",
    "Lesezugriff",
  ]);
  await other.getByLabel("Rolle", { exact: true }).selectOption({ label: "Beratung (extern)" });
  await other.getByRole("button", { name: "Einladungslink erstellen" }).click();
  await expect(other.getByLabel("Einladungslink")).toHaveValue(/\/invite\/[A-Za-z0-9_-]{43}$/);
  await expect(other.getByRole("button", { name: /^Entfernen/ })).toHaveCount(0);
  await expectAccessible(other);
  // The admin sees who made it.
  await page.reload();
  await expect(page.getByText(/erstellt von Dirk Direktor/)).toBeVisible();

  // Removing a member is confirmed in a dialog, then on the page (the member's row, with its
  // messages, is gone).
  await page.getByRole("button", { name: "Entfernen: Dirk Direktor", exact: true }).click();
  const question = page.getByRole("alertdialog", { name: "Dirk Direktor aus der Einrichtung entfernen?" });
  await expect(question).toContainText("Links zu freigegebenen Versionen bleiben gültig.");
  // "Abbrechen" is where the focus starts: a stray Enter keeps the member.
  await expect(question.getByRole("button", { name: "Abbrechen" })).toBeFocused();
  await expectAccessible(page);
  await question.getByRole("button", { name: "Entfernen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Das Mitglied wurde entfernt." })).toBeVisible();
  await expect(page.getByText("Dirk Direktor", { exact: true })).toHaveCount(0);
  await colleague.close();
  await third.close();
});

test("a member of another institution gets 'not found' for a plan and its API", async ({ page, browser }) => {
  await register(page, "Kommune Nordheim");
  const planId = await createPlan(page, "Geheimer Plan");
  const planUrl = page.url();

  const outsiderContext = await browser.newContext();
  const outsider = await outsiderContext.newPage();
  await register(outsider, "Kommune Südheim");
  const response = await outsider.goto(planUrl);
  expect(response?.status()).toBe(404);
  await expect(outsider.getByRole("heading", { name: "Seite nicht gefunden" })).toBeVisible();
  // Inside the signed-in area's own header and main region, not a second pair of them.
  await expect(outsider.getByRole("banner")).toHaveCount(1);
  await expect(outsider.getByRole("main")).toHaveCount(1);
  await expect(outsider.getByRole("link", { name: "Konto" })).toBeVisible();
  await expect(outsider.getByText("Geheimer Plan")).toHaveCount(0);
  await expectAccessible(outsider);

  const mySlug = new URL(outsider.url()).pathname.split("/")[2];
  const viaOwnSlug = await outsider.goto(`/institutions/${mySlug}/plans/${planId}`);
  expect(viaOwnSlug?.status()).toBe(404);

  // The same page in the public area and for an address no route knows: one header each time.
  for (const path of [`/invite/${"A".repeat(43)}`, "/gibt-es-nicht"]) {
    expect((await outsider.goto(path))?.status()).toBe(404);
    await expect(outsider.getByRole("heading", { name: "Seite nicht gefunden" })).toBeVisible();
    await expect(outsider.getByRole("banner")).toHaveCount(1);
    await expect(outsider.getByRole("main")).toHaveCount(1);
  }

  const api = await outsider.request.get(`/api/plans/${planId}`);
  expect(api.status()).toBe(404);
  expect(await api.text()).not.toContain("Geheimer Plan");
  const rename = await outsider.request.patch(`/api/plans/${planId}`, { data: { title: "Übernommen" } });
  expect(rename.status()).toBe(404);
  const remove = await outsider.request.delete(`/api/plans/${planId}`);
  expect(remove.status()).toBe(404);

  const own = await page.request.get(`/api/plans/${planId}`);
  expect(own.status()).toBe(200);
  expect((await own.json()) as unknown).toMatchObject({ plan: { title: "Geheimer Plan" } });
  await outsiderContext.close();
});

test("an admin sets up an approval chain, refused without deciders, recorded in the audit log", async ({
  page,
}) => {
  // Its own institution: the demo plan may be in review in a parallel test, and a chain cannot
  // change while a plan waits for a decision.
  await register(page, "Verein Kettenweg");
  await page.getByRole("link", { name: "Freigabekette" }).click();
  await expect(page.getByText(/Keine Stufen festgelegt/)).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Name der Stufe").fill("Datenschutz");
  await page.getByRole("button", { name: "Stufe hinzufügen" }).click();
  await expect(page.getByText("Bitte wählen Sie mindestens eine Person.")).toBeVisible();
  await page.getByLabel("Name der Stufe").fill("Datenschutz");
  await page.getByRole("checkbox", { name: /Petra Probe/ }).check();
  await page.getByRole("button", { name: "Stufe hinzufügen" }).click();
  await expect(page.getByText("1. Datenschutz")).toBeVisible();
  await expect(page.getByText("Petra Probe", { exact: true })).toBeVisible();
  // The stage is changed in its place: without a decider it is refused and keeps the new name typed.
  const stage = page.getByRole("listitem").filter({ hasText: "1. Datenschutz" });
  await stage.getByText("Bearbeiten").click();
  await stage.getByLabel("Name der Stufe").fill("Datenschutzbeauftragte");
  await stage.getByRole("checkbox", { name: /Petra Probe/ }).uncheck();
  await stage.getByRole("button", { name: "Stufe speichern" }).click();
  await expect(stage.getByText("Bitte wählen Sie mindestens eine Person.")).toBeVisible();
  await expect(stage.getByLabel("Name der Stufe")).toHaveValue("Datenschutzbeauftragte");
  await stage.getByRole("checkbox", { name: /Petra Probe/ }).check();
  await stage.getByRole("button", { name: "Stufe speichern" }).click();
  await expect(page.getByText("Die Stufe ist gespeichert.")).toBeVisible();
  await expect(page.getByText("1. Datenschutzbeauftragte")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Protokoll" }).click();
  await expect(page.getByRole("cell", { name: "Freigabekette geändert" })).toHaveCount(2);
  await expect(page.getByText("Datenschutzbeauftragte").first()).toBeVisible();
});

test("a plan passes a two-stage chain: the first stage hands it on, and the chain is locked meanwhile", async ({
  page,
  browser,
}) => {
  // A complete plan in an institution of its own: a copy of the demo plan, imported.
  const demo = await browser.newContext();
  const demoPage = await demo.newPage();
  await login(demoPage, "admin@example.org", "wegweiser-demo");
  await demoPage.getByRole("link", { name: "Social-Media-Strategie 2027" }).first().click();
  await expect(
    demoPage.getByRole("heading", { level: 1, name: "Social-Media-Strategie 2027" }),
  ).toBeVisible();
  const demoPlanId = demoPage.url().split("/plans/")[1]!.split("/")[0]!;
  const file = await (await demoPage.request.get(`/api/plans/${demoPlanId}/export.json`)).body();
  await demo.close();
  await register(page, "Verein Zwei Stufen");
  const institutionUrl = page.url();
  // Whoever submits never decides (four eyes): Vera decides both stages, Petra submits.
  const { context: veraContext, page: vera } = await inviteAndJoin(
    page,
    browser,
    "Leitung (Freigabe)",
    "Vera Vorstand",
  );

  await page.goto(institutionUrl);
  await page.getByRole("link", { name: "Freigabekette" }).click();
  const newStage = page.getByRole("region", { name: "Stufe hinzufügen" });
  for (const stage of ["Leitung", "Vorstand"]) {
    await newStage.getByLabel("Name der Stufe").fill(stage);
    await newStage.getByRole("checkbox", { name: /Vera Vorstand/ }).check();
    await newStage.getByRole("button", { name: "Stufe hinzufügen" }).click();
    await expect(page.getByText(`. ${stage}`)).toBeVisible();
  }

  await page.goto(institutionUrl);
  await page
    .getByRole("region", { name: "Plan importieren" })
    .getByLabel("JSON-Datei")
    .setInputFiles({ name: "plan.json", mimeType: "application/json", buffer: file });
  await page.getByRole("button", { name: "Importieren" }).click();
  await expect(page.getByText("Der Plan wurde importiert.")).toBeVisible();
  const planUrl = page.url();
  await page.getByRole("link", { name: "Strategie bearbeiten" }).click();
  await page
    .getByRole("link", { name: /Bereitschaft/ })
    .first()
    .click();
  await page.getByRole("button", { name: "Zur Freigabe einreichen" }).click();
  await expect(page.getByText("In Prüfung").first()).toBeVisible();

  // While the plan waits, the chain page says why it cannot change and offers nothing to change.
  await page.getByRole("link", { name: "Freigabekette" }).click();
  await expect(page.getByText(/Zur Freigabe liegen vor: .*Social-Media-Strategie 2027/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Stufe hinzufügen" })).toHaveCount(0);
  await expectAccessible(page);
  // Nor can the institution's type change: the settings say which plan keeps it; the name can.
  await page.getByRole("link", { name: "Einstellungen" }).click();
  const type = page.getByLabel("Art der Einrichtung", { exact: true });
  await expect(type).toBeDisabled();
  await expect(type).toHaveAccessibleDescription(
    /Solange ein Plan zur Freigabe vorliegt, bleibt die Art .* Zur Freigabe liegt vor: Social-Media-Strategie 2027/,
  );
  await page.getByLabel("Name der Einrichtung", { exact: true }).fill("Verein Zwei Stufen e.V.");
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByText("Gespeichert.")).toBeVisible();
  await expect(type).toHaveValue("COUNSELLING_CENTRE");

  // The one who submitted is told someone else decides, and is offered no decision.
  await page.goto(planUrl);
  await expect(
    page.getByText("Sie haben den Plan eingereicht. Entscheiden wird jemand anderes (Vier-Augen-Prinzip)."),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Freigeben" })).toHaveCount(0);

  // The first stage's decision hands the plan on; the second one's approves it.
  await vera.goto(planUrl);
  await vera.getByRole("button", { name: "Freigeben" }).click();
  await expect(
    vera.getByText("Ihre Stufe ist erledigt. Der Plan liegt jetzt bei „Vorstand“ zur Entscheidung."),
  ).toBeVisible();
  await expect(vera.getByText("Der Plan ist freigegeben.")).toHaveCount(0);
  await vera.getByRole("button", { name: "Freigeben" }).click();
  await expect(vera.getByText("Der Plan ist freigegeben.")).toBeVisible();
  await veraContext.close();
});

test("an admin leaves the institution once another admin is there, after a question in their own words", async ({
  page,
  browser,
}) => {
  await register(page, "Verein Staffelstab");
  const { context: successor } = await inviteAndJoin(page, browser, "Administration", "Nele Nachfolgerin");
  await successor.close();

  await page.reload();
  await page.getByRole("button", { name: "Austreten" }).click();
  const question = page.getByRole("alertdialog", { name: "Aus dieser Einrichtung austreten?" });
  await expect(question).toContainText(
    "Danach sehen Sie die Pläne der Einrichtung nicht mehr, und Ihre offenen Einladungen, Links zum aktuellen Entwurf und Workshop-Links werden widerrufen. Wieder aufnehmen kann Sie nur die Administration.",
  );
  await question.getByRole("button", { name: "Austreten" }).click();
  await expect(page.getByText("Sie sind aus der Einrichtung ausgetreten.")).toBeVisible();
  await expect(page.getByText(/^Sie gehören noch zu keiner Einrichtung/)).toBeVisible();
});
