import "server-only";
import { z } from "zod";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Role } from "@/lib/db/generated/enums";
import { notifyLive } from "@/lib/live/publish";
import { recordAudit } from "./audit";
import { AppError } from "./errors";
import type { ActorRef } from "./memberships";
import { can, invitableRoles, type Permission } from "./permissions";

const ZLinkId = z.string().min(1).max(64);

/**
 * Revokes one of a plan's links, a share link or a workshop guest link, and records who did, in
 * one transaction. The caller has checked that the actor may manage the plan's links of this
 * kind; the plan id in the filter keeps a link of another plan out of reach, and a link revoked
 * already is not found. Guests of a workshop link are told at once, so their page closes.
 */
export async function revokePlanLink(
  actor: ActorRef,
  kind: "share" | "workshop",
  { plan, institution }: { plan: { id: string; title: string }; institution: { id: string } },
  linkId: string,
) {
  const id = ZLinkId.parse(linkId);
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    const where = { id, planId: plan.id, revokedAt: null };
    const data = { revokedAt: new Date() };
    const revoked =
      kind === "share"
        ? await tx.shareLink.updateMany({ where, data })
        : await tx.workshopLink.updateMany({ where, data });
    if (revoked.count === 0) throw new AppError("NOT_FOUND");
    await recordAudit(tx, {
      institutionId: institution.id,
      actor,
      action: `${kind}.revoked`,
      targetType: kind,
      targetId: id,
      details: { planId: plan.id, planTitle: plan.title },
    });
    if (kind === "workshop") await notifyLive(tx, { t: "g", p: plan.id });
  });
}

/**
 * Checks, inside the transaction that makes a link, that its maker is still a member whose role
 * may make it, holding the institution's row in share mode until the commit. A removal, a
 * demotion and an account deletion hold that row exclusively while they revoke what the person
 * made (`revokeBeyondRole`), so a link is either made before them, and revoked with the rest, or
 * refused after them: none made during a removal outlives it.
 */
export async function requireMakerUnderLock(
  tx: Prisma.TransactionClient,
  institutionId: string,
  userId: string,
  permission: Permission,
) {
  await tx.$executeRaw`SELECT 1 FROM "Institution" WHERE "id" = ${institutionId} FOR SHARE`;
  const membership = await tx.membership.findUnique({
    where: { userId_institutionId: { userId, institutionId } },
    select: { role: true },
  });
  if (!membership) throw new AppError("NOT_FOUND");
  if (!can(membership.role, permission)) throw new AppError("FORBIDDEN");
}

/**
 * Revokes what a person made in an institution and may no longer make there, once they leave it
 * (`role` null) or their role changes: open invitations for roles theirs may not invite, share
 * links to the draft unless it may share, workshop guest links unless it may run workshops (their
 * guests are told at once). An invitation or link admits with its maker's authority, which must
 * not outlast it. Links to an approved version stay: they carry a document the leadership
 * released, sent out for the institution. Returns how many, for the audit entry (nothing where
 * nothing was revoked).
 */
export async function revokeBeyondRole(
  tx: Prisma.TransactionClient,
  institutionId: string,
  userId: string,
  role: Role | null,
): Promise<{ invitationsRevoked?: number; linksRevoked?: number }> {
  const now = new Date();
  const mine = { createdById: userId, revokedAt: null };
  const invitations = await tx.invitation.updateMany({
    where: {
      ...mine,
      institutionId,
      acceptedAt: null,
      expiresAt: { gt: now },
      role: { notIn: role ? [...invitableRoles(role)] : [] },
    },
    data: { revokedAt: now },
  });
  const shares =
    role && can(role, "SHARE_PLAN")
      ? { count: 0 }
      : await tx.shareLink.updateMany({
          where: {
            ...mine,
            plan: { institutionId },
            versionNumber: null,
            OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
          },
          data: { revokedAt: now },
        });
  const workshops =
    role && can(role, "RUN_WORKSHOP")
      ? []
      : await tx.workshopLink.findMany({
          where: { ...mine, plan: { institutionId }, expiresAt: { gt: now } },
          select: { id: true, planId: true },
        });
  if (workshops.length > 0)
    await tx.workshopLink.updateMany({
      where: { id: { in: workshops.map((link) => link.id) } },
      data: { revokedAt: now },
    });
  for (const planId of new Set(workshops.map((link) => link.planId)))
    await notifyLive(tx, { t: "g", p: planId });
  const links = shares.count + workshops.length;
  return {
    ...(invitations.count ? { invitationsRevoked: invitations.count } : {}),
    ...(links ? { linksRevoked: links } : {}),
  };
}
