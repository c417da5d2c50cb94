import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { addListEntry, asNewVisitor, expectAccessible, login, newPlanInWizard, signedInAs } from "./helpers";

test("a guest joins a workshop by link, edits the opened step only, and is locked out when the link ends", async ({
  browser,
}) => {
  // The facilitator: a fresh plan in the demo institution, its wizard in one tab.
  const facilitator = await browser.newContext();
  const wizard = await facilitator.newPage();
  await login(wizard, "editor@example.org", "wegweiser-demo");
  const title = `Workshop ${randomUUID().slice(0, 6)}`;
  await wizard.goto("/institutions/demo-jugendhilfe");
  await wizard.getByLabel("Titel").fill(title);
  await wizard.getByLabel("Vorlage").selectOption({ label: "Leer beginnen" });
  await wizard.getByRole("button", { name: "Plan anlegen" }).click();
  await expect(wizard.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await wizard.getByRole("link", { name: "Strategie bearbeiten" }).click();
  await expect(wizard.getByRole("heading", { level: 2, name: /Schritt 1 von 10/ })).toBeVisible();

  // In a second tab: the workshop page, opening step 1 and creating a guest link.
  const workshop = await facilitator.newPage();
  await workshop.goto(wizard.url());
  await workshop.getByRole("link", { name: "Workshop mit Gästen" }).click();
  await expect(workshop.getByRole("heading", { level: 1, name: "Workshop", exact: true })).toBeVisible();
  // With no step open yet, guests could only read: the page says so before a link is made.
  const noStepsOpen = workshop.getByText(/^Noch ist kein Schritt für Gäste geöffnet/);
  await expect(noStepsOpen).toBeVisible();
  await workshop.getByRole("checkbox", { name: "1. Ausgangslage" }).check();
  await workshop.getByRole("button", { name: "Auswahl speichern" }).click();
  await expect(workshop.getByText("Die Auswahl ist gespeichert.")).toBeVisible();
  await expect(noStepsOpen).toHaveCount(0);
  await expect(workshop.getByLabel("Gültig für")).toHaveValue("8");
  await workshop.getByRole("button", { name: "Gastlink erstellen" }).click();
  const link = await workshop.getByRole("textbox", { name: "Gastlink", exact: true }).inputValue();
  expect(link).toMatch(/\/w\/[A-Za-z0-9_-]{43}$/);
  await expect(workshop.getByTestId("guest-link-row")).toContainText("aktiv");
  await expectAccessible(workshop);

  // The guest: no account, a browser of their own.
  const guestContext = await browser.newContext();
  const guest = await guestContext.newPage();
  await asNewVisitor(guest);
  await guest.goto(link);
  await expect(guest.getByRole("heading", { level: 1, name: `Workshop: ${title}` })).toBeVisible();
  await expectAccessible(guest);
  await guest.getByRole("button", { name: "Beitreten" }).click();
  await expect(guest.getByText("Bitte prüfen Sie die markierten Felder.")).toBeVisible();
  await guest.getByLabel("Ihr Name").fill("Gerda Gast");
  await guest.getByRole("button", { name: "Beitreten" }).click();
  await expect(guest.getByRole("heading", { level: 2, name: /Schritt 1 von 10/ })).toBeVisible();
  await expect(guest.getByText("Als Gast: Gerda Gast")).toBeVisible();
  await expectAccessible(guest);

  // Steps not open to guests are marked in the step list.
  await expect(guest.getByRole("link", { name: /2\. Ziele.*noch nicht geöffnet/ })).toBeVisible();
  await expect(guest.getByRole("link", { name: /1\. Ausgangslage.*noch nicht geöffnet/ })).toHaveCount(0);

  // Nothing else of the institution opens for the guest: members' pages ask to sign in, the
  // plan's exports and the members' autosave refuse.
  const probe = await guestContext.newPage();
  await probe.goto(wizard.url());
  await expect(probe.getByRole("heading", { name: "Anmelden" })).toBeVisible();
  const planId = wizard.url().split("/plans/")[1]!.split("/")[0]!;
  expect((await guestContext.request.get(`/api/plans/${planId}/export.md`)).status()).toBe(401);
  expect((await guestContext.request.get(`/api/plans/${planId}`)).status()).toBe(401);
  await probe.close();

  // The guest's edit of the opened step reaches the facilitator, who sees them as a guest.
  await expect(wizard.getByTestId("presence")).toContainText("Gerda Gast (Gast), Schritt 1");
  await guest.getByLabel("Auftrag und Leitbild").fill("Wir stärken Familien – gemeinsam erarbeitet.");
  await expect(guest.getByText(/^Gespeichert/)).toBeVisible();
  await expect(wizard.getByLabel("Auftrag und Leitbild")).toHaveValue(
    "Wir stärken Familien – gemeinsam erarbeitet.",
  );

  // A step not opened is read-only for the guest, until the facilitator opens it (live).
  await guest.getByRole("link", { name: /^Weiter:/ }).click();
  await expect(guest.getByRole("heading", { level: 2, name: /Schritt 2 von 10/ })).toBeVisible();
  await expect(guest.getByText(/Dieser Schritt ist noch nicht geöffnet/)).toBeVisible();
  await expect(guest.getByLabel("Was die Leitung erwartet")).toBeDisabled();
  await expect(guest.getByRole("button", { name: "Ziel hinzufügen" })).toHaveCount(0);
  await workshop.getByRole("checkbox", { name: "2. Ziele und Erwartungen" }).check();
  await workshop.getByRole("button", { name: "Auswahl speichern" }).click();
  await expect(guest.getByLabel("Was die Leitung erwartet")).toBeEnabled();
  await expect(guest.getByRole("link", { name: /2\. Ziele.*noch nicht geöffnet/ })).toHaveCount(0);
  await expect(guest.getByText(/Dieser Schritt ist noch nicht geöffnet/)).toHaveCount(0);

  // Revoking the link ends the guest's access at once, without a reload on their side. An edit
  // still on its way (held back here until the link is revoked) is refused and shown as not saved.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await guest.route("**/api/workshop/*/changes", async (route) => {
    await held;
    await route.continue();
  });
  await guest.getByLabel("Was die Leitung erwartet").fill("Noch schnell getippt");
  await expect(guest.getByTestId("autosave-status")).toHaveAttribute("data-status", "saving");
  await workshop.reload();
  // The guest would lose access mid-workshop: the facilitator is asked first.
  await workshop
    .getByTestId("guest-link-row")
    .getByRole("button", { name: /^Widerrufen/ })
    .click();
  const question = workshop.getByRole("alertdialog", { name: "Diesen Gastlink widerrufen?" });
  await expect(question).toContainText("Der Gast, der darüber beigetreten ist, verliert sofort den Zugang.");
  await question.getByRole("button", { name: "Widerrufen" }).click();
  await expect(workshop.getByText("Der Gastlink ist widerrufen.")).toBeVisible();
  await expect(workshop.getByTestId("guest-link-row")).toContainText("widerrufen");
  await expect(guest.getByRole("heading", { name: "Der Gastzugang wurde beendet." })).toBeVisible();
  await expect(guest.getByLabel("Was die Leitung erwartet")).toBeDisabled();
  release();
  await expect(guest.getByTestId("autosave-status")).toHaveAttribute("data-status", "failed");
  await expect(guest.getByTestId("autosave-status")).toContainText("Nicht gespeichert");
  await expect(guest.getByLabel("Was die Leitung erwartet")).toHaveValue("Noch schnell getippt");
  await wizard.getByRole("link", { name: /^Weiter:/ }).click();
  await expect(wizard.getByLabel("Was die Leitung erwartet")).toHaveValue("");
  await expectAccessible(guest);

  // Any further request shows the ended state.
  await guest.reload();
  await expect(guest.getByRole("heading", { name: "Der Gastzugang wurde beendet." })).toBeVisible();

  // The link no longer admits anyone.
  await guest.goto(link);
  await expect(guest.getByRole("heading", { level: 1, name: "Der Gastzugang wurde beendet." })).toBeVisible();

  await guestContext.close();
  await facilitator.close();
});

test("a guest sees the timebox and places dots in the facilitator's vote, without being able to run it", async ({
  browser,
}) => {
  const { page: wizard, context: facilitator } = await signedInAs(browser, "editor@example.org");
  await newPlanInWizard(wizard, "Abstimmung");
  await wizard.getByRole("link", { name: "Workshop mit Gästen" }).click();
  await wizard.getByRole("button", { name: "Gastlink erstellen" }).click();
  const link = await wizard.getByRole("textbox", { name: "Gastlink", exact: true }).inputValue();
  const planUrl = wizard.url().replace(/\/workshop$/, "");
  await wizard.goto(`${planUrl}/steps/deficits`);
  for (const deficit of ["Kein Redaktionsplan", "Zu wenig Zeit"]) {
    await addListEntry(wizard, "Defizit hinzufügen", deficit);
  }
  await expect(wizard.getByText(/^Gespeichert/)).toBeVisible();
  await wizard.getByRole("button", { name: "Moderation", exact: true }).click();
  await wizard.getByLabel("Eigene Dauer (Minuten)").fill("20");
  await wizard.getByRole("button", { name: "Starten", exact: true }).click();
  await wizard.getByRole("button", { name: "Abstimmung starten" }).click();
  await wizard.keyboard.press("Escape");

  // The guest has no step open for editing, yet votes: prioritising is not editing.
  const guestContext = await browser.newContext();
  const guest = await guestContext.newPage();
  await asNewVisitor(guest);
  await guest.goto(link);
  await guest.getByLabel("Ihr Name").fill("Gerd Gast");
  await guest.getByRole("button", { name: "Beitreten" }).click();
  await guest.getByRole("link", { name: /9\. Nachholbedarf/ }).click();
  await expect(guest.getByText(/Dieser Schritt ist noch nicht geöffnet/)).toBeVisible();
  await expect(guest.getByTestId("timebox")).toHaveAttribute("data-state", "running");
  await expect(guest.getByRole("button", { name: "Moderation", exact: true })).toHaveCount(0);
  await expect(guest.getByTestId("dots-left")).toHaveText("Sie haben noch 3 von 3 Punkten.");
  await expect(guest.getByRole("button", { name: "Abstimmung beenden" })).toHaveCount(0);
  const give = guest.getByRole("button", { name: "Punkt geben: Zu wenig Zeit", exact: true });
  await give.click();
  await expect(guest.getByTestId("dots-left")).toHaveText("Sie haben noch 2 von 3 Punkten.");
  await give.click();
  await expect(guest.getByTestId("dots-left")).toHaveText("Sie haben noch 1 von 3 Punkten.");
  await expectAccessible(guest);
  await expect(wizard.getByTestId("dot-vote")).toContainText("Bisher 2 Punkte von einer Person.");

  // The facilitator ends the round and applies it: the guest's list follows.
  await wizard.getByTestId("dot-vote").getByRole("button", { name: "Abstimmung beenden" }).click();
  await expect(guest.getByTestId("dot-total")).toHaveText(["0 Punkte", "2 Punkte"]);
  await wizard.getByRole("button", { name: "Reihenfolge übernehmen" }).click();
  await expect(guest.locator("#deficits-deficits fieldset > legend")).toHaveText([
    "Zu wenig Zeit",
    "Kein Redaktionsplan",
  ]);

  await guestContext.close();
  await facilitator.close();
});
