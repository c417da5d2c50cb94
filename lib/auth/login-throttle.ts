import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { hashKey as key, retryAfterMs } from "@/lib/security/rate-limit";

/*
 * Login throttling, kept in the database so it holds across app instances and restarts: at most
 * MAX_PER_ACCOUNT failed sign-ins per e-mail address and MAX_PER_ADDRESS per client address within
 * a sliding WINDOW. E-mail and address are stored only as hashes.
 *
 * Every attempt is recorded *before* the password is checked and counted including itself, so
 * parallel requests cannot slip extra guesses past the limit while argon2 is busy. A refused
 * attempt is removed again (it checked nothing and should not prolong the wait); a successful
 * sign-in removes the account's failures; a failure stays until it ages out. Other rate limits
 * (registration, invitations, share links) use the same scheme: lib/security/rate-limit.ts.
 */
export const WINDOW_MS = 15 * 60 * 1000;
export const MAX_PER_ACCOUNT = 5;
export const MAX_PER_ADDRESS = 30;

/** Forgets an account's failed sign-ins, e.g. when the account is deleted. */
export async function forgetAccountFailures(
  db: Pick<Prisma.TransactionClient, "loginFailure">,
  email: string,
) {
  await db.loginFailure.deleteMany({ where: { accountKey: key("account", email) } });
}

export interface Throttle {
  /** How long until the next attempt is allowed, in milliseconds. */
  retryAfterMs: number;
}

async function blockedUntil(
  field: "accountKey" | "addressKey",
  value: string,
  limit: number,
  now: Date,
  allowed: number,
): Promise<number> {
  const prisma = await getPrisma();
  const recent = await prisma.loginFailure.findMany({
    where: { [field]: value, createdAt: { gt: new Date(now.getTime() - WINDOW_MS) } },
    select: { createdAt: true },
    orderBy: { createdAt: "desc" },
    take: limit + 1,
  });
  return retryAfterMs(
    recent.map((r) => r.createdAt),
    allowed,
    WINDOW_MS,
    now,
  );
}

async function throttleFor(email: string, address: string, now: Date, allowed: (limit: number) => number) {
  const [account, client] = await Promise.all([
    blockedUntil("accountKey", key("account", email), MAX_PER_ACCOUNT, now, allowed(MAX_PER_ACCOUNT)),
    blockedUntil("addressKey", key("address", address), MAX_PER_ADDRESS, now, allowed(MAX_PER_ADDRESS)),
  ]);
  const retryAfterMs = Math.max(account, client);
  return retryAfterMs > 0 ? { retryAfterMs } : null;
}

/** Whether sign-in for this account from this address is refused right now, and for how long. */
export function currentThrottle(email: string, address: string, now = new Date()): Promise<Throttle | null> {
  return throttleFor(email, address, now, (limit) => limit - 1);
}

/**
 * Records an attempt and says whether it may go ahead. Call `succeeded` or leave it as a failure.
 */
export async function beginLoginAttempt(email: string, address: string, now = new Date()) {
  const prisma = await getPrisma();
  const attempt = await prisma.loginFailure.create({
    data: { accountKey: key("account", email), addressKey: key("address", address), createdAt: now },
    select: { id: true },
  });
  const throttle = await throttleFor(email, address, now, (limit) => limit);
  if (throttle) {
    await prisma.loginFailure.delete({ where: { id: attempt.id } });
    return { allowed: false as const, ...throttle };
  }
  return {
    allowed: true as const,
    /** The password was right: forget this account's failures. */
    succeeded: async () => {
      await prisma.loginFailure.deleteMany({ where: { accountKey: key("account", email) } });
    },
    /** The password was wrong: keep the record; drop records that have aged out. */
    failed: async () => {
      await prisma.loginFailure.deleteMany({
        where: { createdAt: { lt: new Date(now.getTime() - WINDOW_MS) } },
      });
    },
  };
}
