import { encode } from "next-auth/jwt";
import { getPrisma } from "@/lib/db/client";
import { SESSION_IDLE_SECONDS } from "@/lib/auth/session-rules";

export const SESSION_COOKIE = "authjs.session-token";

/**
 * A session cookie as signing in issues it (encrypted with the tests' AUTH_SECRET), for the user's
 * current session version: tests that read the session through the real lib/access/actor.ts.
 */
export async function sessionCookieFor(userId: string): Promise<string> {
  const prisma = await getPrisma();
  const { sessionVersion } = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
  return encode({
    token: { sub: userId, sv: sessionVersion, loginAt: Date.now() },
    secret: process.env.AUTH_SECRET!,
    salt: SESSION_COOKIE,
    maxAge: SESSION_IDLE_SECONDS,
  });
}
