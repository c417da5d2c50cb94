import { expect, test } from "@playwright/test";
import { PASSWORD, createPlan, expectAccessible, login, logout, register } from "./helpers";

test("register, create a plan, sign out and find it again after signing in", async ({ page, browser }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Social-Media-Strategie");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expectAccessible(page);

  const email = await register(page, "Beratungsstelle Sonnenweg");
  await expect(page.getByText("Beratungsstelle Sonnenweg").first()).toBeVisible();
  await expectAccessible(page);

  await createPlan(page, "Unsere Strategie 2027");
  await expectAccessible(page);

  // Signing out ends the session itself, not only this browser's cookie: a copy of the cookie
  // (or one renewed by a request still under way) opens nothing afterwards.
  const copiedSession = await page.context().storageState();
  await logout(page);
  const elsewhere = await browser.newContext({ storageState: copiedSession });
  const stale = await elsewhere.newPage();
  await stale.goto("/institutions");
  await expect(stale.getByRole("heading", { name: "Anmelden" })).toBeVisible();
  // Nor does Auth.js's session endpoint answer for it (Wegweiser does not use that endpoint).
  expect((await stale.request.get("/api/auth/session")).status()).toBe(404);
  await elsewhere.close();

  await login(page, email);
  await expect(page.getByRole("link", { name: "Unsere Strategie 2027" })).toBeVisible();
});

test("a wrong password gets a clear message and keeps the e-mail", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("E-Mail-Adresse").fill("admin@example.org");
  await page.getByLabel("Passwort").fill("falsch-falsch");
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByText("E-Mail-Adresse oder Passwort stimmen nicht.")).toBeVisible();
  await expect(page.getByLabel("E-Mail-Adresse")).toHaveValue("admin@example.org");
});

test("the demo admin signs in and manages the demo institution in English too", async ({ page }) => {
  await login(page, "admin@example.org", "wegweiser-demo");
  await expect(page.getByRole("link", { name: "Social-Media-Strategie 2027" })).toBeVisible();
  // The plans come first, where people look for them; creating and importing follow.
  const plans = (await page.getByRole("list", { name: "Pläne der Einrichtung" }).boundingBox())!;
  const create = (await page.getByRole("heading", { name: "Neuen Plan anlegen" }).boundingBox())!;
  expect(plans.y).toBeLessThan(create.y);
  await page.getByRole("link", { name: "Mitglieder" }).click();
  await expect(page.getByText("director@example.org")).toBeVisible();
  await expectAccessible(page);

  // The button's name starts with what it shows ("EN"), so voice control finds it by that.
  await page.getByRole("button", { name: /^EN Englisch \(English\)$/ }).click();
  await expect(page.getByRole("heading", { name: "Members and invitations" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  // Dates in English as people in Germany read them: day first and a 24-hour clock.
  await page.getByRole("navigation", { name: "Institution sections" }).getByRole("link").first().click();
  await expect(
    page.getByText(/^Last changed on \d{1,2} [A-Z][a-z]{2,3} \d{4}, \d{2}:\d{2}/).first(),
  ).toBeVisible();
  await page.getByRole("button", { name: "German (Deutsch)" }).click();
  await expect(page.getByText(/^Zuletzt geändert am \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}/).first()).toBeVisible();
});

test("a consultant in two institutions switches between them", async ({ page }) => {
  await login(page, "consultant@example.org", "wegweiser-demo");
  await expect(page.getByRole("heading", { name: "Ihre Einrichtungen" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: /Demo-Jugendhilfe/ }).click();
  await expect(page.getByRole("link", { name: "Social-Media-Strategie 2027" })).toBeVisible();

  const switcher = page.getByRole("button", { name: /Einrichtung wechseln/ });
  await switcher.click();
  await expect(switcher).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("link", { name: /Stadt Musterstadt/ })).toHaveCount(0);
  await expect(switcher).toBeFocused();
  await switcher.click();
  await page.getByRole("link", { name: /Stadt Musterstadt/ }).click();
  await expect(page.getByRole("link", { name: "Instagram für die Jugendberufshilfe" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Social-Media-Strategie 2027" })).toHaveCount(0);

  // A municipality answers the compliance gate for channels on social platforms, not for its website.
  await page.getByRole("link", { name: "Instagram für die Jugendberufshilfe" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Instagram für die Jugendberufshilfe" }),
  ).toBeVisible();
  await page.goto(`${page.url()}/steps/channels`);
  await page.getByRole("button", { name: "Kanal hinzufügen" }).click();
  const channel = page.getByRole("group", { name: /^Kanal \d+$/ }).last();
  await channel.getByLabel("Plattform").selectOption({ label: "Website" });
  await expect(channel.getByLabel("Notwendigkeit")).toHaveCount(0);
  await expect(channel.getByRole("heading", { name: "Prüfung für öffentliche Stellen" })).toHaveCount(0);
  await channel.getByLabel("Plattform").selectOption({ label: "Instagram" });
  // The questions come as one block that says why a public body is asked them.
  await expect(channel.getByRole("heading", { name: "Prüfung für öffentliche Stellen" })).toBeVisible();
  await expect(
    channel.getByText(/tragen für ihre Seiten auf fremden Plattformen Mitverantwortung/),
  ).toBeVisible();
  await expect(channel.getByLabel("Notwendigkeit")).toBeVisible();
  // A yes/no answered too early goes back to open, and stays so.
  const imprint = channel.getByRole("group", { name: "Impressum auf dem Profil erreichbar" });
  await expect(imprint.getByRole("radio", { name: "Noch offen" })).toBeChecked();
  await imprint.getByRole("radio", { name: "Ja" }).check();
  await expect(page.getByTestId("autosave-status")).toHaveAttribute("data-status", "saved");
  await imprint.getByRole("radio", { name: "Noch offen" }).check();
  await expect(page.getByTestId("autosave-status")).toHaveAttribute("data-status", "saved");
  await page.reload();
  const reloaded = page
    .getByRole("group", { name: /^Kanal \d+$/ })
    .last()
    .getByRole("group", { name: "Impressum auf dem Profil erreichbar" });
  await expect(reloaded.getByRole("radio", { name: "Noch offen" })).toBeChecked();
  await expect(reloaded.getByRole("radio", { name: "Ja" })).not.toBeChecked();

  // With the written answers given, the readiness step's finding leads to the first open yes/no
  // question, with the cursor on its answer so far.
  const added = page.getByRole("group", { name: /^Kanal \d+$/ }).last();
  await added.getByLabel("Notwendigkeit").fill("Jugendliche erreichen wir fast nur auf Instagram.");
  await added.getByLabel("Gleiche Information ohne Plattform").fill("Alles steht auch auf unserer Website.");
  await added.getByLabel("Datenschutzrechtliche Bewertung").fill("Bewertet im Mai; keine Beratung per DM.");
  await expect(page.getByTestId("autosave-status")).toHaveAttribute("data-status", "saved");
  await page
    .getByRole("link", { name: /Bereitschaft/ })
    .first()
    .click();
  await page
    .getByRole("link", {
      name: "Beim Kanal „Instagram“ sind 5 Punkte der Prüfung für öffentliche Stellen offen.",
    })
    .click();
  const joint = added.getByRole("group", { name: "Gemeinsame Verantwortlichkeit geregelt" });
  await expect(joint.getByRole("radio", { name: "Noch offen" })).toBeFocused();
  await expect(joint).toBeInViewport();
});

test("changing the password signs out and the new password works", async ({ page }) => {
  const email = await register(page, "Verein Lichtblick");
  await page.getByRole("link", { name: "Konto" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ihr Konto" })).toBeVisible();
  await expectAccessible(page);
  // A wrong current password marks that field, and the cursor is put there to type it again.
  const current = page.getByLabel("Aktuelles Passwort");
  await current.fill("nicht das richtige Passwort");
  await page.getByLabel("Neues Passwort").fill("ein ganz neues Passwort");
  await page.getByRole("button", { name: "Passwort ändern" }).click();
  await expect(current).toHaveAttribute("aria-invalid", "true");
  await expect(current).toHaveAccessibleDescription("Das aktuelle Passwort stimmt nicht.");
  await expect(current).toBeFocused();
  await current.fill(PASSWORD);
  await page.getByLabel("Neues Passwort").fill("ein ganz neues Passwort");
  await page.getByRole("button", { name: "Passwort ändern" }).click();
  await expect(page.getByRole("status")).toContainText("Ihr Passwort wurde geändert");
  await login(page, email, "ein ganz neues Passwort");
  await expect(page.getByRole("heading", { name: "Strategiepläne" })).toBeVisible();
});

test("a person changes their name, and signing out everywhere says so on the start page", async ({
  page,
}) => {
  await register(page, "Verein Namenswechsel");
  const institution = page.url();
  await page.getByRole("link", { name: "Konto" }).click();
  const name = page.getByLabel("Name", { exact: true });
  // An empty name is refused at the field, with the cursor there.
  await name.fill("   ");
  await page.getByRole("button", { name: "Namen speichern" }).click();
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(name).toBeFocused();
  await name.fill("Nora Neuname");
  await page.getByRole("button", { name: "Namen speichern" }).click();
  await expect(page.getByText("Ihr Name wurde geändert.")).toBeVisible();
  await expect(page.getByText(/^Nora Neuname · /)).toBeVisible();
  await expect(name).toHaveValue("Nora Neuname");
  // Others see the new name, e.g. in the list of members.
  await page.goto(`${institution}/members`);
  await expect(page.getByText(/^Nora Neuname/).first()).toBeVisible();

  await page.getByRole("link", { name: "Konto" }).click();
  await page.getByRole("button", { name: "Auf allen Geräten abmelden" }).click();
  await expect(page.getByText("Sie sind auf allen Geräten abgemeldet.", { exact: false })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Anmelden" })).toBeVisible();
});
