import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

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

/** A new secret for a link: 32 random bytes, base64url (43 characters). */
export function newLinkSecret(): string {
  return randomBytes(32).toString("base64url");
}

/** What a link secret looks like; anything else is refused before any lookup. */
export const LINK_SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/;
