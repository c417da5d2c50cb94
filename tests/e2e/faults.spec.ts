import type { ChildProcess } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { killAppInstance, migrateDatabase, startAppInstance, stopAppInstance } from "../support/app-instance";
import { createPrivatePostgres, type PrivatePostgres } from "../support/private-postgres";
import { expectAccessible, register } from "./helpers";

// Faults while people edit: the database restarts, the app instance restarts. This spec runs its
// own PostgreSQL cluster and its own production server (`npm run build` first), so it can stop
// and start both; the suite's shared server and the machine's PostgreSQL are never touched.
const APP_PORT = Number(process.env.FAULTS_APP_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 50);
const PG_PORT = Number(process.env.FAULTS_PG_PORT ?? 5544);
const APP_URL = `http://localhost:${APP_PORT}`;

test.use({ baseURL: APP_URL });
test.describe.configure({ mode: "serial" });

let cluster: PrivatePostgres | undefined;
let server: ChildProcess | undefined;

/** `next start` from the existing build, on the private cluster, with the suite's test settings. */
async function startApp() {
  server = await startAppInstance(APP_PORT, cluster!.url, "FAULTS_APP_PORT");
}

async function stopApp() {
  const running = server;
  server = undefined;
  await stopAppInstance(running);
}

// Should the worker die before afterAll runs, the app and the cluster still go with it.
process.once("exit", () => {
  killAppInstance(server);
  cluster?.destroy();
});

test.beforeAll(async () => {
  cluster = createPrivatePostgres(PG_PORT);
  cluster.start();
  migrateDatabase(cluster.url);
  await startApp();
});

test.afterAll(async () => {
  await stopApp().catch(() => undefined);
  cluster?.destroy();
});

/** What the database holds for one of the plan's fields, read directly from its row. */
async function storedValue(page: Page, key: string) {
  const planId = /\/plans\/([^/?#]+)/.exec(page.url())?.[1];
  const client = new pg.Client({ connectionString: cluster!.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ value: unknown }>(
      `SELECT value FROM "PlanValue" WHERE "planId" = $1 AND key = $2`,
      [planId, key],
    );
    return rows.map((row) => row.value);
  } finally {
    await client.end();
  }
}

const status = (page: Page) => page.getByTestId("autosave-status");
const mission = (page: Page) => page.getByLabel("Auftrag und Leitbild");
const channels = (page: Page) => page.getByLabel("Heutige Kanäle");

async function expectSaved(page: Page) {
  // Retries back off to a few seconds; the limit catches a hang, it does not measure speed.
  await expect(status(page)).toHaveAttribute("data-status", "saved", { timeout: 60_000 });
}

async function expectReconnecting(page: Page) {
  await expect(status(page)).toHaveAttribute("data-status", "retrying", { timeout: 60_000 });
  await expect(status(page)).toContainText("Verbindung wird wiederhergestellt");
}

async function openNewPlan(page: Page, institution: string) {
  await register(page, institution);
  await page.getByLabel("Titel").fill("Plan trotz Störung");
  await page.getByLabel("Vorlage").selectOption({ label: "Leer beginnen" });
  await page.getByRole("button", { name: "Plan anlegen" }).click();
  await page.getByRole("link", { name: "Strategie bearbeiten" }).click();
  await expect(mission(page)).toBeVisible();
}

test("a PostgreSQL restart while editing: the app says it reconnects, and nothing typed is lost", async ({
  page,
}) => {
  await openNewPlan(page, "Familienzentrum Neustart");
  await mission(page).fill("Wir begleiten Familien.");
  await expectSaved(page);

  cluster!.stop();
  await mission(page).fill("Wir begleiten Familien. Auch während die Datenbank neu startet.");
  await channels(page).fill("Aushang im Treppenhaus");
  await expectReconnecting(page);
  // Kept on this device while the server cannot store it.
  const kept = await page.evaluate(() => JSON.stringify({ ...window.localStorage }));
  expect(kept).toContain("Auch während die Datenbank neu startet.");
  expect(kept).toContain("Aushang im Treppenhaus");

  // Reloading while the database is away: the page says so and reloads by itself once it is back.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Vorübergehend nicht erreichbar" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText("Verbindung wird wiederhergestellt");
  await expectAccessible(page);

  cluster!.start();
  await expect(mission(page)).toHaveValue("Wir begleiten Familien. Auch während die Datenbank neu startet.", {
    timeout: 60_000,
  });
  await expectSaved(page);
  expect(await storedValue(page, "start.mission")).toEqual([
    "Wir begleiten Familien. Auch während die Datenbank neu startet.",
  ]);
  expect(await storedValue(page, "start.currentChannels")).toEqual(["Aushang im Treppenhaus"]);
  await page.reload();
  await expect(mission(page)).toHaveValue("Wir begleiten Familien. Auch während die Datenbank neu startet.");
  await expect(channels(page)).toHaveValue("Aushang im Treppenhaus");
});

test("the app instance restarts while editing: the edits arrive once it is back", async ({ page }) => {
  await openNewPlan(page, "Beratung Neustart");
  await mission(page).fill("Vor dem Neustart der App.");
  await expectSaved(page);

  await stopApp();
  await mission(page).fill("Vor dem Neustart der App. Getippt, während sie weg war.");
  await expectReconnecting(page);

  await startApp();
  await expectSaved(page);
  expect(await storedValue(page, "start.mission")).toEqual([
    "Vor dem Neustart der App. Getippt, während sie weg war.",
  ]);
  await page.reload();
  await expect(mission(page)).toHaveValue("Vor dem Neustart der App. Getippt, während sie weg war.");
});
