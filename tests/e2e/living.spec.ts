import { expect, test, type Browser, type BrowserContext } from "@playwright/test";
import { expectAccessible, login } from "./helpers";

const PLAN = "Social-Media-Strategie 2027";
const GOAL = "Mehr Jugendliche finden den Weg in die Beratung";
const DEFICIT = "Unsicherheit bei Bildrechten und Einwilligungen";

async function as(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await login(page, email, "wegweiser-demo");
  return { page, context };
}

/** Moves the app's clock for this browser only (honoured because the test server allows it). */
async function moveClock(context: BrowserContext, baseURL: string, days: number) {
  const moved = new Date(Date.now() + days * 24 * 3_600_000).toISOString();
  await context.addCookies([{ name: "wegweiser-test-clock", value: moved, url: baseURL }]);
}

test("an approved plan lives: check-ins, a progress chart, and an overdue marker when time moves on", async ({
  browser,
  baseURL,
}) => {
  // The editor submits the demo plan, which passes the readiness check; the director approves it.
  const editor = await as(browser, "editor@example.org");
  const page = editor.page;
  // The document test imports a copy of the demo plan under the same title: either one will do.
  await page.getByRole("link", { name: PLAN }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: PLAN })).toBeVisible();
  const planUrl = page.url();
  const planId = planUrl.split("/plans/")[1]!;
  await page.getByRole("link", { name: "Strategie bearbeiten" }).click();
  await page
    .getByRole("link", { name: /Bereitschaft/ })
    .first()
    .click();
  await expect(page.getByTestId("readiness-verdict")).toHaveText("Bereit zur Freigabe");
  // A plan ready for approval is submitted from its overview as well as from the wizard's last step.
  await page.goto(planUrl);
  await page.getByRole("button", { name: "Zur Freigabe einreichen" }).click();
  await expect(page.getByText("Der Plan wurde zur Freigabe eingereicht.")).toBeVisible();
  await expect(page.getByText("In Prüfung").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Zur Freigabe einreichen" })).toHaveCount(0);
  const director = await as(browser, "director@example.org");
  await director.page.goto(planUrl);
  await director.page.getByRole("button", { name: "Freigeben" }).click();
  await expect(director.page.getByText("Der Plan ist freigegeben.")).toBeVisible();
  await director.context.close();

  // The first check-in: an indicator value and the state of a measure.
  await page.goto(planUrl);
  await page.getByRole("link", { name: "Fortschritt und Zwischenstände" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Fortschritt: „${PLAN}“` })).toBeVisible();
  await expect(page.getByTestId("next-check-in")).toContainText("fällig am");
  await expectAccessible(page);
  const goal = page.getByRole("group", { name: GOAL });
  const deficitState = page.getByRole("group", { name: DEFICIT }).getByLabel("Stand");
  // Whether a measure is late depends on who does it by when: the state's field says.
  await expect(deficitState).toHaveAccessibleDescription(
    "Verantwortlich: Bereichsleitung Jugendarbeit · bis 28.02.2027",
  );
  // A value that is no number is refused, and nothing chosen or typed is lost meanwhile.
  await goal.getByLabel("Ist-Wert (Erstkontakte)").fill("zwölf");
  await goal.getByLabel("Kurze Notiz").fill("Instagram läuft seit März");
  await deficitState.selectOption({ label: "erledigt" });
  await page.getByRole("button", { name: "Zwischenstand speichern" }).click();
  await expect(page.getByText("Bitte prüfen Sie die markierten Felder.")).toBeVisible();
  await expect(deficitState).toHaveValue("done");
  await expect(goal.getByLabel("Kurze Notiz")).toHaveValue("Instagram läuft seit März");
  await goal.getByLabel("Ist-Wert (Erstkontakte)").fill("12");
  await page.getByRole("button", { name: "Zwischenstand speichern" }).click();
  await expect(page.getByText("Der Zwischenstand ist gespeichert.")).toBeVisible();
  const chart = page.getByRole("img", { name: `${GOAL}: Ist-Werte im Vergleich zu Ausgangswert und Ziel` });
  await expect(chart).toBeVisible();
  // The way to the goal's date is in view from the first day: the time axis runs to it.
  await expect(chart).toContainText("31.12.2027");
  await expect(page.getByTestId("progress-chart").first()).toContainText(
    "Ziel: 25 Erstkontakte bis 31. Dezember 2027",
  );
  await expect(page.getByRole("table", { name: `Ist-Werte für „${GOAL}“` })).toContainText("12 Erstkontakte");
  await expect(page.getByTestId("measures-by-state")).toContainText("erledigt: 1");
  await expectAccessible(page);
  // On a phone only the chart's start fits: a line says there is more to the side.
  const swipe = page
    .getByTestId("progress-chart")
    .first()
    .getByText("Die Grafik lässt sich seitlich verschieben.");
  await expect(swipe).toBeHidden();
  const wide = page.viewportSize()!;
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(swipe).toBeVisible();
  await page.setViewportSize(wide);

  // The approved version stays as it was: the plan is still approved, nothing differs.
  await page.goto(planUrl);
  await expect(page.getByTestId("readiness-verdict")).toHaveText("Freigegeben");
  await expect(page.getByText(/weicht von der freigegebenen Version/)).toHaveCount(0);
  await page.getByRole("link", { name: "Pläne", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Strategiepläne" })).toBeVisible();
  const row = page.getByRole("listitem").filter({ has: page.locator(`a[href$="/plans/${planId}"]`) });
  await expect(row.getByTestId("due-badge")).toHaveCount(0);

  // Four months later, without a check-in: the plan list marks it, and a reminder arrives.
  await moveClock(editor.context, baseURL!, 120);
  await page.reload();
  await expect(row.getByTestId("due-badge")).toHaveText("Zwischenstand überfällig");
  await expectAccessible(page);
  await page.getByRole("link", { name: /Benachrichtigungen/ }).click();
  await expect(
    page.getByRole("link", { name: new RegExp(`Der Zwischenstand für „${PLAN}“ ist überfällig`) }),
  ).toHaveCount(1);
  await page
    .getByRole("link", { name: new RegExp(`Der Zwischenstand für „${PLAN}“ ist überfällig`) })
    .click();
  await expect(page.getByTestId("due-state-overdue").first()).toBeVisible();

  // The second check-in answers the overdue one; the chart now shows two values.
  await page.getByRole("group", { name: GOAL }).getByLabel("Ist-Wert (Erstkontakte)").fill("18,5");
  await page.getByRole("button", { name: "Zwischenstand speichern" }).click();
  await expect(page.getByText("Der Zwischenstand ist gespeichert.")).toBeVisible();
  await expect(page.getByTestId("next-check-in")).not.toContainText("überfällig");
  const table = page.getByRole("table", { name: `Ist-Werte für „${GOAL}“` });
  await expect(table.locator("tbody tr")).toHaveCount(2);
  await expect(table).toContainText("18,5 Erstkontakte");
  await expect(chart.locator("circle")).toHaveCount(2);
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/living-progress.png", fullPage: true });
  await page
    .getByRole("region", { name: "Ziele im Zeitverlauf" })
    .screenshot({ path: "test-results/living-chart.png" });

  // The yearly review starts from the approved plan, with the latest values in the goals step.
  await page.getByRole("link", { name: "Strategie überarbeiten" }).click();
  await expect(page.getByTestId("latest-values")).toContainText(`${GOAL}: 18,5 Erstkontakte`);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Pläne", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Strategiepläne" })).toBeVisible();
  await expect(row.getByTestId("due-badge")).toHaveCount(0);
  await editor.context.close();
});
