import { expect, test, type Page } from "@playwright/test";
import { addListEntry, expectAccessible, newPlanInWizard, signedInAs } from "./helpers";

/** A fresh, empty plan in the demo institution, opened in the wizard on the deficits step. */
async function newPlanOnDeficits(page: Page) {
  await newPlanInWizard(page);
  await page.goto(page.url().replace(/\/steps\/[^/]+$/, "/steps/deficits"));
  await expect(page.getByRole("heading", { level: 2, name: /Defizite und Nachholbedarf/ })).toBeVisible();
  return page.url();
}

const deficitTitles = (page: Page) => page.locator("#deficits-deficits fieldset > legend");

test("a facilitator runs a timebox and a dot vote; everyone sees it live and the list takes the vote's order", async ({
  browser,
}) => {
  const eva = await signedInAs(browser, "editor@example.org");
  const clara = await signedInAs(browser, "consultant@example.org");
  const url = await newPlanOnDeficits(eva.page);
  for (const deficit of ["Kein Redaktionsplan", "Keine Freigaberegeln", "Zu wenig Zeit"]) {
    await addListEntry(eva.page, "Defizit hinzufügen", deficit);
  }
  await clara.page.goto(url);
  await expect(deficitTitles(clara.page)).toHaveText([
    "Kein Redaktionsplan",
    "Keine Freigaberegeln",
    "Zu wenig Zeit",
  ]);

  // The facilitator starts a timebox; the other participant sees it counting down.
  await eva.page.getByRole("button", { name: "Moderation", exact: true }).click();
  await expectAccessible(eva.page);
  await eva.page.getByLabel("Bezeichnung (optional)").fill("Defizite priorisieren");
  await eva.page
    .getByRole("group", { name: "Zeitfenster starten mit" })
    .getByRole("button", { name: "5 Min.", exact: true })
    .click();
  const claraTimebox = clara.page.getByTestId("timebox");
  await expect(claraTimebox).toContainText("Defizite priorisieren");
  const timer = claraTimebox.getByRole("timer");
  await expect(timer).toHaveText(/^[45]:\d\d$/);
  const first = await timer.textContent();
  await expect(timer).not.toHaveText(first!);
  await expect(claraTimebox).toHaveAttribute("data-state", "running");

  // Pausing stops it for everyone.
  await eva.page.getByRole("button", { name: "Anhalten" }).click();
  await expect(claraTimebox).toHaveAttribute("data-state", "paused");
  await expect(claraTimebox).toContainText("Zeitfenster angehalten");

  // A dot vote on the deficits, totals hidden until the end (the default).
  await expect(eva.page.getByLabel("Liste", { exact: true })).toHaveValue("deficits.deficits");
  await expect(eva.page.getByLabel("Summen erst nach dem Ende zeigen")).toBeChecked();
  await eva.page.getByRole("button", { name: "Abstimmung starten" }).click();
  // With the panel open on the voted step, the round ends in one place: the banner above the list.
  await expect(eva.page.getByTestId("dot-vote")).toBeVisible();
  await expect(eva.page.getByText("Die Schaltfläche zum Beenden steht über der Liste.")).toBeVisible();
  await expect(eva.page.getByRole("button", { name: "Abstimmung beenden" })).toHaveCount(1);
  await eva.page.keyboard.press("Escape");
  await expect(clara.page.getByTestId("dots-left")).toHaveText("Sie haben noch 3 von 3 Punkten.");
  await expectAccessible(clara.page);
  // Someone who may only read watches: no instructions for dots they do not have.
  const viewer = await signedInAs(browser, "viewer@example.org");
  await viewer.page.goto(url);
  await expect(viewer.page.getByTestId("dot-vote")).toContainText("Sie sehen zu");
  await expect(viewer.page.getByTestId("dot-vote")).not.toContainText("Verteilen Sie");
  await viewer.context.close();

  const give = (page: Page, title: string) =>
    page.getByRole("button", { name: `Punkt geben: ${title}`, exact: true });
  await give(eva.page, "Zu wenig Zeit").click();
  await expect(eva.page.getByTestId("dots-left")).toHaveText("Sie haben noch 2 von 3 Punkten.");
  await give(eva.page, "Zu wenig Zeit").click();
  await expect(eva.page.getByTestId("dots-left")).toHaveText("Sie haben noch 1 von 3 Punkten.");
  await give(eva.page, "Keine Freigaberegeln").click();
  await expect(eva.page.getByTestId("dots-left")).toHaveText("Sie haben noch 0 von 3 Punkten.");
  await expect(give(eva.page, "Kein Redaktionsplan")).toBeDisabled();

  // Clara places all three on one, takes one back and puts it elsewhere.
  for (let i = 0; i < 3; i++) {
    await give(clara.page, "Zu wenig Zeit").click();
    await expect(clara.page.getByTestId("dots-left")).toHaveText(`Sie haben noch ${2 - i} von 3 Punkten.`);
  }
  await clara.page.getByRole("button", { name: "Punkt zurücknehmen: Zu wenig Zeit", exact: true }).click();
  await expect(clara.page.getByTestId("dots-left")).toHaveText("Sie haben noch 1 von 3 Punkten.");
  await give(clara.page, "Keine Freigaberegeln").click();
  // Totals stay hidden while the round runs; only the progress shows.
  await expect(clara.page.getByTestId("dot-vote")).toContainText("Bisher 6 Punkte von 2 Personen.");
  await expect(clara.page.getByTestId("dot-total")).toHaveCount(0);

  // The facilitator ends the round: everyone sees the totals.
  await eva.page.getByTestId("dot-vote").getByRole("button", { name: "Abstimmung beenden" }).click();
  await expect(clara.page.getByTestId("dot-total")).toHaveText(["0 Punkte", "2 Punkte", "4 Punkte"]);

  // Applying the order reorders the list for the others without a reload.
  await eva.page.getByRole("button", { name: "Reihenfolge übernehmen" }).click();
  await expect(deficitTitles(clara.page)).toHaveText([
    "Zu wenig Zeit",
    "Keine Freigaberegeln",
    "Kein Redaktionsplan",
  ]);
  await expect(deficitTitles(eva.page)).toHaveText([
    "Zu wenig Zeit",
    "Keine Freigaberegeln",
    "Kein Redaktionsplan",
  ]);

  // The projector shows the timebox and the results in large type.
  await clara.page.goto(url.replace(/\/steps\/[^/]+$/, "/present?step=deficits"));
  const presenter = clara.page.getByTestId("presenter");
  // The step's title heads the page; the vote's result is a section below it.
  await expect(presenter.getByRole("heading").first()).toHaveText("Defizite und Nachholbedarf");
  await expect(presenter.getByTestId("timebox")).toContainText("Defizite priorisieren");
  const results = presenter.getByTestId("present-vote");
  await expect(results.getByRole("listitem")).toHaveText([
    /Zu wenig Zeit\s*4 Punkte/,
    /Keine Freigaberegeln\s*2 Punkte/,
    /Kein Redaktionsplan\s*0 Punkte/,
  ]);
  await expectAccessible(clara.page);
  // On a phone, the large type wraps instead of making the page scroll sideways.
  await clara.page.setViewportSize({ width: 390, height: 800 });
  await expect(presenter.getByTestId("timebox")).toContainText("Defizite priorisieren");
  expect(await clara.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // Ending the timebox takes it away everywhere.
  await eva.page.getByRole("button", { name: "Moderation", exact: true }).click();
  await eva.page.getByRole("button", { name: "Zeitfenster beenden" }).click();
  await expect(presenter.getByTestId("timebox")).toHaveCount(0);
  await eva.context.close();
  await clara.context.close();
});

test("when time is up the timebox says so, and typing goes on", async ({ browser }) => {
  const eva = await signedInAs(browser, "editor@example.org");
  // The browser's clock runs on its own, so the minute can pass at once.
  await eva.page.clock.install();
  await newPlanOnDeficits(eva.page);
  await eva.page.getByRole("button", { name: "Moderation", exact: true }).click();
  // A length that cannot be is explained at the field, not just a greyed-out button.
  const minutes = eva.page.getByLabel("Eigene Dauer (Minuten)");
  await minutes.fill("0");
  await expect(minutes).toHaveAttribute("aria-invalid", "true");
  await expect(eva.page.getByText(/Bitte geben Sie eine ganze Zahl von 1 bis \d+ Minuten ein/)).toBeVisible();
  await expect(eva.page.getByRole("button", { name: "Starten", exact: true })).toBeDisabled();
  await minutes.fill("1");
  await eva.page.getByRole("button", { name: "Starten", exact: true }).click();
  await eva.page.keyboard.press("Escape");
  const timebox = eva.page.getByTestId("timebox");
  await expect(timebox).toHaveAttribute("data-state", "running");
  await eva.page.clock.fastForward("01:01");
  await expect(timebox).toHaveAttribute("data-state", "expired");
  await expect(timebox).toContainText("Zeit abgelaufen");
  // Time that is up cannot be paused; it can be extended or ended.
  await eva.page.getByRole("button", { name: "Moderation", exact: true }).click();
  await expect(eva.page.getByRole("button", { name: "Anhalten" })).toHaveCount(0);
  await expect(eva.page.getByRole("button", { name: "Zeitfenster beenden" })).toBeVisible();
  await eva.page.keyboard.press("Escape");
  await addListEntry(eva.page, "Defizit hinzufügen", "Noch eins");
  await expect(deficitTitles(eva.page)).toHaveText(["Noch eins"]);
  await expectAccessible(eva.page);
  await eva.context.close();
});

test("the facilitator's panel opens within the screen: across it on a phone, below its button beside the step list", async ({
  browser,
}) => {
  const eva = await signedInAs(browser, "editor@example.org");
  await newPlanOnDeficits(eva.page);
  const panel = eva.page.getByRole("group", { name: "Moderation", exact: true });
  const moderation = eva.page.getByRole("button", { name: "Moderation", exact: true });
  for (const width of [390, 1280]) {
    await eva.page.setViewportSize({ width, height: 844 });
    await moderation.click();
    await expect(eva.page.getByLabel("Bezeichnung (optional)")).toBeVisible();
    await expectPanelPlaced(width);
    await eva.page.keyboard.press("Escape");
    await expect(panel).toBeHidden();
  }
  // The window changes while the panel is open (a tablet turned, a window narrowed): it moves along.
  await moderation.click();
  for (const width of [760, 390, 1280]) {
    await eva.page.setViewportSize({ width, height: 844 });
    await expect(async () => expectPanelPlaced(width)).toPass();
  }
  await eva.page.keyboard.press("Escape");

  async function expectPanelPlaced(width: number) {
    const box = (await panel.boundingBox())!;
    expect(box.x, `left edge at ${width}px`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `right edge at ${width}px`).toBeLessThanOrEqual(width);
    if (width < 640) {
      // Across the screen on a phone.
      expect(box.width, `width at ${width}px`).toBeGreaterThanOrEqual(width - 48);
      return;
    }
    const button = (await moderation.boundingBox())!;
    // Below the button: it spans the button's width (moved left only where the column ends).
    expect(box.x, `below the button at ${width}px`).toBeLessThanOrEqual(button.x + 1);
    expect(box.x + box.width, `below the button at ${width}px`).toBeGreaterThanOrEqual(
      button.x + button.width - 1,
    );
    if (width > 1000) {
      const steps = (await eva.page
        .getByRole("navigation", { name: "Schritte der Strategie" })
        .boundingBox())!;
      expect(box.x, "clear of the step list").toBeGreaterThanOrEqual(steps.x + steps.width);
    }
  }
  // A number of dots out of range says why the vote cannot start.
  await eva.page.getByRole("button", { name: "Moderation", exact: true }).click();
  const dots = eva.page.getByLabel("Punkte pro Person");
  await dots.fill("0");
  await expect(dots).toHaveAttribute("aria-invalid", "true");
  await expect(dots).toHaveAccessibleDescription("Bitte geben Sie eine ganze Zahl von 1 bis 10 Punkten ein.");
  await expect(eva.page.getByRole("button", { name: "Abstimmung starten" })).toBeDisabled();
  await dots.fill("4");
  await expect(eva.page.getByRole("button", { name: "Abstimmung starten" })).toBeEnabled();
  await eva.context.close();
});
