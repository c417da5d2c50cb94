import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { loadPlanContent } from "./plan-content";
import { recordAudit } from "./audit";
import { requireMembership, type ActorRef } from "./memberships";

/**
 * The whole of an institution's data as one versioned JSON document (docs/institution-export.md).
 * Never included: password hashes, session data, the hashes of invitation and share-link
 * secrets, other institutions' data, and members' notifications (those are personal inboxes).
 */
export const INSTITUTION_EXPORT_FORMAT = "wegweiser-institution";
export const INSTITUTION_EXPORT_VERSION = 1;

/** A person as a record names them; both null once the account was deleted. */
const person = (userId: string | null, name: string) => ({ userId, name: name || null });
const iso = (date: Date | null) => date?.toISOString() ?? null;

// Declared once so no secret column can slip into the export by a broad select.
const invitationSelect = {
  id: true,
  email: true,
  role: true,
  expiresAt: true,
  acceptedAt: true,
  revokedAt: true,
  createdAt: true,
  createdById: true,
  acceptedById: true,
} satisfies Prisma.InvitationSelect;

const shareLinkSelect = {
  id: true,
  versionNumber: true,
  language: true,
  expiresAt: true,
  revokedAt: true,
  lastUsedAt: true,
  createdAt: true,
  createdById: true,
  createdByName: true,
} satisfies Prisma.ShareLinkSelect;

// Guests are listed by the name they gave; their cookie secret's hash stays out.
const workshopLinkSelect = {
  id: true,
  expiresAt: true,
  revokedAt: true,
  createdAt: true,
  createdById: true,
  createdByName: true,
  guests: { select: { id: true, name: true, createdAt: true }, orderBy: { createdAt: "asc" } },
} satisfies Prisma.WorkshopLinkSelect;

async function exportPlans(institutionId: string) {
  const prisma = await getPrisma();
  const plans = await prisma.plan.findMany({
    where: { institutionId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      title: true,
      status: true,
      revision: true,
      reviewStage: true,
      templateKey: true,
      createdById: true,
      createdAt: true,
      updatedAt: true,
      versions: { orderBy: { number: "asc" } },
      decisions: { orderBy: { createdAt: "asc" } },
      submissions: { orderBy: { createdAt: "asc" } },
      comments: { orderBy: { createdAt: "asc" } },
      checkIns: { orderBy: { recordedAt: "asc" }, include: { entries: true } },
      shareLinks: { select: shareLinkSelect, orderBy: { createdAt: "asc" } },
      workshopLinks: { select: workshopLinkSelect, orderBy: { createdAt: "asc" } },
      guestSteps: true,
    },
  });
  const result = [];
  // One plan at a time: PGlite has a single connection, and plans are few.
  for (const plan of plans) {
    const { strategy } = await loadPlanContent(plan.id);
    result.push({
      id: plan.id,
      title: plan.title,
      status: plan.status,
      revision: plan.revision,
      reviewStage: plan.reviewStage,
      template: plan.templateKey,
      createdBy: plan.createdById,
      createdAt: iso(plan.createdAt),
      updatedAt: iso(plan.updatedAt),
      draft: strategy,
      versions: plan.versions.map((v) => ({
        number: v.number,
        title: v.title,
        institutionType: v.institutionType,
        approvedAt: iso(v.approvedAt),
        approvedBy: person(v.approvedById, v.approvedByName),
        note: v.note,
        content: v.content,
        readiness: v.readiness,
      })),
      decisions: plan.decisions.map((d) => ({
        decision: d.decision,
        note: d.note,
        stage: d.stageName,
        versionNumber: d.versionNumber,
        decidedBy: person(d.decidedById, d.decidedByName),
        createdAt: iso(d.createdAt),
      })),
      submissions: plan.submissions.map((s) => ({
        note: s.note,
        planRevision: s.planRevision,
        submittedBy: person(s.submittedById, s.submittedByName),
        createdAt: iso(s.createdAt),
        withdrawnAt: iso(s.withdrawnAt),
        // Not recorded for withdrawals before 2026-12: null, like a submission never withdrawn.
        withdrawnBy: s.withdrawnByName === null ? null : person(s.withdrawnById, s.withdrawnByName),
      })),
      comments: plan.comments.map((c) => ({
        id: c.id,
        step: c.step,
        itemId: c.itemId,
        replyTo: c.parentId,
        author: person(c.authorId, c.authorName),
        body: c.body,
        resolvedAt: iso(c.resolvedAt),
        createdAt: iso(c.createdAt),
      })),
      checkIns: plan.checkIns.map((c) => ({
        versionNumber: c.versionNumber,
        slot: c.slot,
        note: c.note,
        recordedBy: person(c.recordedById, c.recordedByName),
        recordedAt: iso(c.recordedAt),
        entries: c.entries.map((e) => ({
          itemId: e.itemId,
          kind: e.kind,
          label: e.label,
          value: e.value,
          state: e.state,
          note: e.note,
        })),
      })),
      shareLinks: plan.shareLinks.map((s) => ({
        id: s.id,
        edition: s.versionNumber ?? "draft",
        language: s.language,
        createdBy: person(s.createdById, s.createdByName),
        createdAt: iso(s.createdAt),
        expiresAt: iso(s.expiresAt),
        revokedAt: iso(s.revokedAt),
        lastUsedAt: iso(s.lastUsedAt),
      })),
      workshop: {
        stepsOpenToGuests: plan.guestSteps,
        guestLinks: plan.workshopLinks.map((link) => ({
          id: link.id,
          createdBy: person(link.createdById, link.createdByName),
          createdAt: iso(link.createdAt),
          expiresAt: iso(link.expiresAt),
          revokedAt: iso(link.revokedAt),
          guests: link.guests.map((guest) => ({
            id: guest.id,
            name: guest.name,
            joinedAt: iso(guest.createdAt),
          })),
        })),
      },
    });
  }
  return result;
}

/** An admin's export of everything the institution holds. The export itself is audited. */
export async function exportInstitution(actor: ActorRef, institutionSlug: string, now = new Date()) {
  const { institution } = await requireMembership(actor, institutionSlug, "EXPORT_INSTITUTION");
  const prisma = await getPrisma();
  const id = institution.id;
  const details = await prisma.institution.findUniqueOrThrow({
    where: { id },
    select: { createdAt: true },
  });
  const members = await prisma.membership.findMany({
    where: { institutionId: id },
    select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
    orderBy: { createdAt: "asc" },
  });
  const invitations = await prisma.invitation.findMany({
    where: { institutionId: id },
    select: invitationSelect,
    orderBy: { createdAt: "asc" },
  });
  const stages = await prisma.approvalStage.findMany({
    where: { institutionId: id },
    select: { name: true, position: true, members: { select: { userId: true } } },
    orderBy: { position: "asc" },
  });
  const plans = await exportPlans(id);
  const audit = await prisma.auditEvent.findMany({
    where: { institutionId: id },
    orderBy: { createdAt: "asc" },
  });
  await prisma.$transaction((tx) =>
    recordAudit(tx, {
      institutionId: id,
      actor,
      action: "institution.exported",
      targetType: "institution",
      targetId: id,
    }),
  );
  return {
    format: INSTITUTION_EXPORT_FORMAT,
    version: INSTITUTION_EXPORT_VERSION,
    exportedAt: now.toISOString(),
    institution: {
      id,
      name: institution.name,
      slug: institution.slug,
      type: institution.type,
      createdAt: iso(details.createdAt),
    },
    members: members.map((m) => ({
      userId: m.user.id,
      name: m.user.name,
      email: m.user.email,
      role: m.role,
      memberSince: iso(m.createdAt),
    })),
    invitations: invitations.map((i) => ({
      id: i.id,
      email: i.email,
      role: i.role,
      createdBy: i.createdById,
      acceptedBy: i.acceptedById,
      createdAt: iso(i.createdAt),
      expiresAt: iso(i.expiresAt),
      acceptedAt: iso(i.acceptedAt),
      revokedAt: iso(i.revokedAt),
    })),
    approvalStages: stages.map((s) => ({
      position: s.position,
      name: s.name,
      deciders: s.members.map((m) => m.userId),
    })),
    plans,
    auditLog: audit.map((a) => ({
      createdAt: iso(a.createdAt),
      actor: person(a.actorId, a.actorName),
      action: a.action,
      targetType: a.targetType,
      targetId: a.targetId,
      details: a.details,
    })),
  };
}

export type InstitutionExport = Awaited<ReturnType<typeof exportInstitution>>;
