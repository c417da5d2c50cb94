import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectAccessible, register } from "./helpers";

test("an admin corrects the institution's name and type; a refused name changes nothing", async ({
  page,
}) => {
  const suffix = randomUUID().slice(0, 6);
  const oldName = `Jugendamt Tippfehlr ${suffix}`;
  const newName = `Jugendamt Nordstadt ${suffix}`;
  await register(page, oldName, "Verein");
  const institutionUrl = page.url();

  await page.getByRole("link", { name: "Einstellungen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Einstellungen" })).toBeVisible();
  const name = page.getByLabel("Name der Einrichtung", { exact: true });
  const type = page.getByLabel("Art der Einrichtung", { exact: true });
  await expect(name).toHaveValue(oldName);
  await expectAccessible(page);

  // An empty name is refused at the field, which gets the focus; the type chosen is kept.
  await name.fill(" ");
  await type.selectOption({ label: "Kommune" });
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(name).toBeFocused();
  await expect(name).toHaveAccessibleDescription(/.+/);
  await expect(type).toHaveValue("MUNICIPALITY");
  await page.reload();
  await expect(name).toHaveValue(oldName);

  await name.fill(newName);
  await type.selectOption({ label: "Kommune" });
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByText("Gespeichert.")).toBeVisible();
  await expect(name).toHaveValue(newName);
  // Typing again takes back "Gespeichert.": it no longer describes what is in the form.
  await name.press("End");
  await name.press("Backspace");
  await expect(page.getByText("Gespeichert.")).toHaveCount(0);
  // The address stays; the institution's header line shows the new name.
  await page.goto(institutionUrl);
  await expect(page.getByText(newName).first()).toBeVisible();
  await expect(page.getByText(oldName)).toHaveCount(0);

  await page.getByRole("link", { name: "Protokoll" }).click();
  const entry = page.getByRole("row").filter({ hasText: "Name oder Art der Einrichtung geändert" });
  await expect(entry).toContainText(`Name bisher: ${oldName}`);
  await expect(entry).toContainText("Art neu: Kommune");
});
