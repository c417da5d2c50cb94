import { expect, test } from "@playwright/test";
import { PASSWORD, asNewVisitor, logout, register, uniqueEmail } from "./helpers";

test("registration refuses a common password and explains why", async ({ page }) => {
  await asNewVisitor(page);
  await page.goto("/register");
  await page.getByLabel("Name der Einrichtung").fill("Verein Schlüsselbund");
  await page.getByLabel("Art der Einrichtung").selectOption({ label: "Verein" });
  await page.getByLabel("Ihr Name").fill("Sina Schlüssel");
  await page.getByLabel("E-Mail-Adresse").fill(uniqueEmail("common"));
  await page.getByLabel("Passwort").fill("Passwort123");
  await page.getByRole("button", { name: "Konto und Einrichtung anlegen" }).click();
  await expect(page.getByText("Dieses Passwort ist weit verbreitet und leicht zu erraten.")).toBeVisible();
  // The focus lands on the field to correct, not at the top of the page.
  await expect(page.getByLabel("Passwort")).toBeFocused();
  await expect(page.getByLabel("Name der Einrichtung")).toHaveValue("Verein Schlüsselbund");
});

test("registering an address that already has an account marks the address and keeps the rest", async ({
  page,
}) => {
  const email = await register(page, "Beratungsstelle Doppelt");
  await logout(page);
  await asNewVisitor(page);
  await page.goto("/register");
  await page.getByLabel("Name der Einrichtung").fill("Verein Zweitversuch");
  await page.getByLabel("Art der Einrichtung").selectOption({ label: "Verein" });
  await page.getByLabel("Ihr Name").fill("Petra Probe");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort").fill(PASSWORD);
  await page.getByRole("button", { name: "Konto und Einrichtung anlegen" }).click();
  const address = page.getByLabel("E-Mail-Adresse");
  await expect(address).toHaveAttribute("aria-invalid", "true");
  await expect(address).toBeFocused();
  await expect(address).toHaveAccessibleDescription(/Für diese E-Mail-Adresse gibt es schon ein Konto/);
  await expect(page.getByLabel("Name der Einrichtung")).toHaveValue("Verein Zweitversuch");
  // The password is never sent back; the field says why it is empty.
  await expect(page.getByLabel("Passwort")).toHaveValue("");
  await expect(page.getByLabel("Passwort")).toHaveAccessibleDescription(/bitte geben Sie es erneut ein/i);
  // Typing another address, the message about the old one goes; the password's stays until typed.
  await address.fill(uniqueEmail("zweit"));
  await expect(address).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText(/Für diese E-Mail-Adresse gibt es schon ein Konto/)).toHaveCount(0);
  await expect(page.getByLabel("Passwort")).toHaveAccessibleDescription(/bitte geben Sie es erneut ein/i);
});

test("after five wrong passwords the account waits, with a clear message", async ({ page }) => {
  const email = await register(page, "Beratungsstelle Riegel");
  await logout(page);
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel("E-Mail-Adresse").fill(email);
    await page.getByLabel("Passwort").fill(`falsches Passwort ${attempt}`);
    await page.getByRole("button", { name: "Anmelden" }).click();
    // The answer has arrived when the form is reset (passwords are never kept).
    await expect(page.getByLabel("Passwort")).toHaveValue("");
    const expected =
      attempt < 5
        ? "E-Mail-Adresse oder Passwort stimmen nicht."
        : /Zu viele Anmeldeversuche – bitte in \d+ Minuten erneut versuchen\./;
    await expect(page.getByText(expected)).toBeVisible();
  }
  // Even the right password waits now.
  await page.getByLabel("Passwort").fill(PASSWORD);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByText(/Zu viele Anmeldeversuche/)).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
});
