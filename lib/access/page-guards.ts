import "server-only";
import { notFound, redirect } from "next/navigation";
import { currentActor, type Actor } from "./actor";
import { isAppError } from "./errors";

/** For pages: the signed-in actor, or off to the start page to sign in. */
export async function requirePageActor(returnTo?: string): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(returnTo ? `/?returnTo=${encodeURIComponent(returnTo)}` : "/");
  return actor;
}

/**
 * Runs a data-access call for a page. "Not found" becomes the 404 page; a missing permission
 * returns null so the page can explain; anything else is a real error.
 */
export async function loadForPage<T>(load: () => Promise<T>): Promise<T | null> {
  try {
    return await load();
  } catch (error) {
    if (isAppError(error)) {
      if (error.code === "NOT_FOUND") notFound();
      if (error.code === "UNAUTHENTICATED") redirect("/");
      if (error.code === "FORBIDDEN") return null;
    }
    throw error;
  }
}
