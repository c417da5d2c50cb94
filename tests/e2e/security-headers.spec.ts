import { expect, test, type Page } from "@playwright/test";
import { createPlan, register } from "./helpers";

declare global {
  interface Window {
    __pwned?: boolean;
  }
}

/**
 * Collects every Content-Security-Policy violation the page reports, across navigations, and every
 * security header the browser rejects (it logs e.g. "Error with Permissions-Policy header").
 */
async function watchViolations(page: Page) {
  const seen: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Error with [\w-]+ header/i.test(message.text())) seen.push(message.text());
  });
  await page.exposeFunction("__reportCspViolation", (text: string) => seen.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      void (window as unknown as { __reportCspViolation: (t: string) => Promise<void> }).__reportCspViolation(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return () => [...seen];
}

function directive(policy: string, name: string) {
  return (
    policy
      .split(";")
      .map((d) => d.trim())
      .find((d) => d.startsWith(`${name} `)) ?? ""
  );
}

test("pages send a nonce-based policy and the security headers", async ({ page, request }) => {
  const first = await page.goto("/");
  const headers = first!.headers();
  const policy = headers["content-security-policy"] ?? "";
  const scripts = directive(policy, "script-src");
  expect(scripts).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
  expect(scripts).toContain("'strict-dynamic'");
  expect(scripts).not.toContain("unsafe-inline");
  expect(scripts).not.toContain("unsafe-eval");
  expect(directive(policy, "frame-ancestors")).toBe("frame-ancestors 'none'");
  expect(directive(policy, "object-src")).toBe("object-src 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  // The browser tests run the production build.
  expect(headers["strict-transport-security"]).toMatch(/max-age=\d+/);

  // A fresh nonce for every response.
  const second = await request.get("/");
  const nonceOf = (p: string) => /'nonce-([^']+)'/.exec(p)?.[1];
  expect(nonceOf(second.headers()["content-security-policy"] ?? "")).not.toEqual(nonceOf(policy));

  // The API answers JSON: the common headers, but not the page policy.
  const health = await request.get("/api/health");
  expect(health.headers()["x-content-type-options"]).toBe("nosniff");
  expect(health.headers()["content-security-policy"]).toBeUndefined();
});

test("the app works under the policy without a single violation", async ({ page }) => {
  const violations = await watchViolations(page);
  await register(page, "Familienzentrum Kastanienhof");
  await createPlan(page, "Strategie unter Aufsicht");
  const planUrl = page.url();
  await page.getByRole("link", { name: "Strategie bearbeiten" }).click();

  // Typing autosaves through fetch: client scripts run and may talk to the server.
  await page.getByLabel("Auftrag und Leitbild").fill("Wir begleiten Familien im Stadtteil.");
  await expect(page.getByTestId("autosave-status")).toHaveAttribute("data-status", "saved", {
    timeout: 15_000,
  });
  // Steps with inline style attributes: the capacity chart and the readiness overview.
  await page
    .getByRole("navigation", { name: "Schritte der Strategie" })
    .getByRole("link", { name: /Personal und Zeit/ })
    .click();
  await expect(page.getByRole("heading", { level: 2, name: /Personal und Zeit/ })).toBeVisible();
  await page
    .getByRole("navigation", { name: "Schritte der Strategie" })
    .getByRole("link", { name: /Bereitschaft/ })
    .click();
  await expect(page.getByTestId("readiness-verdict")).toBeVisible();

  // A dialog (Radix adds its own style element for scroll locking) and a language switch.
  await page.goto(planUrl);
  await page.getByRole("button", { name: "Plan löschen …" }).click();
  await expect(page.getByRole("alertdialog")).toBeVisible();
  await page.getByRole("button", { name: "Abbrechen" }).click();
  await page.getByRole("button", { name: "Englisch (English)" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  expect(violations()).toEqual([]);
});

test("user text that looks like markup is shown as text and never runs", async ({ page }) => {
  const violations = await watchViolations(page);
  const payload = `<img src=x onerror="window.__pwned=true"><script>window.__pwned=true</script>`;
  await register(page, `Verein <b>fett</b> & "Co"`);
  await createPlan(page, payload);
  await expect(page.getByRole("heading", { level: 1, name: payload })).toBeVisible();
  await expect(page.getByText(`Verein <b>fett</b> & "Co"`).first()).toBeVisible();
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(await page.locator("img[src='x']").count()).toBe(0);
  expect(violations()).toEqual([]);
});

test("the shared document keeps its own, stricter headers", async ({ request }) => {
  const response = await request.get(`/s/${"A".repeat(43)}`);
  expect(response.status()).toBe(404);
  const headers = response.headers();
  expect(headers["content-security-policy"]).toContain("default-src 'none'");
  expect(headers["content-security-policy"]).not.toContain("strict-dynamic");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
});
