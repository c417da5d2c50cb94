import { spawnSync, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import { killAppInstance, migrateDatabase, startAppInstance, stopAppInstance } from "../support/app-instance";
import { createPrivatePostgres, type PrivatePostgres } from "../support/private-postgres";
import { PASSWORD, expectAccessible, logout, register } from "./helpers";

// Someone forgot their password; whoever runs the installation makes a link with
// `npm run user:password-link`, which works on the server's database. The suite's own server keeps
// its embedded database to itself, so this spec runs a server on a PostgreSQL cluster of its own;
// its ports differ from faults.spec (5544, E2E_PORT+50) and multi-instance.spec (5546, +61, +62).
const APP_PORT = Number(process.env.RESET_APP_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 64);
const PG_PORT = Number(process.env.RESET_PG_PORT ?? 5548);
const APP_URL = `http://localhost:${APP_PORT}`;

test.use({ baseURL: APP_URL });
test.describe.configure({ mode: "serial" });

let cluster: PrivatePostgres | undefined;
let server: ChildProcess | undefined;

process.once("exit", () => {
  killAppInstance(server);
  cluster?.destroy();
});

test.beforeAll(async () => {
  test.setTimeout(300_000);
  cluster = createPrivatePostgres(PG_PORT);
  cluster.start();
  migrateDatabase(cluster.url);
  server = await startAppInstance(APP_PORT, cluster.url, "RESET_APP_PORT");
});

test.afterAll(async () => {
  await stopAppInstance(server);
  cluster?.destroy();
});

/** What the operator runs; returns the link it prints. */
function passwordLink(email: string) {
  const run = spawnSync("npm", ["run", "--silent", "user:password-link", "--", email, "--base", APP_URL], {
    env: { ...process.env, DATABASE_URL: cluster!.url },
    encoding: "utf8",
  });
  expect(run.status, run.stderr).toBe(0);
  const link = /http\S+\/reset\/\S+/.exec(run.stdout)?.[0];
  expect(link, run.stdout).toBeTruthy();
  return link!;
}

test("a forgotten password: the operator's link sets a new one, once, and signs the person in anew", async ({
  page,
}) => {
  const colleague = await register(page, "Beratungsstelle Nebenan");
  await logout(page);
  const email = await register(page, "Beratungsstelle Neustart");
  await logout(page);
  // The start page says what to do without e-mail.
  await page.getByText("Passwort vergessen?").click();
  await expect(page.getByText(/^Wegweiser verschickt keine E-Mails\./)).toBeVisible();

  const link = passwordLink(email);
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Neues Passwort festlegen" })).toBeVisible();
  await expect(page.getByText(`Für das Konto ${email}.`, { exact: false })).toBeVisible();
  await expect(page).toHaveTitle(/Neues Passwort festlegen/);
  await expectAccessible(page);

  // A password too short is refused at the field, and the link stays good.
  await page.getByLabel("Neues Passwort").fill("kurz");
  await page.getByRole("button", { name: "Passwort speichern" }).click();
  await expect(page.getByLabel("Neues Passwort")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Neues Passwort")).toBeFocused();

  await page.getByLabel("Neues Passwort").fill("Lindenblüten im Oktober");
  await page.getByRole("button", { name: "Passwort speichern" }).click();
  await expect(
    page.getByText("Ihr Passwort wurde geändert. Bitte melden Sie sich mit dem neuen Passwort an."),
  ).toBeVisible();

  // The old password no longer opens the account; the new one does.
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByText("E-Mail-Adresse oder Passwort stimmen nicht.")).toBeVisible();
  await page.getByLabel("Passwort", { exact: true }).fill("Lindenblüten im Oktober");
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByRole("heading", { name: "Strategiepläne" })).toBeVisible();

  // A link opened where someone else is signed in says whose password it sets, and saving it signs
  // that someone out, so the start page can ask for the new password.
  await page.goto(passwordLink(colleague));
  await expect(
    page.getByText(
      `Sie sind in diesem Browser als ${email} angemeldet. Wenn Sie das Passwort für ${colleague} speichern, werden Sie abgemeldet.`,
    ),
  ).toBeVisible();
  await page.getByLabel("Neues Passwort").fill("Kastanien im November");
  await page.getByRole("button", { name: "Passwort speichern" }).click();
  await expect(
    page.getByText("Ihr Passwort wurde geändert. Bitte melden Sie sich mit dem neuen Passwort an."),
  ).toBeVisible();

  // A link cut short in copying says what may have happened, not just "not found".
  await page.goto(link.slice(0, -1));
  await expect(page.getByRole("heading", { name: "Dieser Link gilt nicht mehr" })).toBeVisible();
  await expect(page.getByText(/^Diesen Link für ein neues Passwort gibt es nicht\./)).toBeVisible();

  // Spent, the link says so and where a new one comes from.
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Dieser Link gilt nicht mehr" })).toBeVisible();
  await expect(
    page.getByText("Wer Wegweiser für Ihre Einrichtung betreibt, kann Ihnen einen neuen Link erstellen."),
  ).toBeVisible();
});
