import type { Actor } from "@/lib/access/actor";
import { AppError } from "@/lib/access/errors";

/*
 * Stands in for `@/lib/access/actor` in tests that call the real handlers and actions: only "who
 * is signed in" comes from the test instead of a session cookie. Use with
 *   vi.mock("@/lib/access/actor", () => import("../support/mock-actor"));
 * and set `session.actor` from the test.
 */
export const session: { actor: Actor | null } = { actor: null };

export const currentActor = () => Promise.resolve(session.actor);

export const requireActor = () =>
  session.actor ? Promise.resolve(session.actor) : Promise.reject(new AppError("UNAUTHENTICATED"));
