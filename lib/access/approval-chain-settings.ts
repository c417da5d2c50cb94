import "server-only";
import { z } from "zod";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { lockChain, STAGE_MEMBER_ROLES } from "./approval-chain";
import { recordAudit } from "./audit";
import { AppError } from "./errors";
import { requireMembership, type ActorRef } from "./memberships";

/*
 * The admins' settings of the approval chain: its stages, their order and who decides each. The
 * rules that apply the chain to plans (who decides, the chain's lock) are in ./approval-chain.
 */

type Db = Prisma.TransactionClient;

/**
 * Plans waiting for a decision hold their place in the chain by position: adding, removing or
 * moving a stage meanwhile would skip a stage or ask one twice. Until they are decided, the chain
 * stays as it is.
 */
async function refuseWhileInReview(db: Db, institutionId: string) {
  await lockChain(db, institutionId, "change");
  const waiting = await db.plan.findFirst({
    where: { institutionId, status: "IN_REVIEW" },
    select: { title: true },
  });
  if (waiting) throw new AppError("CONFLICT", "chainInUse", { plan: waiting.title });
}

/** The chain with member names, and who could be added, for the admins' settings page. */
export async function getChainSettings(actor: ActorRef, institutionSlug: string) {
  const { institution } = await requireMembership(actor, institutionSlug, "MANAGE_MEMBERS");
  const prisma = await getPrisma();
  const [stages, eligible, inReview] = await Promise.all([
    prisma.approvalStage.findMany({
      where: { institutionId: institution.id },
      select: { id: true, name: true, members: { select: { user: { select: { id: true, name: true } } } } },
      orderBy: { position: "asc" },
    }),
    prisma.membership.findMany({
      where: { institutionId: institution.id, role: { in: [...STAGE_MEMBER_ROLES] } },
      select: { role: true, user: { select: { id: true, name: true } } },
      orderBy: { user: { name: "asc" } },
    }),
    prisma.plan.findMany({
      where: { institutionId: institution.id, status: "IN_REVIEW" },
      select: { title: true },
      orderBy: { title: "asc" },
    }),
  ]);
  const deciding = new Set(eligible.map((m) => m.user.id));
  return {
    stages: stages.map((s) => ({
      id: s.id,
      name: s.name,
      // A member made viewer or consultant stays on the stage, but decides nothing.
      members: s.members.map((m) => ({ ...m.user, decides: deciding.has(m.user.id) })),
    })),
    eligible: eligible.map((m) => ({ ...m.user, role: m.role })),
    /** Titles of the plans waiting for a decision: while there are any, the chain cannot change. */
    inReview: inReview.map((p) => p.title),
  };
}

export const ZStageInput = z.object({
  name: z.string().trim().min(1, "required").max(120, "tooLong"),
  memberIds: z.array(z.string().max(64)).min(1, "chooseMember").max(50),
});

/** Only current admins, editors and approvers of the institution decide a stage; ids come from the client. */
async function refuseIneligibleDeciders(db: Db, institutionId: string, memberIds: string[]) {
  const eligible = await db.membership.count({
    where: { institutionId, userId: { in: memberIds }, role: { in: [...STAGE_MEMBER_ROLES] } },
  });
  if (eligible !== new Set(memberIds).size) throw new AppError("INVALID_INPUT", "stageMembersInvalid");
}

export async function addStage(actor: ActorRef, institutionSlug: string, input: z.input<typeof ZStageInput>) {
  const { institution } = await requireMembership(actor, institutionSlug, "MANAGE_MEMBERS");
  const { name, memberIds } = ZStageInput.parse(input);
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    await refuseWhileInReview(tx, institution.id);
    await refuseIneligibleDeciders(tx, institution.id, memberIds);
    const last = await tx.approvalStage.findFirst({
      where: { institutionId: institution.id },
      orderBy: { position: "desc" },
      select: { position: true },
    });
    const stage = await tx.approvalStage.create({
      data: {
        institutionId: institution.id,
        name,
        position: (last?.position ?? 0) + 1,
        members: { create: [...new Set(memberIds)].map((userId) => ({ userId })) },
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      institutionId: institution.id,
      actor,
      action: "chain.changed",
      targetType: "stage",
      targetId: stage.id,
      details: { added: name },
    });
  });
}

/** A stage of this institution by the id the client sent; any other id is "not found". */
async function findStage(db: Db, institutionId: string, stageId: string) {
  const stage = await db.approvalStage.findFirst({
    where: { id: z.string().max(64).parse(stageId), institutionId },
    select: { id: true, name: true },
  });
  if (!stage) throw new AppError("NOT_FOUND");
  return stage;
}

/** Renames a stage and sets who decides it, in its place in the chain. */
export async function updateStage(
  actor: ActorRef,
  institutionSlug: string,
  stageId: string,
  input: z.input<typeof ZStageInput>,
) {
  const { institution } = await requireMembership(actor, institutionSlug, "MANAGE_MEMBERS");
  const { name, memberIds } = ZStageInput.parse(input);
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    await refuseWhileInReview(tx, institution.id);
    const stage = await findStage(tx, institution.id, stageId);
    await refuseIneligibleDeciders(tx, institution.id, memberIds);
    const deciders = [...new Set(memberIds)];
    await tx.approvalStage.update({
      where: { id: stage.id },
      data: {
        name,
        members: { deleteMany: {}, create: deciders.map((userId) => ({ userId })) },
      },
    });
    const names = await tx.user.findMany({
      where: { id: { in: deciders } },
      select: { name: true },
      orderBy: { name: "asc" },
    });
    await recordAudit(tx, {
      institutionId: institution.id,
      actor,
      action: "chain.changed",
      targetType: "stage",
      targetId: stage.id,
      details: {
        stage: name,
        ...(stage.name !== name ? { stageFrom: stage.name } : {}),
        deciders: names.map((user) => user.name).join(", "),
      },
    });
  });
}

export async function removeStage(actor: ActorRef, institutionSlug: string, stageId: string) {
  const { institution } = await requireMembership(actor, institutionSlug, "MANAGE_MEMBERS");
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    await refuseWhileInReview(tx, institution.id);
    const stage = await findStage(tx, institution.id, stageId);
    await tx.approvalStage.delete({ where: { id: stage.id } });
    await recordAudit(tx, {
      institutionId: institution.id,
      actor,
      action: "chain.changed",
      targetType: "stage",
      targetId: stage.id,
      details: { removed: stage.name },
    });
  });
}

/** Moves a stage one place earlier (-1) or later (1) in the chain. */
export async function moveStage(
  actor: ActorRef,
  institutionSlug: string,
  stageId: string,
  direction: -1 | 1,
) {
  const { institution } = await requireMembership(actor, institutionSlug, "MANAGE_MEMBERS");
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    await refuseWhileInReview(tx, institution.id);
    const stages = await tx.approvalStage.findMany({
      where: { institutionId: institution.id },
      select: { id: true, position: true },
      orderBy: { position: "asc" },
    });
    const index = stages.findIndex((s) => s.id === stageId);
    const other = stages[index + direction];
    const stage = stages[index];
    if (!stage) throw new AppError("NOT_FOUND");
    if (!other) return;
    await tx.approvalStage.update({ where: { id: stage.id }, data: { position: other.position } });
    await tx.approvalStage.update({ where: { id: other.id }, data: { position: stage.position } });
  });
}
