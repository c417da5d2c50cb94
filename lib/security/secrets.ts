import { createHash, timingSafeEqual } from "node:crypto";

/*
 * Secrets in links (invitations, and share links alike) are stored only as SHA-256 hashes and
 * looked up by hash. The lookup compares hashes, not the secret: how long a comparison takes can
 * at most reveal a prefix of the hash of the attacker's own guess, which says nothing about the
 * real secret. After the lookup, `secretMatches` checks again in constant time, so no code path
 * compares the secret itself with a short-circuiting `===`.
 */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** Constant-time check that `secret` hashes to `storedHash`. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const given = Buffer.from(hashSecret(secret), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return given.length === stored.length && timingSafeEqual(given, stored);
}
