import { expect, test, type Page } from "@playwright/test";
import { writeFile } from "node:fs/promises";
import { expectAccessible, login, register } from "./helpers";

// The tests here create and revoke share links of the one demo plan: one after another, so that
// revoking "the newest link" in one test never hits a link another test has just made.
test.describe.configure({ mode: "default" });

async function openDemoDocument(page: Page) {
  await login(page, "admin@example.org", "wegweiser-demo");
  await page.getByRole("link", { name: "Social-Media-Strategie 2027" }).click();
  await page.getByRole("link", { name: "Dokument ansehen und herunterladen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Dokument:/ })).toBeVisible();
}

test("the document shows every section, switches language and downloads in four formats", async ({
  page,
}) => {
  await openDemoDocument(page);
  const document = page.locator("article.wg-doc");
  // Below the page's own title, the document's outline starts one level down: one h1 per page.
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  await expect(
    document.getByRole("heading", { level: 2, name: "Social-Media-Strategie 2027" }),
  ).toBeVisible();
  for (const title of [
    "1. Ausgangslage",
    "6. Personal und Zeit",
    "10. Bereitschaft und Einreichung",
    "11. Zeitplan",
  ])
    await expect(document.getByRole("heading", { level: 3, name: title })).toBeVisible();
  await expect(document.getByRole("row", { name: /Geschätzter Aufwand/ })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Sprache des Dokuments").selectOption("en");
  await page.getByRole("button", { name: "Anzeigen" }).click();
  await expect(document.getByRole("heading", { level: 3, name: "2. Goals and expectations" })).toBeVisible();

  const planId = page.url().split("/plans/")[1]!.split("/")[0]!;
  for (const [format, type] of [
    ["pdf", "application/pdf"],
    ["docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ["md", "text/markdown"],
    ["json", "application/json"],
  ] as const) {
    const download = page.waitForEvent("download");
    await page
      .getByRole("button", {
        name: { pdf: "PDF", docx: "Word (.docx)", md: "Markdown", json: "JSON (zum Import)" }[format],
      })
      .click();
    // The English document says so in its name; the plan file (JSON) has no language.
    expect((await download).suggestedFilename()).toBe(
      `Social-Media-Strategie 2027${format === "json" ? "" : " (EN)"}.${format}`,
    );
    const response = await page.request.get(`/api/plans/${planId}/export.${format}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain(type);
  }
  // What is chosen but not shown yet is what downloads, not the document on screen.
  await page.getByLabel("Sprache des Dokuments").selectOption("de");
  const germanDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "PDF" }).click();
  expect((await germanDownload).suggestedFilename()).toBe("Social-Media-Strategie 2027.pdf");
  await expect(document.getByRole("heading", { level: 3, name: "2. Goals and expectations" })).toBeVisible();
  const json = (await (await page.request.get(`/api/plans/${planId}/export.json`)).json()) as {
    format: string;
  };
  expect(json.format).toBe("wegweiser-plan");
});

test("exports are only for signed-in members", async ({ page, browser }) => {
  await openDemoDocument(page);
  const planId = page.url().split("/plans/")[1]!.split("/")[0]!;
  const anonymous = await browser.newContext();
  const response = await anonymous.request.get(`/api/plans/${planId}/export.pdf`);
  expect(response.status()).toBe(401);
  await anonymous.close();
});

test("share link: created, opened without login, nothing of the app or other origins, revoked → 404", async ({
  page,
  browser,
}) => {
  await openDemoDocument(page);
  const shareSection = page.getByRole("region", { name: "Links zum Teilen" });
  await shareSection.getByLabel("Sprache des geteilten Dokuments").selectOption("de");
  await shareSection.getByRole("button", { name: "Link erstellen" }).click();
  const link = await page.getByLabel("Neuer Link").inputValue();
  expect(link).toMatch(/\/s\/[A-Za-z0-9_-]{43}$/);
  await expect(shareSection.getByText("noch nie", { exact: true })).toBeVisible();

  const visitor = await browser.newContext();
  const visitorPage = await visitor.newPage();
  const requested: string[] = [];
  visitorPage.on("request", (request) => requested.push(request.url()));
  const response = await visitorPage.goto(link);
  expect(response?.status()).toBe(200);
  const headers = response!.headers();
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["x-robots-tag"]).toContain("noindex");
  expect(headers["content-security-policy"]).toContain("default-src 'none'");
  await expect(visitorPage.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(
    visitorPage.getByRole("heading", { level: 1, name: "Social-Media-Strategie 2027" }),
  ).toBeVisible();
  await expect(
    visitorPage.getByRole("heading", { level: 2, name: "9. Defizite und Nachholbedarf" }),
  ).toBeVisible();
  await expectAccessible(visitorPage);
  // Only the page itself was loaded: no scripts, styles, fonts or images from anywhere.
  expect(requested).toEqual([link]);
  // No way into the app: every link stays inside the document.
  for (const href of await visitorPage
    .locator("a")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href"))))
    expect(href).toMatch(/^#/);
  await expect(visitorPage.getByRole("button")).toHaveCount(0);

  await page.reload();
  await expect(shareSection.getByText("noch nie", { exact: true })).toHaveCount(0);
  // Readers lose the document at once: the button asks first, and a "no" keeps the link.
  const revoke = shareSection.getByRole("button", { name: /widerrufen/ }).first();
  await revoke.click();
  const question = page.getByRole("alertdialog", { name: "Diesen Link widerrufen?" });
  await expect(question).toContainText("Wer ihn hat, kann das Dokument danach nicht mehr öffnen.");
  await page.keyboard.press("Escape");
  await expect(question).toHaveCount(0);
  await expect(revoke).toBeFocused();
  expect((await visitorPage.goto(link))?.status()).toBe(200);
  await revoke.click();
  await question.getByRole("button", { name: "Widerrufen" }).click();
  await expect(page.getByText("Der Link ist widerrufen")).toBeVisible();

  const afterRevoke = await visitorPage.goto(link);
  expect(afterRevoke?.status()).toBe(404);
  await expect(visitorPage.getByRole("heading", { level: 1, name: "Dokument nicht gefunden" })).toBeVisible();
  // Said in English too, as its translation: the page keeps one h1.
  await expect(visitorPage.getByRole("heading", { level: 2, name: "Document not found" })).toBeVisible();
  await expectAccessible(visitorPage);
  await visitor.close();
});

test("an expired share link says so with 410; the app's clock is moved, not waited for", async ({
  page,
  browser,
}) => {
  await openDemoDocument(page);
  const shareSection = page.getByRole("region", { name: "Links zum Teilen" });
  const today = await shareSection.getByLabel("Gültig bis").getAttribute("min");
  await shareSection.getByLabel("Gültig bis").fill(today!);
  await shareSection.getByRole("button", { name: "Link erstellen" }).click();
  const link = await page.getByLabel("Neuer Link").inputValue();

  const todayVisitor = await browser.newContext();
  expect((await (await todayVisitor.newPage()).goto(link))?.status()).toBe(200);
  await todayVisitor.close();

  const dayAfterTomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString();
  const later = await browser.newContext({
    extraHTTPHeaders: { "x-wegweiser-test-clock": dayAfterTomorrow },
  });
  const laterPage = await later.newPage();
  const response = await laterPage.goto(link);
  expect(response?.status()).toBe(410);
  await expect(laterPage.getByRole("heading", { name: "Link abgelaufen" })).toBeVisible();
  await expectAccessible(laterPage);
  await later.close();
});

test("a plan file imports as a new plan in another institution; a foreign file is refused", async ({
  page,
  browser,
}, testInfo) => {
  await openDemoDocument(page);
  const planId = page.url().split("/plans/")[1]!.split("/")[0]!;
  const file = await (await page.request.get(`/api/plans/${planId}/export.json`)).body();
  // A new institution of its own, so the demo institution's plan list stays as other tests expect it.
  const context = await browser.newContext();
  const other = await context.newPage();
  await register(other, "Import-Beratungsstelle");
  const importSection = other.getByRole("region", { name: "Plan importieren" });

  // The file picker speaks the page's language, whatever language the browser has.
  await expect(importSection.getByText("Datei auswählen …")).toBeVisible();
  await expect(importSection.getByText("Keine Datei ausgewählt")).toBeVisible();
  const foreign = testInfo.outputPath("fremd.json");
  await writeFile(foreign, '{"hello":"world"}');
  await importSection.getByLabel("JSON-Datei").setInputFiles(foreign);
  await importSection.getByRole("button", { name: "Importieren" }).click();
  await expect(importSection.getByRole("alert")).toHaveText("Diese Datei ist kein Wegweiser-Plan.");
  await expectAccessible(other);

  await importSection
    .getByLabel("JSON-Datei")
    .setInputFiles({ name: "plan.json", mimeType: "application/json", buffer: file });
  await expect(importSection.getByText("plan.json", { exact: true })).toBeVisible();
  await importSection.getByRole("button", { name: "Importieren" }).click();
  await expect(other.getByText("Der Plan wurde importiert.")).toBeVisible();
  await expect(other.getByRole("heading", { level: 1, name: "Social-Media-Strategie 2027" })).toBeVisible();
  expect(other.url()).not.toContain(planId);
  await context.close();
});
