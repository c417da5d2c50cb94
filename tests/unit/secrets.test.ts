import { describe, expect, it } from "vitest";
import { hashSecret, secretMatches } from "@/lib/security/secrets";

describe("link secrets", () => {
  it("are stored as a SHA-256 hash and match only the secret that made it", () => {
    const secret = "k3Jx9wQ2mZ7tR5vB8nL1pY4cF6hD0sA2eG9uI3oT7qW";
    const stored = hashSecret(secret);
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    expect(stored).not.toContain(secret);
    expect(secretMatches(secret, stored)).toBe(true);
    expect(secretMatches(`${secret.slice(0, -1)}X`, stored)).toBe(false);
    // A damaged stored hash is a mismatch, not a crash of the constant-time comparison.
    expect(secretMatches(secret, stored.slice(0, 10))).toBe(false);
  });
});
