import "server-only";
import { z } from "zod";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { Role } from "@/lib/db/generated/enums";
import { notifyLive } from "@/lib/live/publish";
import { lockChain, reviewOnlyDecidedBy, STAGE_MEMBER_ROLES, stagesOnlyDecidedBy } from "./approval-chain";
import { recordAudit } from "./audit";
import { AppError } from "./errors";
import { requireMembership, type ActorRef } from "./memberships";
import { revokeBeyondRole } from "./link-revocation";
import { can } from "./permissions";

export const ZRole = z.enum(Object.values(Role) as [Role, ...Role[]], "choice");

export async function listMembers(actor: ActorRef, institutionSlug: string) {
  const { institution } = await requireMembership(actor, institutionSlug, "MANAGE_MEMBERS");
  const prisma = await getPrisma();
  const members = await prisma.membership.findMany({
    where: { institutionId: institution.id },
    select: {
      id: true,
      role: true,
      createdAt: true,
      user: { select: { id: true, name: true, email: true } },
    },
    orderBy: { user: { name: "asc" } },
  });
  return { institution, members };
}

/**
 * The member to change, read under the institution's lock (lockChain "change"), which serialises
 * changes of members with each other and with submissions; and the actor's right to manage
 * members, read again there: another admin may have demoted or removed them meanwhile.
 */
async function lockMember(
  tx: Prisma.TransactionClient,
  institutionId: string,
  membershipId: string,
  actor: ActorRef,
) {
  const id = z.string().max(64).parse(membershipId);
  await lockChain(tx, institutionId, "change");
  const own = await tx.membership.findFirst({
    where: { institutionId, userId: actor.userId },
    select: { role: true },
  });
  if (!own || !can(own.role, "MANAGE_MEMBERS")) throw new AppError("FORBIDDEN");
  const member = await tx.membership.findFirst({
    where: { id, institutionId },
    select: { id: true, role: true, userId: true },
  });
  if (!member) throw new AppError("NOT_FOUND");
  return member;
}

/** Under the lock: two admins demoting each other at once leave one of them an admin. */
async function assertAnotherAdminRemains(
  tx: Prisma.TransactionClient,
  institutionId: string,
  membershipId: string,
) {
  const otherAdmins = await tx.membership.count({
    where: { institutionId, role: "ADMIN", id: { not: membershipId } },
  });
  if (otherAdmins === 0) throw new AppError("CONFLICT", "lastAdmin");
}

/**
 * Refuses when the member is the only one who may decide a stage of the approval chain. Callers
 * hold the chain lock (lockChain "change"), so no submission starts between check and change.
 */
async function assertNotSoleStageDecider(
  tx: Prisma.TransactionClient,
  institutionId: string,
  userId: string,
) {
  const [stage] = await stagesOnlyDecidedBy(tx, institutionId, userId);
  if (stage !== undefined) throw new AppError("CONFLICT", "soleStageDecider", { stage });
}

/**
 * Refuses when a plan in review would be left without anyone to decide it: the member, with their
 * new role or removed (null), was the last one besides its submitter. Callers hold the chain lock,
 * as above.
 */
async function assertReviewKeepsDecider(
  tx: Prisma.TransactionClient,
  institutionId: string,
  userId: string,
  newRole: Role | null,
) {
  const plan = await reviewOnlyDecidedBy(tx, institutionId, userId, newRole);
  if (plan !== null) throw new AppError("CONFLICT", "lastApproverInReview", { plan });
}

export async function changeMemberRole(
  actor: ActorRef,
  institutionSlug: string,
  membershipId: string,
  role: Role,
) {
  const { institution } = await requireMembership(actor, institutionSlug, "MANAGE_MEMBERS");
  const newRole = ZRole.parse(role);
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    const member = await lockMember(tx, institution.id, membershipId, actor);
    if (member.role === "ADMIN" && newRole !== "ADMIN")
      await assertAnotherAdminRemains(tx, institution.id, member.id);
    if (!STAGE_MEMBER_ROLES.includes(newRole))
      await assertNotSoleStageDecider(tx, institution.id, member.userId);
    await assertReviewKeepsDecider(tx, institution.id, member.userId, newRole);
    await tx.membership.update({ where: { id: member.id }, data: { role: newRole } });
    const revoked = await revokeBeyondRole(tx, institution.id, member.userId, newRole);
    await notifyLive(tx, { t: "m", i: institution.id });
    await recordAudit(tx, {
      institutionId: institution.id,
      actor,
      action: "member.role_changed",
      targetType: "membership",
      targetId: member.userId,
      details: { from: member.role, to: newRole, ...revoked },
    });
  });
}

export async function removeMember(actor: ActorRef, institutionSlug: string, membershipId: string) {
  const { institution } = await requireMembership(actor, institutionSlug, "MANAGE_MEMBERS");
  const prisma = await getPrisma();
  const member = await prisma.$transaction(async (tx) => {
    const member = await lockMember(tx, institution.id, membershipId, actor);
    if (member.role === "ADMIN") await assertAnotherAdminRemains(tx, institution.id, member.id);
    await assertNotSoleStageDecider(tx, institution.id, member.userId);
    await assertReviewKeepsDecider(tx, institution.id, member.userId, null);
    await tx.membership.delete({ where: { id: member.id } });
    // Gone from the institution, gone from its approval stages (the others there still decide).
    await tx.approvalStageMember.deleteMany({
      where: { userId: member.userId, stage: { institutionId: institution.id } },
    });
    const revoked = await revokeBeyondRole(tx, institution.id, member.userId, null);
    await notifyLive(tx, { t: "m", i: institution.id });
    await recordAudit(tx, {
      institutionId: institution.id,
      actor,
      action: "member.removed",
      targetType: "membership",
      targetId: member.userId,
      details: { role: member.role, ...revoked },
    });
    return member;
  });
  // An admin may leave themselves (another admin remains); they then have no page here to go back to.
  return { removedSelf: member.userId === actor.userId };
}
