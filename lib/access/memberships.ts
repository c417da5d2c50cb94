import "server-only";
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
 * Loads the caller's membership in the institution named by the URL. Not a member: NOT_FOUND,
 * so nobody can tell another institution exists. A member whose role lacks the permission: FORBIDDEN.
 */
export async function requireMembership(
  actor: ActorRef,
  institutionSlug: string,
  permission: Permission,
): Promise<MembershipContext> {
  if (!SLUG_PATTERN.test(institutionSlug)) throw new AppError("NOT_FOUND");
  const prisma = await getPrisma();
  const membership = await prisma.membership.findFirst({
    where: { userId: actor.userId, institution: { slug: institutionSlug } },
    select: { role: true, institution: { select: { id: true, slug: true, name: true, type: true } } },
  });
  if (!membership) throw new AppError("NOT_FOUND");
  if (!can(membership.role, permission)) throw new AppError("FORBIDDEN");
  return membership;
}

/** The institutions the caller belongs to, for the switcher. */
export async function listMyInstitutions(actor: ActorRef) {
  const prisma = await getPrisma();
  const memberships = await prisma.membership.findMany({
    where: { userId: actor.userId },
    select: { role: true, institution: { select: { id: true, slug: true, name: true, type: true } } },
    orderBy: { institution: { name: "asc" } },
  });
  return memberships.map((m) => ({ ...m.institution, role: m.role }));
}
