import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type Page } from "@playwright/test";

export const PASSWORD = "ein sicheres Passwort";

export function uniqueEmail(prefix: string) {
  return `${prefix}-${randomUUID().slice(0, 8)}@e2e.example`;
}

/** WCAG 2.1 A and AA, as BITV 2.0 requires of German public bodies. */
export async function expectAccessible(page: Page) {
  // Next.js streams a page's metadata after its first bytes: check the page once its title is in,
  // not while a navigation is still arriving.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * A client address of its own (as a reverse proxy reports it), so that the many registrations of
 * a test run count as different people's, as they would be, not against one address's limit.
 */
export async function asNewVisitor(page: Page) {
  const byte = () => Math.floor(Math.random() * 254) + 1;
  await page.context().setExtraHTTPHeaders({ "x-forwarded-for": `10.${byte()}.${byte()}.${byte()}` });
}

export async function register(page: Page, institutionName: string, institutionType = "Beratungsstelle") {
  const email = uniqueEmail("reg");
  await asNewVisitor(page);
  await page.goto("/register");
  await expectAccessible(page);
  await page.getByLabel("Name der Einrichtung").fill(institutionName);
  await page.getByLabel("Art der Einrichtung").selectOption({ label: institutionType });
  await page.getByLabel("Ihr Name").fill("Petra Probe");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort").fill(PASSWORD);
  await page.getByRole("button", { name: "Konto und Einrichtung anlegen" }).click();
  await expect(page.getByRole("heading", { name: "Strategiepläne" })).toBeVisible();
  return email;
}

/**
 * The admin, on any page of their institution, makes an invitation link for a role; a new person
 * opens it in a browser of their own, creates their account and joins.
 */
export async function inviteAndJoin(admin: Page, browser: Browser, role: string, name: string) {
  await admin.getByRole("link", { name: "Mitglieder" }).click();
  await admin.getByLabel("Rolle", { exact: true }).selectOption({ label: role });
  await admin.getByRole("button", { name: "Einladungslink erstellen" }).click();
  const link = await admin.getByLabel("Einladungslink").inputValue();
  const context = await browser.newContext();
  const page = await context.newPage();
  const email = uniqueEmail("invited");
  await asNewVisitor(page);
  await page.goto(link);
  await expect(page.getByRole("heading", { name: /^Einladung zu / })).toBeVisible();
  await page.getByLabel("Ihr Name").fill(name);
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort").fill(PASSWORD);
  await page.getByRole("button", { name: "Konto anlegen und beitreten" }).click();
  await expect(page.getByRole("heading", { name: "Strategiepläne" })).toBeVisible();
  return { context, page, email };
}

export async function login(page: Page, email: string, password = PASSWORD) {
  await page.goto("/");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort").fill(password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page).not.toHaveURL(/\/$/);
}

export async function logout(page: Page) {
  await page.getByRole("button", { name: "Abmelden" }).click();
  await expect(page.getByRole("heading", { name: "Anmelden" })).toBeVisible();
}

export async function createPlan(page: Page, title: string) {
  await page.getByLabel("Titel").fill(title);
  await page.getByRole("button", { name: "Plan anlegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  // The tab names the plan, so several open plans can be told apart.
  await expect(page).toHaveTitle(`${title} · Wegweiser`);
  return page.url().split("/plans/")[1]!;
}

/** A demo person signed in, in a browser context of their own. */
export async function signedInAs(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await login(page, email, "wegweiser-demo");
  return { page, context };
}

/**
 * A fresh, empty plan in the demo institution (so tests do not share one), opened in the wizard
 * on its first step; returns that page's URL.
 */
export async function newPlanInWizard(page: Page, prefix = "Workshop") {
  const title = `${prefix} ${randomUUID().slice(0, 6)}`;
  await page.goto("/institutions/demo-jugendhilfe");
  await page.getByLabel("Titel").fill(title);
  await page.getByLabel("Vorlage").selectOption({ label: "Leer beginnen" });
  await page.getByRole("button", { name: "Plan anlegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await page.getByRole("link", { name: "Strategie bearbeiten" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /Schritt 1 von 10/ })).toBeVisible();
  return page.url();
}

/** Adds an entry to a list with its button and types into the new entry's first field. */
export async function addListEntry(page: Page, button: string, text: string) {
  const add = page.getByRole("button", { name: button });
  await add.click();
  // The new entry's first field takes the focus; typing before that would reach the button (a
  // space presses it again).
  await expect(add).not.toBeFocused();
  await page.keyboard.type(text);
}
