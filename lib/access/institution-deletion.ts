import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { notifyLive } from "@/lib/live/publish";
import { AppError } from "./errors";
import { requireMembership, type ActorRef } from "./memberships";

export const ZInstitutionDeletion = z.object({
  confirmName: z.string().max(200, "tooLong"),
});

/** Why an institution was deleted; kept in the system audit. */
export type DeletionReason = "admin" | "lastMemberDeletedAccount";

/** The SHA-256 under which the system audit remembers a deleted institution's slug. */
export function institutionSubjectHash(slug: string): string {
  return createHash("sha256").update(`institution:${slug}`).digest("hex");
}

/**
 * Deletes an institution and everything that belongs to it, inside the caller's transaction:
 * members, invitations, approval stages, plans with their content, versions, decisions, comments,
 * check-ins, share links, reminders and presence (all by the database's ON DELETE CASCADE), its
 * audit log, and the notifications about it (which hold its id without a foreign key). What stays
 * is one system audit row without personal data. The accounts of its members stay.
 */
export async function eraseInstitution(
  tx: Prisma.TransactionClient,
  institution: { id: string; slug: string },
  reason: DeletionReason,
) {
  // Lock the row so that nothing is added to the institution while it is being deleted.
  await tx.$executeRaw`SELECT 1 FROM "Institution" WHERE "id" = ${institution.id} FOR UPDATE`;
  const [members, plans] = await Promise.all([
    tx.membership.count({ where: { institutionId: institution.id } }),
    tx.plan.count({ where: { institutionId: institution.id } }),
  ]);
  await tx.notification.deleteMany({ where: { institutionId: institution.id } });
  await tx.institution.delete({ where: { id: institution.id } });
  // Open live connections on its plans check their access again and close.
  await notifyLive(tx, { t: "m", i: institution.id });
  await tx.systemAuditEvent.create({
    data: {
      action: "institution.deleted",
      subjectId: institution.id,
      subjectHash: institutionSubjectHash(institution.slug),
      details: { reason, members, plans },
    },
  });
}

/**
 * An admin deletes their institution. They must type its name exactly (surrounding spaces aside)
 * to confirm; anything else changes nothing.
 */
export async function deleteInstitution(
  actor: ActorRef,
  institutionSlug: string,
  input: z.input<typeof ZInstitutionDeletion>,
) {
  const { confirmName } = ZInstitutionDeletion.parse(input);
  const { institution } = await requireMembership(actor, institutionSlug, "DELETE_INSTITUTION");
  if (confirmName.trim() !== institution.name.trim()) {
    throw new AppError("INVALID_INPUT", "confirmNameMismatch");
  }
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    // Checked again inside the transaction: the admin may have lost the role meanwhile.
    const stillAdmin = await tx.membership.count({
      where: { userId: actor.userId, institutionId: institution.id, role: "ADMIN" },
    });
    if (stillAdmin === 0) throw new AppError("FORBIDDEN");
    await eraseInstitution(tx, institution, "admin");
  });
  return { name: institution.name };
}
