import "server-only";
import { cookies } from "next/headers";
import { SESSION_ABSOLUTE_MS } from "@/lib/auth/session-rules";
import { sessionClaims, type SessionClaims } from "@/lib/auth/session-token";
import { getPrisma } from "@/lib/db/client";

/**
 * Ends the session of these claims for good, however many copies of its cookie exist: a request
 * still under way while signing out may renew the cookie after it was cleared. Rows are kept until
 * the session would have ended anyway (its absolute limit), and older ones are cleared here.
 */
export async function endSession(claims: SessionClaims, now = new Date()): Promise<void> {
  if (!claims.sessionId) return;
  const prisma = await getPrisma();
  const expiresAt = new Date(Math.max(claims.loginAt + SESSION_ABSOLUTE_MS, now.getTime()));
  await prisma.$transaction([
    prisma.endedSession.deleteMany({ where: { expiresAt: { lt: now } } }),
    prisma.endedSession.upsert({
      where: { id: claims.sessionId },
      create: { id: claims.sessionId, userId: claims.userId, expiresAt },
      update: {},
    }),
  ]);
}

/** Ends the session whose cookie came with this request (signing out), if it is a genuine one. */
export async function endCurrentSession(): Promise<void> {
  const claims = await sessionClaims((await cookies()).getAll());
  if (claims) await endSession(claims);
}

/**
 * The condition a user row must meet for the session to count: not ended by signing out (nothing
 * to check for cookies from before sessions had ids). Part of the query that reads the user, so
 * one statement checks both.
 */
export function notEndedSession(sessionId: string | null | undefined) {
  return sessionId ? { endedSessions: { none: { id: sessionId } } } : {};
}
