import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { PASSWORD, createPlan, expectAccessible, inviteAndJoin, register } from "./helpers";

// Every test makes its own institution and people: other specs share the demo data.

test("an admin exports all data, then deletes the institution only after typing its name", async ({
  page,
  browser,
}) => {
  const institutionName = `Verein Löschprobe ${randomUUID().slice(0, 6)}`;
  await register(page, institutionName);
  const planId = await createPlan(page, "Plan zum Löschen");
  const planUrl = page.url();
  const {
    context,
    page: colleague,
    email,
  } = await inviteAndJoin(page, browser, "Redaktion", "Rita Redaktion");
  const slug = new URL(planUrl).pathname.split("/")[2]!;

  // An editor may not export.
  expect((await colleague.request.get(`/api/institutions/${slug}/export.json`)).status()).toBe(403);

  // Export and deletion are in the institution's settings.
  await page.getByRole("link", { name: "Einstellungen" }).click();
  await expect(page.getByRole("heading", { name: "Alle Daten exportieren" })).toBeVisible();
  const exported = await page.request.get(`/api/institutions/${slug}/export.json`);
  expect(exported.status()).toBe(200);
  expect(exported.headers()["content-disposition"]).toMatch(/^attachment;/);
  const data = (await exported.json()) as {
    format: string;
    members: { email: string }[];
    plans: { id: string }[];
  };
  expect(data.format).toBe("wegweiser-institution");
  expect(data.members.map((m) => m.email)).toContain(email);
  expect(data.plans.map((p) => p.id)).toEqual([planId]);
  // Half past eleven at night in UTC is already the next day in Berlin, and so is the file's name.
  const lateExport = await page.request.get(`/api/institutions/${slug}/export.json`, {
    headers: { "x-wegweiser-test-clock": "2027-03-01T23:30:00.000Z" },
  });
  expect(lateExport.headers()["content-disposition"]).toContain(`wegweiser-${slug}-2027-03-02.json`);

  const confirm = page.getByLabel(/Namen der Einrichtung ein/);
  const remove = page.getByRole("button", { name: "Einrichtung endgültig löschen" });
  await expect(remove).toBeDisabled();
  await confirm.fill(institutionName.toLowerCase());
  await expect(remove).toBeDisabled();
  await expectAccessible(page);
  await confirm.fill(institutionName);
  await expect(remove).toBeEnabled();
  await remove.click();
  await expect(page.getByText("Die Einrichtung und alle ihre Daten wurden gelöscht.")).toBeVisible();
  await expect(page.getByText(institutionName)).toHaveCount(0);
  expect((await page.goto(planUrl))?.status()).toBe(404);

  // The colleague keeps their account, without the institution.
  await colleague.goto("/institutions");
  await expect(colleague.getByRole("heading", { name: "Ihre Einrichtungen" })).toBeVisible();
  await expect(colleague.getByText(institutionName)).toHaveCount(0);
  await context.close();
});

test("a member deletes their account with their password; the last admin must hand over first", async ({
  page,
  browser,
}) => {
  const institutionName = `Beratung Kontoprobe ${randomUUID().slice(0, 6)}`;
  await register(page, institutionName);
  const { context, page: colleague, email } = await inviteAndJoin(page, browser, "Redaktion", "Kai Konto");

  // The only admin of an institution with another member cannot delete their account yet.
  await page.getByRole("link", { name: "Konto" }).click();
  await expect(page.getByText(/muss zuerst jemand anderes Ihre Aufgabe übernehmen/)).toBeVisible();
  await expect(page.getByText(/Übergeben Sie die Administration an ein anderes Mitglied/)).toBeVisible();
  // The way to the members page, where the administration can be handed over.
  const handOver = page
    .getByRole("region", { name: "Konto löschen" })
    .getByRole("link", { name: institutionName });
  await expect(handOver).toBeVisible();
  await expect(page.getByRole("button", { name: "Konto endgültig löschen" })).toHaveCount(0);

  await colleague.getByRole("link", { name: "Konto" }).click();
  await colleague.getByLabel("Ihr Passwort zur Bestätigung").fill("nicht mein Passwort");
  await colleague.getByRole("button", { name: "Konto endgültig löschen" }).click();
  await expect(
    colleague.getByText("Das Passwort stimmt nicht. Ihr Konto wurde nicht gelöscht."),
  ).toBeVisible();
  // The message is at the field, where the cursor is put to type the password again.
  await expect(colleague.getByLabel("Ihr Passwort zur Bestätigung")).toHaveAttribute("aria-invalid", "true");
  await expect(colleague.getByLabel("Ihr Passwort zur Bestätigung")).toBeFocused();
  await expectAccessible(colleague);
  await colleague.getByLabel("Ihr Passwort zur Bestätigung").fill(PASSWORD);
  await colleague.getByRole("button", { name: "Konto endgültig löschen" }).click();
  await expect(colleague.getByText("Ihr Konto wurde gelöscht. Alle Sitzungen sind beendet.")).toBeVisible();
  await colleague.goto("/account");
  await expect(colleague.getByRole("heading", { name: "Anmelden" })).toBeVisible();
  await colleague.getByLabel("E-Mail-Adresse").fill(email);
  await colleague.getByLabel("Passwort").fill(PASSWORD);
  await colleague.getByRole("button", { name: "Anmelden" }).click();
  await expect(colleague.getByText("E-Mail-Adresse oder Passwort stimmen nicht.")).toBeVisible();

  // The institution's audit log keeps the colleague's joining, without their name.
  const slug = new URL((await handOver.getAttribute("href"))!, "http://x").pathname.split("/")[2]!;
  await page.goto(`/institutions/${slug}/audit`);
  await expect(page.getByRole("cell", { name: "Gelöschtes Konto" }).first()).toBeVisible();
  await expect(page.getByText("Kai Konto")).toHaveCount(0);
  await expect(page.getByRole("cell", { name: "Konto eines Mitglieds gelöscht" })).toBeVisible();

  // Alone now, the admin may delete the account, and the institution goes with it.
  await page.getByRole("link", { name: "Konto" }).click();
  await expect(page.getByText(/Sie sind das einzige Mitglied dieser Einrichtungen/)).toBeVisible();
  await page.getByLabel("Ihr Passwort zur Bestätigung").fill(PASSWORD);
  await page.getByRole("button", { name: "Konto endgültig löschen" }).click();
  await expect(page.getByText("Ihr Konto wurde gelöscht. Alle Sitzungen sind beendet.")).toBeVisible();
  await context.close();
});
