import { afterEach, describe, expect, it, vi } from "vitest";

// lib/env.ts validates process.env when it is first imported: each case loads it afresh.
async function loadWith(settings: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [key, value] of Object.entries(settings)) vi.stubEnv(key, value);
  return import("@/lib/auth/oidc");
}

const COMPLETE = {
  AUTH_OIDC_ISSUER: "https://login.beispiel.de/realms/amt",
  AUTH_OIDC_ID: "wegweiser",
  AUTH_OIDC_SECRET: "geheim",
};

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("single sign-on configuration", () => {
  it("without AUTH_OIDC_* there is no provider and no button", async () => {
    const oidc = await loadWith({ AUTH_OIDC_ISSUER: "", AUTH_OIDC_ID: "", AUTH_OIDC_SECRET: "" });
    expect(oidc.oidcProviders()).toEqual([]);
    expect(oidc.oidcSignInOption()).toBeNull();
  });

  it("with issuer, client id and secret there is one OpenID Connect provider", async () => {
    const oidc = await loadWith({ ...COMPLETE, AUTH_OIDC_NAME: "Amt-Login" });
    expect(oidc.oidcSignInOption()).toEqual({ name: "Amt-Login" });
    expect(oidc.oidcProviders()).toEqual([
      expect.objectContaining({
        id: "oidc",
        type: "oidc",
        name: "Amt-Login",
        issuer: COMPLETE.AUTH_OIDC_ISSUER,
        clientId: "wegweiser",
        clientSecret: "geheim",
      }),
    ]);
  });

  it("the button says SSO when no name is given", async () => {
    const oidc = await loadWith({ ...COMPLETE, AUTH_OIDC_NAME: "" });
    expect(oidc.oidcSignInOption()).toEqual({ name: "SSO" });
  });

  it("half a configuration stops the start instead of silently turning SSO off", async () => {
    await expect(loadWith({ ...COMPLETE, AUTH_OIDC_SECRET: "" })).rejects.toThrow(/environment/i);
    await expect(loadWith({ ...COMPLETE, AUTH_OIDC_ISSUER: "login.beispiel.de" })).rejects.toThrow(
      /environment/i,
    );
  });
});
