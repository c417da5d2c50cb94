import { z } from "zod";
import { getPrisma } from "@/lib/db/client";
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

/** Checks e-mail and password; null for any mismatch, without telling which part was wrong. */
export async function authenticate(input: unknown): Promise<AuthenticatedUser | null> {
  const parsed = ZLogin.safeParse(input);
  if (!parsed.success) return null;
  const prisma = await getPrisma();
  const user = await prisma.user.findUnique({
    where: { email: parsed.data.email },
    select: { id: true, email: true, name: true, passwordHash: true, sessionVersion: true },
  });
  if (!user) {
    await verifyPassword(await dummyPasswordHash(), parsed.data.password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, parsed.data.password))) return null;
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}
