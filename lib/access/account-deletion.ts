import "server-only";
import { z } from "zod";
import { forgetAccountFailures } from "@/lib/auth/login-throttle";
import { verifyPassword } from "@/lib/auth/password";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { notifyLive } from "@/lib/live/publish";
import { ANONYMISED_NAME } from "@/lib/people";
import { memberParticipantKey } from "@/lib/workshop/rules";
import { reviewOnlyDecidedBy, stagesOnlyDecidedBy } from "./approval-chain";
import { AppError } from "./errors";
import { eraseInstitution } from "./institution-deletion";
import { revokeBeyondRole } from "./link-revocation";
import type { ActorRef } from "./memberships";

/**
 * The confirmation: the password, or for an account that signs in only through single sign-on
 * (it has none) the account's e-mail address typed out.
 */
export const ZAccountDeletion = z.object({
  password: z.string().max(200, "tooLong").optional(),
  confirmEmail: z.string().trim().max(320, "tooLong").optional(),
});

type Db = Prisma.TransactionClient;

interface AccountDeletionPlan {
  /**
   * Institutions that would be left without someone to do the person's part while others remain:
   * they are the last admin, the only one who decides stages of the approval chain, or the last
   * one besides its submitter to decide a stage still ahead of a plan in review (`waitingPlan`, its
   * title). Deletion is refused until someone else takes it over.
   */
  blockedBy: {
    id: string;
    slug: string;
    name: string;
    lastAdmin: boolean;
    stages: string[];
    waitingPlan: string | null;
  }[];
  /** Institutions where the person is the only member: they are deleted with the account. */
  deletedWith: { id: string; slug: string; name: string }[];
  /** Institutions the person leaves; their audit log records it anonymously. */
  leaves: { id: string }[];
}

async function planAccountDeletion(db: Db, userId: string): Promise<AccountDeletionPlan> {
  const memberships = await db.membership.findMany({
    where: { userId },
    select: { role: true, institution: { select: { id: true, slug: true, name: true } } },
    orderBy: { institution: { name: "asc" } },
  });
  const plan: AccountDeletionPlan = { blockedBy: [], deletedWith: [], leaves: [] };
  for (const { role, institution } of memberships) {
    const others = await db.membership.groupBy({
      by: ["role"],
      where: { institutionId: institution.id, userId: { not: userId } },
      _count: { _all: true },
    });
    const otherMembers = others.reduce((sum, group) => sum + group._count._all, 0);
    const otherAdmins = others.find((group) => group.role === "ADMIN")?._count._all ?? 0;
    if (otherMembers === 0) {
      plan.deletedWith.push(institution);
      continue;
    }
    const lastAdmin = role === "ADMIN" && otherAdmins === 0;
    const stages = await stagesOnlyDecidedBy(db, institution.id, userId);
    const waitingPlan = await reviewOnlyDecidedBy(db, institution.id, userId, null);
    if (lastAdmin || stages.length > 0 || waitingPlan !== null)
      plan.blockedBy.push({ ...institution, lastAdmin, stages, waitingPlan });
    else plan.leaves.push(institution);
  }
  return plan;
}

/** What deleting the caller's account would do, for the account page. */
export async function describeAccountDeletion(actor: ActorRef) {
  const prisma = await getPrisma();
  const plan = await prisma.$transaction((tx) => planAccountDeletion(tx, actor.userId));
  return {
    // Everything but the institution's id, which the page has no use for.
    blockedBy: plan.blockedBy.map(({ id: _id, ...blocked }) => blocked),
    deletedWith: plan.deletedWith.map(({ slug, name }) => ({ slug, name })),
  };
}

/**
 * Keeps what others need (audit, comments, approvals, check-ins, notifications) but no longer says
 * who it was.
 */
async function anonymiseTraces(tx: Db, userId: string) {
  const gone = { name: ANONYMISED_NAME };
  await tx.auditEvent.updateMany({
    where: { actorId: userId },
    data: { actorId: null, actorName: gone.name },
  });
  await tx.comment.updateMany({
    where: { authorId: userId },
    data: { authorId: null, authorName: gone.name },
  });
  await tx.planVersion.updateMany({
    where: { approvedById: userId },
    data: { approvedById: null, approvedByName: gone.name },
  });
  await tx.planDecision.updateMany({
    where: { decidedById: userId },
    data: { decidedById: null, decidedByName: gone.name },
  });
  await tx.planSubmission.updateMany({
    where: { submittedById: userId },
    data: { submittedById: null, submittedByName: gone.name },
  });
  await tx.planSubmission.updateMany({
    where: { withdrawnById: userId },
    data: { withdrawnById: null, withdrawnByName: gone.name },
  });
  await tx.checkIn.updateMany({
    where: { recordedById: userId },
    data: { recordedById: null, recordedByName: gone.name },
  });
  await tx.shareLink.updateMany({
    where: { createdById: userId },
    data: { createdById: null, createdByName: gone.name },
  });
  await tx.workshopLink.updateMany({
    where: { createdById: userId },
    data: { createdById: null, createdByName: gone.name },
  });
  await tx.plan.updateMany({ where: { createdById: userId }, data: { createdById: null } });
  await tx.planItem.updateMany({ where: { createdById: userId }, data: { createdById: null } });
  await tx.planValue.updateMany({ where: { updatedById: userId }, data: { updatedById: null } });
  // Other members' notifications of what the person did ("Eva hat kommentiert") keep the news,
  // not the name.
  await tx.$executeRaw`
    UPDATE "Notification"
    SET "data" = jsonb_set("data", '{actorName}', to_jsonb(${gone.name}::text)), "actorId" = NULL
    WHERE "actorId" = ${userId}`;
  // Dots in a workshop's vote are the person's own choices: they go with the account.
  await tx.dotVote.deleteMany({ where: { participant: memberParticipantKey(userId) } });
}

/**
 * The signed-in person deletes their own account after entering their password again. Refused
 * while they are the last admin of an institution that has other members, the only one who
 * decides a stage of its approval chain, or the last one besides its submitter to decide a stage
 * still ahead of a plan in review. Institutions where they are the only member are deleted with
 * the account. Their sessions end at once: the user row is gone, so every session's version check
 * fails on the next request.
 */
export async function deleteAccount(actor: ActorRef, input: z.input<typeof ZAccountDeletion>) {
  const { password, confirmEmail } = ZAccountDeletion.parse(input);
  const prisma = await getPrisma();
  const user = await prisma.user.findUnique({
    where: { id: actor.userId },
    select: { id: true, email: true, passwordHash: true },
  });
  if (!user) throw new AppError("UNAUTHENTICATED");
  if (user.passwordHash === null) {
    if (confirmEmail?.toLowerCase() !== user.email.toLowerCase())
      throw new AppError("INVALID_INPUT", "wrongEmailForDeletion", { field: "confirmEmail" });
  } else if (!password || !(await verifyPassword(user.passwordHash, password))) {
    throw new AppError("INVALID_INPUT", "wrongPasswordForDeletion", { field: "password" });
  }
  await prisma.$transaction(async (tx) => {
    // Lock the person's institutions so two last admins cannot leave at the same moment.
    await tx.$executeRaw`SELECT 1 FROM "Institution" WHERE "id" IN (SELECT "institutionId" FROM "Membership" WHERE "userId" = ${user.id}) FOR UPDATE`;
    const plan = await planAccountDeletion(tx, user.id);
    const lastAdminOf = plan.blockedBy.filter((i) => i.lastAdmin);
    if (lastAdminOf.length > 0) {
      throw new AppError("CONFLICT", "lastAdminOfInstitution", {
        institutions: lastAdminOf.map((i) => i.name).join(", "),
      });
    }
    const soleDecider = plan.blockedBy.find((i) => i.stages.length > 0);
    if (soleDecider) {
      throw new AppError("CONFLICT", "soleStageDeciderAccount", {
        institution: soleDecider.name,
        stages: soleDecider.stages.join(", "),
        count: soleDecider.stages.length,
      });
    }
    const awaited = plan.blockedBy.find((i) => i.waitingPlan !== null);
    if (awaited) {
      throw new AppError("CONFLICT", "lastApproverInReviewAccount", {
        institution: awaited.name,
        plan: awaited.waitingPlan!,
      });
    }
    for (const institution of plan.deletedWith) {
      await eraseInstitution(tx, institution, "lastMemberDeletedAccount");
    }
    const revoked = new Map<string, Awaited<ReturnType<typeof revokeBeyondRole>>>();
    for (const institution of plan.leaves)
      revoked.set(institution.id, await revokeBeyondRole(tx, institution.id, user.id, null));
    await anonymiseTraces(tx, user.id);
    for (const institution of plan.leaves) {
      const details = revoked.get(institution.id);
      await tx.auditEvent.create({
        data: {
          institutionId: institution.id,
          actorId: null,
          actorName: ANONYMISED_NAME,
          action: "member.account_deleted",
          targetType: "membership",
          // How many of the person's invitations and links stopped working, without naming them.
          ...(details && Object.keys(details).length > 0 ? { details } : {}),
        },
      });
      await notifyLive(tx, { t: "m", i: institution.id });
    }
    await forgetAccountFailures(tx, user.email);
    // Cascades to memberships, notifications, approval-stage seats, invitations they created and presence.
    await tx.user.delete({ where: { id: user.id } });
  });
}
