import { createHash } from "node:crypto";
import { AppError } from "@/lib/access/errors";
import { getPrisma } from "@/lib/db/client";

/*
 * Rate limits kept in the database, so they hold across app instances and restarts: the same
 * sliding-window scheme as the login throttling (lib/auth/login-throttle.ts), for everything else
 * that someone could hammer: registration, accepting invitations, creating invitations and share
 * links. Keys (client addresses, user and institution ids) are stored only as SHA-256 hashes.
 *
 * An attempt is recorded *before* the work is done and counted including itself, so parallel
 * requests cannot slip past the limit; a refused attempt is removed again (it did nothing and
 * should not prolong the wait). Attempts count whether they then succeed or fail: each of these
 * limits is about volume, and a failed attempt (a guessed invitation link) counts most of all.
 */

export interface RateLimit {
  /** Names the thing limited and what the key is, e.g. "register:address". */
  bucket: string;
  max: number;
  windowMs: number;
}

const HOUR = 60 * 60 * 1000;

/** The limits in force; see SECURITY.md. */
export const RATE_LIMITS = {
  /** New accounts (with or without an invitation) from one client address. */
  registerPerAddress: { bucket: "register:address", max: 10, windowMs: HOUR },
  /** Attempts to accept or register with an invitation link, per client address: link guessing. */
  invitationPerAddress: { bucket: "invitation:address", max: 20, windowMs: HOUR },
  /** Attempts to set a new password with a reset link, per client address: link guessing. */
  passwordResetPerAddress: { bucket: "password-reset:address", max: 20, windowMs: HOUR },
  /** Invitations one institution creates. */
  invitePerInstitution: { bucket: "invite:institution", max: 50, windowMs: 24 * HOUR },
  /** Share links one person creates. */
  shareLinkPerUser: { bucket: "share:user", max: 30, windowMs: HOUR },
  /** Workshop guest links one person creates. */
  workshopLinkPerUser: { bucket: "workshop:user", max: 30, windowMs: HOUR },
  /** Joining a workshop as a guest, per client address: each join stores a guest. */
  workshopJoinPerAddress: { bucket: "workshop-join:address", max: 60, windowMs: HOUR },
} as const satisfies Record<string, RateLimit>;

export const hashKey = (kind: string, value: string) =>
  createHash("sha256").update(`${kind}:${value.trim().toLowerCase()}`).digest("hex");

/**
 * How long until one more attempt is allowed, given the attempts in the window (newest first) of
 * which `allowed` may stand: 0 when fewer are there. Shared with the login throttling.
 */
export function retryAfterMs(recentNewestFirst: Date[], allowed: number, windowMs: number, now: Date) {
  if (recentNewestFirst.length <= allowed) return 0;
  // Allowed again once so many have aged out that `allowed` remain.
  const pivot = recentNewestFirst[allowed]!.getTime();
  return Math.max(1, pivot + windowMs - now.getTime());
}

/**
 * Records one attempt under `limit` for `key` and refuses it with RATE_LIMITED (429, "try again
 * in N minutes") when it is one too many.
 */
export async function consumeRateLimit(limit: RateLimit, key: string, now = new Date()): Promise<void> {
  const prisma = await getPrisma();
  const keyHash = hashKey(limit.bucket, key);
  const since = new Date(now.getTime() - limit.windowMs);
  const hit = await prisma.rateLimitHit.create({
    data: { bucket: limit.bucket, keyHash, createdAt: now },
    select: { id: true },
  });
  const recent = await prisma.rateLimitHit.findMany({
    where: { bucket: limit.bucket, keyHash, createdAt: { gt: since } },
    select: { createdAt: true },
    orderBy: { createdAt: "desc" },
    take: limit.max + 1,
  });
  const wait = retryAfterMs(
    recent.map((r) => r.createdAt),
    limit.max,
    limit.windowMs,
    now,
  );
  if (wait > 0) {
    await prisma.rateLimitHit.delete({ where: { id: hit.id } });
    throw new AppError("RATE_LIMITED", "rateLimited", { minutes: Math.ceil(wait / 60_000) });
  }
  // Housekeeping: what has aged out of this bucket's window counts for nothing any more.
  await prisma.rateLimitHit.deleteMany({ where: { bucket: limit.bucket, createdAt: { lt: since } } });
}

/**
 * The client's address: the last entry of X-Forwarded-For, i.e. the one the nearest reverse proxy
 * saw (run Wegweiser behind one; see SECURITY.md), else "unknown".
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for") ?? "";
  const last = forwarded
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .at(-1);
  return (last ?? headers.get("x-real-ip") ?? "unknown").slice(0, 100);
}
