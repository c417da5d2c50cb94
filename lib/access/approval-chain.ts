import "server-only";
import { cache } from "react";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Role } from "@/lib/db/generated/enums";
import type { ActorRef } from "./memberships";

/** Who can be put on a stage: consultants never approve, viewers only read. */
export const STAGE_MEMBER_ROLES: readonly Role[] = ["ADMIN", "EDITOR", "APPROVER"];

export interface ChainStage {
  id: string | null;
  name: string | null;
  /** Who decides this stage; null means every approver of the institution (the default chain). */
  memberIds: string[] | null;
}

type Db = Prisma.TransactionClient;

/** The institution's approval chain in order; one implicit stage for all approvers when none is configured. */
export async function loadChain(db: Db, institutionId: string): Promise<ChainStage[]> {
  const stages = await db.approvalStage.findMany({
    where: { institutionId },
    select: { id: true, name: true, members: { select: { userId: true } } },
    orderBy: { position: "asc" },
  });
  if (stages.length === 0) return [{ id: null, name: null, memberIds: null }];
  return stages.map((s) => ({ id: s.id, name: s.name, memberIds: s.members.map((m) => m.userId) }));
}

/**
 * The chain as a page shows it, read once per page render (React's `cache`): a plan's page asks
 * where the plan stands and whether anyone could decide a submission. Every transaction that acts
 * on the chain reads it itself, under its lock (`loadChain`).
 */
export const chainForPage = cache(async (institutionId: string) =>
  loadChain(await getPrisma(), institutionId),
);

/** Where a plan in review stands: its stage's index, kept within the chain as it is now. */
export function currentStageIndex(chain: ChainStage[], reviewStage: number | null) {
  return Math.min(reviewStage ?? 0, chain.length - 1);
}

/**
 * Whether this person decides the stage for a plan submitted by `submittedById`. Never on their
 * own submission: a release needs a second pair of eyes (Vier-Augen-Prinzip), also where a stage
 * names an editor or admin who submits plans.
 */
export function mayDecide(stage: ChainStage, actor: ActorRef, role: Role, submittedById: string | null) {
  if (role === "CONSULTANT" || role === "VIEWER") return false;
  if (submittedById === actor.userId) return false;
  return stage.memberIds ? stage.memberIds.includes(actor.userId) : role === "APPROVER";
}

/**
 * Who decides each stage of the chain now, in one read: a stage's members while their role still
 * lets them decide (a member demoted to viewer stays on the stage but decides nothing), or every
 * approver for the default stage.
 */
export async function chainDeciders(db: Db, institutionId: string, chain: ChainStage[]) {
  const named = [...new Set(chain.flatMap((stage) => stage.memberIds ?? []))];
  const reads: Prisma.MembershipWhereInput[] = [];
  if (named.length > 0) reads.push({ userId: { in: named }, role: { in: [...STAGE_MEMBER_ROLES] } });
  if (chain.some((stage) => stage.memberIds === null)) reads.push({ role: "APPROVER" });
  const members =
    reads.length === 0
      ? []
      : await db.membership.findMany({
          where: { institutionId, OR: reads },
          select: { userId: true, role: true },
        });
  const deciding = new Set(members.map((m) => m.userId));
  const approvers = members.filter((m) => m.role === "APPROVER").map((m) => m.userId);
  return chain.map((stage) =>
    stage.memberIds ? stage.memberIds.filter((id) => deciding.has(id)) : approvers,
  );
}

/** The people who decide a stage, to notify them. */
export async function stageDeciders(db: Db, institutionId: string, stage: ChainStage) {
  return (await chainDeciders(db, institutionId, [stage]))[0]!;
}

/**
 * Who sent each plan's current submission (the latest not withdrawn): they do not decide it.
 * Plans submitted before submissions were recorded have none.
 */
export async function latestSubmitters(db: Db, planIds: string[]) {
  if (planIds.length === 0) return new Map<string, string | null>();
  const submissions = await db.planSubmission.findMany({
    where: { planId: { in: planIds }, withdrawnAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    distinct: ["planId"],
    select: { planId: true, submittedById: true },
  });
  return new Map(submissions.map((s) => [s.planId, s.submittedById]));
}

export type SubmissionBlocker = { key: "noDecider" } | { key: "onlySubmitterDecides"; stage: string };

/**
 * Who decides the first stage of a plan `submitterId` submits now (to tell them), or what keeps
 * them from submitting: nobody decides the first stage, or a stage would be decided by nobody but
 * the submitter, who never decides their own submission. A submission nobody may decide would
 * only wait.
 */
export async function deciderCheck(
  db: Db,
  institutionId: string,
  submitterId: string,
  chain: ChainStage[],
): Promise<{ firstDeciders: string[]; blocker: SubmissionBlocker | null }> {
  const deciders = await chainDeciders(db, institutionId, chain);
  const firstDeciders = deciders[0]!.filter((id) => id !== submitterId);
  if (deciders[0]!.length === 0) return { firstDeciders, blocker: { key: "noDecider" } };
  const alone = chain.findIndex((_, index) => deciders[index]!.every((id) => id === submitterId));
  return {
    firstDeciders,
    blocker: alone < 0 ? null : { key: "onlySubmitterDecides", stage: chain[alone]!.name ?? "" },
  };
}

/**
 * The title of a plan in review that would wait for a decision nobody can take if `userId` took
 * `newRole` (null: left the institution): at its stage or a later one, they are the only one who
 * decides besides the plan's submitter, who never decides their own submission. Null when every
 * plan in review keeps someone to decide each stage still ahead of it.
 */
export async function reviewOnlyDecidedBy(
  db: Db,
  institutionId: string,
  userId: string,
  newRole: Role | null,
) {
  const waiting = await db.plan.findMany({
    where: { institutionId, status: "IN_REVIEW" },
    select: { id: true, title: true, reviewStage: true },
    orderBy: { title: "asc" },
  });
  if (waiting.length === 0) return null;
  const chain = await loadChain(db, institutionId);
  const [deciders, submitters] = await Promise.all([
    chainDeciders(db, institutionId, chain),
    latestSubmitters(
      db,
      waiting.map((plan) => plan.id),
    ),
  ]);
  const stillDecides = (stage: ChainStage) =>
    newRole !== null && (stage.memberIds ? STAGE_MEMBER_ROLES.includes(newRole) : newRole === "APPROVER");
  const stranded = waiting.find((plan) => {
    const submitter = submitters.get(plan.id) ?? null;
    return chain.some((stage, index) => {
      if (index < currentStageIndex(chain, plan.reviewStage) || stillDecides(stage)) return false;
      const others = deciders[index]!.filter((id) => id !== submitter);
      return others.length === 1 && others[0] === userId;
    });
  });
  return stranded?.title ?? null;
}

/**
 * The stages of the chain that nobody but `userId` may decide: without them, a plan reaching such a
 * stage would wait for a decision nobody can take.
 */
export async function stagesOnlyDecidedBy(db: Db, institutionId: string, userId: string) {
  const stages = await db.approvalStage.findMany({
    where: { institutionId, members: { some: { userId } } },
    select: { name: true, members: { select: { userId: true } } },
    orderBy: { position: "asc" },
  });
  const others = [...new Set(stages.flatMap((s) => s.members.map((m) => m.userId)))].filter(
    (id) => id !== userId,
  );
  const deciding = new Set(
    (
      await db.membership.findMany({
        where: { institutionId, userId: { in: others }, role: { in: [...STAGE_MEMBER_ROLES] } },
        select: { userId: true },
      })
    ).map((m) => m.userId),
  );
  return stages
    .filter((stage) => !stage.members.some((m) => m.userId !== userId && deciding.has(m.userId)))
    .map((stage) => stage.name);
}

/**
 * Serialises changes of the chain (and of who may decide its stages) with submissions, which start
 * a plan on the chain as it is: a change checked against the plans in review must not overlap with
 * one being submitted. Submissions only share the lock, so they do not wait for each other.
 */
export async function lockChain(db: Db, institutionId: string, mode: "change" | "submit") {
  if (mode === "change")
    await db.$executeRaw`SELECT 1 FROM "Institution" WHERE "id" = ${institutionId} FOR UPDATE`;
  else await db.$executeRaw`SELECT 1 FROM "Institution" WHERE "id" = ${institutionId} FOR SHARE`;
}
