import "server-only";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { currentActor, type Actor } from "./actor";
import { isAppError } from "./errors";
import { getPlan } from "./plans";

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

/**
 * A plan page's tab title: the plan's own title, after what the page shows of it ("Dokument –
 * Social-Media-Strategie 2027"), so that several open tabs or a bookmark say which plan they are.
 * Someone who may not see the plan gets only the page's name; the page itself says why. So does
 * a page whose database is away: a tab title is not worth failing the page's "reconnecting" over.
 */
export async function planPageTitle(slug: string, planId: string, page?: string): Promise<Metadata> {
  let planTitle: string | undefined;
  try {
    const actor = await currentActor();
    if (actor) planTitle = (await getPlan(actor, planId, slug)).plan.title;
  } catch {
    planTitle = undefined;
  }
  const title = [page, planTitle].filter(Boolean).join(" – ");
  return title ? { title } : {};
}
