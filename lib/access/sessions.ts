import "server-only";
import { SESSION_ABSOLUTE_MS } from "@/lib/auth/session-rules";
import type { SessionClaims } from "@/lib/auth/session-token";
import { getPrisma } from "@/lib/db/client";

/**
 * Ends the session of these claims for good, however many copies of its cookie exist: a request
 * still under way while signing out may renew the cookie after it was cleared. Rows are kept until
 * the session would have ended anyway (its absolute limit), and older ones are cleared here. An
 * account deleted meanwhile has no sessions left to end.
 */
export async function endSession(
  claims: Pick<SessionClaims, "userId" | "sessionId" | "loginAt">,
  now = new Date(),
): Promise<void> {
  if (!claims.sessionId) return;
  const prisma = await getPrisma();
  const expiresAt = new Date(Math.max(claims.loginAt + SESSION_ABSOLUTE_MS, now.getTime()));
  // Stored as UTC, like every timestamp Prisma writes, whatever the database's time zone.
  await prisma.$transaction([
    prisma.endedSession.deleteMany({ where: { expiresAt: { lt: now } } }),
    prisma.$executeRaw`
      INSERT INTO "EndedSession" (id, "userId", "expiresAt")
      SELECT ${claims.sessionId}, u.id, to_timestamp(${expiresAt.getTime()}::float8 / 1000) AT TIME ZONE 'UTC'
      FROM "User" u WHERE u.id = ${claims.userId}
      ON CONFLICT (id) DO NOTHING`,
  ]);
}

/**
 * The condition a user row must meet for the session to count: not ended by signing out (nothing
 * to check for cookies from before sessions had ids). Part of the query that reads the user, so
 * one statement checks both.
 */
export function notEndedSession(sessionId: string | null | undefined) {
  return sessionId ? { endedSessions: { none: { id: sessionId } } } : {};
}
