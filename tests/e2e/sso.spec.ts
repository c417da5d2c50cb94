import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import type { Server } from "node:http";
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import Provider from "oidc-provider";
import { PASSWORD, expectAccessible, logout, register } from "./helpers";

// A real OpenID Connect provider (oidc-provider, with its built-in development login and consent
// pages) and a second instance of the production build configured for it through AUTH_OIDC_*,
// exactly as an operator would. The shared app of the other specs stays without SSO.
const BASE_PORT = Number(process.env.E2E_PORT ?? 3100);
const ISSUER = `http://localhost:${BASE_PORT + 10}`;
const APP_PORT = BASE_PORT + 11;
const APP = `http://localhost:${APP_PORT}`;
const CLIENT = { id: "wegweiser-e2e", secret: "e2e-client-secret-e2e-client-secret" };
const DATA_DIR = ".data/e2e-sso";

let idp: Server;
let app: ChildProcess;

function startIdentityProvider(): Promise<Server> {
  const provider = new Provider(ISSUER, {
    clients: [
      {
        client_id: CLIENT.id,
        client_secret: CLIENT.secret,
        redirect_uris: [`${APP}/api/auth/callback/oidc`],
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // Put the e-mail claims into the ID token, which is where Auth.js reads the profile from.
    conformIdTokenClaims: false,
    cookies: { keys: ["e2e-cookie-key-e2e-cookie-key"] },
    // Explicit lifetimes keep the provider from warning about its defaults on every request.
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
    // The development login page accepts any login and password; the login is the e-mail address.
    // Addresses starting with "unverified" come back marked as not verified.
    findAccount: (_context, id) => ({
      accountId: id,
      claims: () => ({
        sub: id,
        email: id,
        email_verified: !id.startsWith("unverified"),
        name: "Sina Sonne",
      }),
    }),
  });
  return new Promise((resolve) => {
    const server = provider.listen(BASE_PORT + 10, () => resolve(server));
  });
}

async function startApp(): Promise<ChildProcess> {
  rmSync(DATA_DIR, { recursive: true, force: true });
  const child = spawn("npx", ["next", "start", "-p", String(APP_PORT)], {
    detached: true,
    stdio: "ignore",
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      WEGWEISER_DATA_DIR: DATA_DIR,
      SEED_DEMO: "false",
      DATABASE_URL: "",
      AUTH_SECRET: "e2e-sso-secret-e2e-sso-secret-0123456789",
      AUTH_OIDC_ISSUER: ISSUER,
      AUTH_OIDC_ID: CLIENT.id,
      AUTH_OIDC_SECRET: CLIENT.secret,
      AUTH_OIDC_NAME: "Test-IdP",
    },
  });
  for (;;) {
    const ready = await fetch(`${APP}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return child;
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

test.describe.configure({ mode: "serial" });
test.use({ baseURL: APP });

test.beforeAll(async () => {
  test.setTimeout(150_000);
  idp = await startIdentityProvider();
  app = await startApp();
});

test.afterAll(async () => {
  if (app?.pid) process.kill(-app.pid, "SIGTERM");
  await new Promise((resolve) => idp?.close(resolve));
  rmSync(DATA_DIR, { recursive: true, force: true });
});

/** Clicks the SSO button and signs in at the provider's development pages. */
async function signInAtProvider(page: Page, email: string) {
  // The provider's page imports a web font; nothing may leave the machine.
  await page.route(/^https:\/\/fonts\./, (route) => route.abort());
  await page.goto("/");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Mit Test-IdP anmelden" }).click();
  await expect(page).toHaveURL(new RegExp(`^${ISSUER}/interaction/`));
  await page.locator('input[name="login"]').fill(email);
  await page.locator('input[name="password"]').fill("egal");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

const domain = `sso-${randomUUID().slice(0, 8)}.example`;
const institutionName = "Beratungsstelle Am Hafen";

test("a colleague signs in with single sign-on and joins the institution of their e-mail domain", async ({
  page,
  browser,
}) => {
  const adminEmail = await register(page, institutionName);
  await page.getByRole("link", { name: "Mitglieder" }).click();
  await page.getByLabel("E-Mail-Domains").fill(domain);
  await page.getByRole("button", { name: "Domains speichern" }).click();
  await expect(page.getByText("Die Domains sind gespeichert.")).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("E-Mail-Domains").fill("gmail.com");
  await page.getByRole("button", { name: "Domains speichern" }).click();
  await expect(page.getByText("Adressen bei allgemeinen E-Mail-Anbietern")).toBeVisible();
  await logout(page);

  const colleague = await browser.newContext();
  const sso = await colleague.newPage();
  await signInAtProvider(sso, `maria@${domain}`);
  await expect(sso).toHaveURL(new RegExp(`^${APP}/institutions/`));
  await expect(sso.getByRole("heading", { name: "Strategiepläne" })).toBeVisible();
  await expect(sso.getByText(institutionName).first()).toBeVisible();
  await expectAccessible(sso);
  // A viewer reads, but neither creates plans nor manages members.
  await expect(sso.getByRole("button", { name: "Plan anlegen" })).toHaveCount(0);
  await expect(sso.getByRole("link", { name: "Mitglieder" })).toHaveCount(0);

  // The session carries the session version like a password session: "sign out on all devices"
  // ends a copy of it too.
  const copiedSession = await colleague.storageState();
  await sso.goto("/account");
  await sso.getByRole("button", { name: "Auf allen Geräten abmelden" }).click();
  await expect(sso.getByRole("heading", { name: "Anmelden" })).toBeVisible();
  const elsewhere = await browser.newContext({ storageState: copiedSession });
  const stale = await elsewhere.newPage();
  await stale.goto("/institutions");
  await expect(stale.getByRole("heading", { name: "Anmelden" })).toBeVisible();
  await elsewhere.close();
  await colleague.close();

  // The admin finds the new colleague among the members, as a viewer.
  await page.getByLabel("E-Mail-Adresse").fill(adminEmail);
  await page.getByLabel("Passwort").fill(PASSWORD);
  await page.getByRole("button", { name: "Anmelden", exact: true }).click();
  await page.getByRole("link", { name: "Mitglieder" }).click();
  await expect(page.getByText(`maria@${domain}`)).toBeVisible();
  await expect(page.getByLabel("Rolle von Sina Sonne")).toHaveValue("VIEWER");
});

test("an address the provider has not verified is turned away with an explanation", async ({ page }) => {
  await signInAtProvider(page, `unverified-olaf@${domain}`);
  await expect(page).toHaveURL(`${APP}/?sso=unverifiedEmail`);
  await expect(page.getByText("Test-IdP meldet Ihre E-Mail-Adresse als nicht bestätigt.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Mit Test-IdP anmelden" })).toBeVisible();
});
