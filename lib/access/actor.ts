import "server-only";
import { cache } from "react";
import { auth } from "@/lib/auth/auth";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "./errors";

/** The signed-in person on whose behalf the data access layer acts. */
export interface Actor {
  userId: string;
  email: string;
  name: string;
  locale: string;
}

/**
 * The current user, or null. A session whose version no longer matches the database
 * (password changed, signed out everywhere, account removed) counts as signed out.
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  const prisma = await getPrisma();
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, locale: true, sessionVersion: true },
  });
  const tokenVersion = (session as { sessionVersion?: number }).sessionVersion;
  if (!user || user.sessionVersion !== tokenVersion) return null;
  return { userId: user.id, email: user.email, name: user.name, locale: user.locale };
});

export async function requireActor(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) throw new AppError("UNAUTHENTICATED");
  return actor;
}
