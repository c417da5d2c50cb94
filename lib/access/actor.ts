import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { sessionClaims } from "@/lib/auth/session-token";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "./errors";
import { notEndedSession } from "./sessions";

/** The signed-in person on whose behalf the data access layer acts. */
export interface Actor {
  userId: string;
  email: string;
  name: string;
  locale: string;
  /** The session acting (null for cookies from before sessions had ids): its end ends live streams. */
  sessionId?: string | null;
  /** When the session was signed in (ms): it ends SESSION_ABSOLUTE_MS later, whatever happens. */
  loginAt?: number;
}

/**
 * The current user, or null. A session whose version no longer matches the database
 * (password changed, signed out everywhere, account removed), or that was ended by signing out,
 * counts as signed out.
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await sessionClaims((await cookies()).getAll());
  if (!session) return null;
  const prisma = await getPrisma();
  const user = await prisma.user.findUnique({
    where: { id: session.userId, ...notEndedSession(session.sessionId) },
    select: { id: true, email: true, name: true, locale: true, sessionVersion: true },
  });
  if (!user || user.sessionVersion !== session.sessionVersion) return null;
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    locale: user.locale,
    sessionId: session.sessionId,
    loginAt: session.loginAt,
  };
});

export async function requireActor(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) throw new AppError("UNAUTHENTICATED");
  return actor;
}
