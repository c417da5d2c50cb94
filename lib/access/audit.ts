import "server-only";
import { z } from "zod";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { requireMembership, type ActorRef } from "./memberships";

export const AUDIT_ACTIONS = [
  "plan.created",
  "plan.deleted",
  "plan.submitted",
  "plan.approved",
  "plan.changes_requested",
  "version.created",
  "member.role_changed",
  "member.removed",
  "member.joined",
  "member.joined_sso",
  "invitation.created",
  "invitation.revoked",
  "plan.stage_approved",
  "chain.changed",
  "plan.imported",
  "share.created",
  "share.revoked",
  "checkin.recorded",
  "sso.domains_changed",
  "institution.exported",
  "member.account_deleted",
  "plan.vote_applied",
  "workshop.created",
  "workshop.revoked",
  "account.renamed",
  "institution.updated",
  "plan.withdrawn",
  "account.password_reset",
  "plan.renamed",
  "plan.reopened",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  institutionId: string;
  actor: ActorRef;
  action: AuditAction;
  targetType:
    | "plan"
    | "version"
    | "membership"
    | "invitation"
    | "stage"
    | "share"
    | "checkIn"
    | "institution"
    | "workshop";
  targetId?: string | null;
  details?: Prisma.InputJsonValue;
}

/** Writes an audit row inside the caller's transaction, so the record and the change stand or fall together. */
export async function recordAudit(tx: Prisma.TransactionClient, entry: AuditEntry) {
  await recordAuditInEach(tx, [entry.institutionId], entry);
}

/** The same entry in several institutions' logs (a person's change that each of them sees), reading the actor once. */
export async function recordAuditInEach(
  tx: Prisma.TransactionClient,
  institutionIds: string[],
  entry: Omit<AuditEntry, "institutionId">,
) {
  if (institutionIds.length === 0) return;
  const user = await tx.user.findUnique({
    where: { id: entry.actor.userId },
    select: { name: true, email: true },
  });
  await tx.auditEvent.createMany({
    data: institutionIds.map((institutionId) => ({
      institutionId,
      actorId: entry.actor.userId,
      actorName: user ? `${user.name} <${user.email}>` : "—",
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      details: entry.details,
    })),
  });
}

export const ZAuditFilter = z.object({
  action: z.enum(AUDIT_ACTIONS).optional().catch(undefined),
});

/** The institution's audit log, newest first; admins only. */
export async function listAuditEvents(
  actor: ActorRef,
  institutionSlug: string,
  filter: z.input<typeof ZAuditFilter> = {},
) {
  const { institution } = await requireMembership(actor, institutionSlug, "MANAGE_MEMBERS");
  const { action } = ZAuditFilter.parse(filter);
  const prisma = await getPrisma();
  const events = await prisma.auditEvent.findMany({
    where: { institutionId: institution.id, ...(action ? { action } : {}) },
    select: {
      id: true,
      actorName: true,
      action: true,
      targetType: true,
      targetId: true,
      details: true,
      createdAt: true,
    },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  return { institution, events };
}
