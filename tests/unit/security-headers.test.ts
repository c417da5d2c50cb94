import { describe, expect, it } from "vitest";
import {
  contentSecurityPolicy,
  createNonce,
  setsOwnPolicy,
  staticSecurityHeaders,
} from "@/lib/security/headers";

describe("security headers", () => {
  it("allows scripts only with the nonce in production, with eval only in development", () => {
    const production = contentSecurityPolicy("abc123", { development: false });
    expect(production).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic';");
    expect(production).not.toContain("unsafe-eval");
    expect(production).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy("abc123", { development: true })).toContain("'unsafe-eval'");
  });

  it("makes a different nonce every time", () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it("sends HSTS only from a production build", () => {
    const keys = (production: boolean) => staticSecurityHeaders({ production }).map((h) => h.key);
    expect(keys(true)).toContain("Strict-Transport-Security");
    expect(keys(false)).not.toContain("Strict-Transport-Security");
    expect(keys(false)).toEqual(
      expect.arrayContaining(["X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy"]),
    );
  });

  it("leaves the API and the shared document's own policy alone", () => {
    expect(setsOwnPolicy("/api/plans/x/changes")).toBe(true);
    expect(setsOwnPolicy("/s/some-token")).toBe(true);
    expect(setsOwnPolicy("/institutions/demo")).toBe(false);
    expect(setsOwnPolicy("/settings")).toBe(false);
  });
});
