import "server-only";
import { cache } from "react";
import { getPrisma } from "@/lib/db/client";
import { SLUG_PATTERN } from "@/lib/security/input";
import type { Role } from "@/lib/db/generated/enums";
import type { Actor } from "./actor";
import { AppError } from "./errors";
import { can, type Permission } from "./permissions";

export type ActorRef = Pick<Actor, "userId">;

export interface MembershipContext {
  institution: { id: string; slug: string; name: string; type: string };
  role: Role;
}

/**
 * The caller's memberships with their institutions, by institution name. A page's header, its
 * reminders and its data access all ask; within one page render they share one read (React's
 * `cache`). Outside a render (server actions, route handlers) every call reads afresh.
 */
const membershipsOf = cache(async (userId: string) => {
  const prisma = await getPrisma();
  return prisma.membership.findMany({
    where: { userId },
    select: { role: true, institution: { select: { id: true, slug: true, name: true, type: true } } },
    orderBy: { institution: { name: "asc" } },
  });
});

/**
 * Loads the caller's membership in the institution named by the URL. Not a member: NOT_FOUND,
 * so nobody can tell another institution exists. A member whose role lacks the permission: FORBIDDEN.
 */
export async function requireMembership(
  actor: ActorRef,
  institutionSlug: string,
  permission: Permission,
): Promise<MembershipContext> {
  if (!SLUG_PATTERN.test(institutionSlug)) throw new AppError("NOT_FOUND");
  const membership = (await membershipsOf(actor.userId)).find((m) => m.institution.slug === institutionSlug);
  if (!membership) throw new AppError("NOT_FOUND");
  if (!can(membership.role, permission)) throw new AppError("FORBIDDEN");
  return membership;
}

/** The institutions the caller belongs to, for the switcher and the start page. */
export async function listMyInstitutions(actor: ActorRef) {
  return (await membershipsOf(actor.userId)).map((m) => ({ ...m.institution, role: m.role }));
}
