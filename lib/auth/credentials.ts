import { z } from "zod";
import { getPrisma } from "@/lib/db/client";
import { beginLoginAttempt } from "./login-throttle";
import { dummyPasswordHash, verifyPassword } from "./password";

export const ZLogin = z.object({
  email: z.string().trim().toLowerCase().email("email").max(254, "tooLong"),
  password: z.string().min(1, "required").max(200, "tooLong"),
});
export type TLogin = z.infer<typeof ZLogin>;

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  sessionVersion: number;
}

/**
 * Checks e-mail and password; null for any mismatch, without telling which part was wrong, and
 * null without checking anything while this account or address is throttled (see login-throttle.ts;
 * the login form asks `currentThrottle` to explain).
 */
export async function authenticate(input: unknown, address = "unknown"): Promise<AuthenticatedUser | null> {
  const parsed = ZLogin.safeParse(input);
  if (!parsed.success) return null;
  const attempt = await beginLoginAttempt(parsed.data.email, address);
  if (!attempt.allowed) return null;
  const prisma = await getPrisma();
  const user = await prisma.user.findUnique({
    where: { email: parsed.data.email },
    select: { id: true, email: true, name: true, passwordHash: true, sessionVersion: true },
  });
  // An account made by single sign-on has no password: it fails like an unknown e-mail.
  const valid = user?.passwordHash
    ? await verifyPassword(user.passwordHash, parsed.data.password)
    : await verifyPassword(await dummyPasswordHash(), parsed.data.password).then(() => false);
  if (!user || !valid) {
    await attempt.failed();
    return null;
  }
  await attempt.succeeded();
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}
