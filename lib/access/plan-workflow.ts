import "server-only";
import { z } from "zod";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { canonicalJson } from "@/lib/strategy/content";
import { checkReadiness } from "@/lib/strategy/readiness";
import { isPublicBody } from "@/lib/strategy/steps";
import { todayInBerlin } from "@/lib/clock";
import { notifyLive } from "@/lib/live/publish";
import { recordAudit } from "./audit";
import { AppError } from "./errors";
import {
  chainForPage,
  currentStageIndex,
  deciderCheck,
  latestSubmitters,
  loadChain,
  lockChain,
  mayDecide,
  stageDeciders,
} from "./approval-chain";
import { memberIdsWithRoles, notify } from "./notifications";
import type { ActorRef } from "./memberships";
import { can } from "./permissions";
import { loadPlanContent } from "./plan-content";
import { SUBMITTABLE_STATUSES } from "./plan-rules";
import { normalise } from "./plan-versions";
import { getPlan } from "./plans";

const ZNote = z
  .string()
  .max(2000, "tooLong")
  .transform((v) => v.trim() || null)
  .nullable()
  .optional();

/** What the submitter writes to the deciders, if anything: what to look at, what changed. */
export const ZSubmission = z.object({ note: ZNote });

/**
 * What would keep this person's submission from being decided, or null: the submit form says so
 * before it is tried (an institution starts with its admin only, and admins do not approve; a
 * stage may name only the person submitting).
 */
export async function submissionBlocker(actor: ActorRef, institutionId: string) {
  const chain = await chainForPage(institutionId);
  return (await deciderCheck(await getPrisma(), institutionId, actor.userId, chain)).blocker;
}

/** Who submitted the plan now in review (its latest submission): they do not decide it. */
async function currentSubmitter(db: Prisma.TransactionClient, planId: string) {
  return (await latestSubmitters(db, [planId])).get(planId) ?? null;
}

/**
 * Submits a plan for approval. The readiness check runs on the server on the stored content: a plan
 * with blockers cannot be submitted, whatever the browser shows.
 */
export async function submitPlan(
  actor: ActorRef,
  planId: string,
  institutionSlug?: string,
  input: z.input<typeof ZSubmission> = {},
) {
  const { note } = ZSubmission.parse(input);
  const { plan, role, institution } = await getPlan(actor, planId, institutionSlug);
  if (!can(role, "SUBMIT_PLAN")) throw new AppError("FORBIDDEN");
  if (!SUBMITTABLE_STATUSES.includes(plan.status)) throw new AppError("CONFLICT", "planLocked");
  const { strategy, planRevision } = await loadPlanContent(plan.id);
  const readiness = checkReadiness(strategy, {
    isPublicBody: isPublicBody(institution.type),
    today: await todayInBerlin(),
  });
  if (!readiness.canSubmit)
    throw new AppError("CONFLICT", "planHasBlockers", { blockers: readiness.blockers.map((b) => b.code) });
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    // The plan starts on the chain as it is now; the chain cannot change until this is done.
    await lockChain(tx, institution.id, "submit");
    const chain = await loadChain(tx, institution.id);
    const { firstDeciders: deciders, blocker } = await deciderCheck(tx, institution.id, actor.userId, chain);
    if (blocker)
      throw new AppError(
        "CONFLICT",
        blocker.key,
        blocker.key === "noDecider" ? {} : { stage: blocker.stage },
      );
    // The readiness check above asked the questions of the institution's type; an admin may
    // have corrected the type since (the lock keeps it from changing until this is done).
    const now = await tx.institution.findUnique({ where: { id: institution.id }, select: { type: true } });
    if (now?.type !== institution.type) throw new AppError("CONFLICT", "institutionTypeChanged");
    // Only if nothing changed since the check: a concurrent edit could have added a blocker.
    const { count } = await tx.plan.updateMany({
      where: { id: plan.id, revision: planRevision, status: { in: [...SUBMITTABLE_STATUSES] } },
      data: { status: "IN_REVIEW", reviewStage: 0 },
    });
    if (count !== 1) throw new AppError("CONFLICT", "staleRevision");
    // Open wizards reload what may be done with the plan (it is locked while in review).
    await notifyLive(tx, { t: "pl", p: plan.id });
    await recordAudit(tx, {
      institutionId: institution.id,
      actor,
      action: "plan.submitted",
      targetType: "plan",
      targetId: plan.id,
      details: { title: plan.title, note: note ?? null },
    });
    const submitter = await tx.user.findUniqueOrThrow({
      where: { id: actor.userId },
      select: { name: true },
    });
    await tx.planSubmission.create({
      data: {
        planId: plan.id,
        note: note ?? null,
        submittedById: actor.userId,
        submittedByName: submitter.name,
        planRevision,
      },
    });
    await notify(tx, {
      actor,
      userIds: deciders,
      institutionId: institution.id,
      planId: plan.id,
      kind: "plan.submitted",
      data: {
        actorName: submitter.name,
        planTitle: plan.title,
        institutionSlug: institution.slug,
        note: note ?? null,
      },
    });
  });
}

export const ZDecision = z.object({
  decision: z.enum(["approve", "requestChanges"], "choice"),
  note: ZNote,
  /** The plan's revision as the decider read it (the decision form sends it). */
  revision: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.coerce.number().int().min(0).optional(),
  ),
});

/**
 * A decision on a plan in review, at the stage of the approval chain where it stands. Approval at
 * the last stage freezes the whole plan as a new immutable version; approval at an earlier stage
 * passes it on; a request for changes at any stage sends it back to the editors. Every decision is
 * signed with name, time and stage.
 */
export async function decidePlan(
  actor: ActorRef,
  planId: string,
  input: z.input<typeof ZDecision>,
  institutionSlug?: string,
) {
  const { decision, note, revision: readRevision } = ZDecision.parse(input);
  const { plan, role, institution } = await getPlan(actor, planId, institutionSlug);
  if (plan.status !== "IN_REVIEW") throw new AppError("CONFLICT", "notInReview");
  // A plan in review is locked: its content and revision stay as read here until the decision.
  const { strategy, planRevision } = await loadPlanContent(plan.id);
  // A decision is on what the decider read: a plan taken back, changed and sent again since is a
  // different plan, even where it waits at the same stage.
  if (readRevision !== undefined && readRevision !== planRevision)
    throw new AppError("CONFLICT", "decisionOnOlderRevision");
  const readiness = checkReadiness(strategy, {
    isPublicBody: isPublicBody(institution.type),
    today: await todayInBerlin(),
  });
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    const chain = await loadChain(tx, institution.id);
    const index = currentStageIndex(chain, plan.reviewStage);
    const stage = chain[index]!;
    const submittedBy = await currentSubmitter(tx, plan.id);
    if (submittedBy === actor.userId) throw new AppError("FORBIDDEN", "ownSubmission");
    if (!mayDecide(stage, actor, role, submittedBy)) throw new AppError("FORBIDDEN");
    // Sent back without a word, the editors would not know what to revise.
    if (decision === "requestChanges" && !note) throw new AppError("INVALID_INPUT", "changesNeedNote");
    const final = decision === "approve" && index === chain.length - 1;
    const passOn = decision === "approve" && !final;
    // Checked again inside the transaction: two people deciding at once get one decision, and the
    // content frozen below is the content in review now.
    const { count } = await tx.plan.updateMany({
      where: { id: plan.id, status: "IN_REVIEW", reviewStage: plan.reviewStage, revision: planRevision },
      data: passOn
        ? { reviewStage: index + 1 }
        : { status: final ? "APPROVED" : "CHANGES_REQUESTED", reviewStage: null },
    });
    if (count !== 1) {
      const now = await tx.plan.findUnique({
        where: { id: plan.id },
        select: { status: true, reviewStage: true },
      });
      const resent = now?.status === "IN_REVIEW" && now.reviewStage === plan.reviewStage;
      throw new AppError("CONFLICT", resent ? "decisionOnOlderRevision" : "notInReview");
    }
    await notifyLive(tx, { t: "pl", p: plan.id });
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { name: true } });
    let versionNumber: number | null = null;
    if (final) {
      const last = await tx.planVersion.findFirst({
        where: { planId: plan.id },
        orderBy: { number: "desc" },
        select: { number: true },
      });
      versionNumber = (last?.number ?? 0) + 1;
      await tx.planVersion.create({
        data: {
          planId: plan.id,
          number: versionNumber,
          title: plan.title,
          institutionType: institution.type,
          content: strategy as unknown as Prisma.InputJsonValue,
          readiness: readiness as unknown as Prisma.InputJsonValue,
          approvedById: actor.userId,
          approvedByName: user.name,
          note: note ?? null,
        },
      });
      await recordAudit(tx, {
        institutionId: institution.id,
        actor,
        action: "version.created",
        targetType: "version",
        targetId: plan.id,
        details: { number: versionNumber },
      });
    }
    await tx.planDecision.create({
      data: {
        planId: plan.id,
        decision: decision === "approve" ? "APPROVED" : "CHANGES_REQUESTED",
        note: note ?? null,
        decidedById: actor.userId,
        decidedByName: user.name,
        stageName: stage.name,
        versionNumber,
        planRevision,
      },
    });
    await recordAudit(tx, {
      institutionId: institution.id,
      actor,
      action: passOn ? "plan.stage_approved" : final ? "plan.approved" : "plan.changes_requested",
      targetType: "plan",
      targetId: plan.id,
      details: {
        title: plan.title,
        stage: stage.name,
        note: note ?? null,
        ...(versionNumber ? { version: versionNumber } : {}),
      },
    });
    // The decider's own "submitted for approval" (or "your turn") is settled by deciding.
    await tx.notification.updateMany({
      where: {
        userId: actor.userId,
        planId: plan.id,
        kind: { in: ["plan.submitted", "plan.stage_passed"] },
        readAt: null,
      },
      data: { readAt: new Date() },
    });
    const data = {
      actorName: user.name,
      planTitle: plan.title,
      institutionSlug: institution.slug,
      note: note ?? null,
    };
    if (passOn) {
      const next = chain[index + 1]!;
      await notify(tx, {
        actor,
        userIds: (await stageDeciders(tx, institution.id, next)).filter((id) => id !== submittedBy),
        institutionId: institution.id,
        planId: plan.id,
        // Not "submitted": the next stage is told whose stage it passed, and that it is their turn.
        kind: "plan.stage_passed",
        data: { ...data, stage: stage.name ?? undefined },
      });
    } else {
      const planAuthor = (await tx.plan.findUnique({ where: { id: plan.id }, select: { createdById: true } }))
        ?.createdById;
      await notify(tx, {
        actor,
        userIds: [
          ...(await memberIdsWithRoles(tx, institution.id, ["EDITOR", "ADMIN"])),
          ...(planAuthor ? [planAuthor] : []),
        ],
        institutionId: institution.id,
        planId: plan.id,
        kind: final ? "plan.approved" : "plan.changes_requested",
        data,
      });
    }
    return { versionNumber, nextStage: passOn ? chain[index + 1]!.name : null };
  });
}

/** The approval chain of a plan's institution and where the plan stands in it. */
export async function getReviewState(actor: ActorRef, planId: string, institutionSlug?: string) {
  const { plan, role, institution } = await getPlan(actor, planId, institutionSlug);
  const chain = await chainForPage(institution.id);
  const current = plan.status === "IN_REVIEW" ? currentStageIndex(chain, plan.reviewStage) : null;
  const submittedBy = current === null ? null : await currentSubmitter(await getPrisma(), plan.id);
  return {
    stages: chain.map((stage) => ({ name: stage.name })),
    current,
    mayDecide: current !== null && mayDecide(chain[current]!, actor, role, submittedBy),
    /** The person looking submitted it: someone else decides. */
    ownSubmission: current !== null && submittedBy === actor.userId,
  };
}

/** The request for changes a plan that was sent back waits on (its latest decision), or null. */
export async function pendingChangeRequest(actor: ActorRef, planId: string, institutionSlug?: string) {
  const { plan } = await getPlan(actor, planId, institutionSlug);
  if (plan.status !== "CHANGES_REQUESTED") return null;
  const prisma = await getPrisma();
  const latest = await prisma.planDecision.findFirst({
    where: { planId: plan.id },
    orderBy: { createdAt: "desc" },
    select: {
      decision: true,
      note: true,
      decidedByName: true,
      createdAt: true,
      planRevision: true,
      plan: { select: { revision: true } },
    },
  });
  if (latest?.decision !== "CHANGES_REQUESTED") return null;
  const { plan: current, planRevision, ...request } = latest;
  // Requests from before revisions were recorded count as changed: no hint rather than a wrong one.
  return { ...request, unchanged: planRevision !== null && planRevision === current.revision };
}

/**
 * Approved versions, submissions and decisions of a plan, newest first, plus whether the draft has
 * moved on.
 */
export async function getPlanHistory(actor: ActorRef, planId: string, institutionSlug?: string) {
  const { plan } = await getPlan(actor, planId, institutionSlug);
  const prisma = await getPrisma();
  const [versions, decisions, submissions, latest] = await Promise.all([
    prisma.planVersion.findMany({
      where: { planId: plan.id },
      select: { number: true, title: true, approvedByName: true, approvedAt: true, note: true },
      orderBy: { number: "desc" },
    }),
    prisma.planDecision.findMany({
      where: { planId: plan.id },
      select: {
        id: true,
        decision: true,
        note: true,
        decidedByName: true,
        createdAt: true,
        versionNumber: true,
      },
      orderBy: { createdAt: "desc" },
    }),
    prisma.planSubmission.findMany({
      where: { planId: plan.id },
      select: {
        id: true,
        note: true,
        submittedByName: true,
        createdAt: true,
        withdrawnAt: true,
        withdrawnByName: true,
      },
      orderBy: { createdAt: "desc" },
    }),
    prisma.planVersion.findFirst({
      where: { planId: plan.id },
      orderBy: { number: "desc" },
      select: { number: true, content: true },
    }),
  ]);
  let draftDiffers = false;
  if (latest) {
    const { strategy } = await loadPlanContent(plan.id);
    // Read through today's structure, as the draft is: a field added since the approval is empty
    // in both, not a difference.
    draftDiffers = canonicalJson(strategy) !== canonicalJson(normalise(latest.content));
  }
  // The submission a plan in review waits on: who sent it, when, and what they wrote to the
  // deciders (plans submitted before submissions were recorded have none). Withdrawal marks the
  // same one (plan-withdrawal.ts).
  const waiting =
    plan.status === "IN_REVIEW" ? (submissions.find((submission) => !submission.withdrawnAt) ?? null) : null;
  return { versions, decisions, submissions, waiting, draftDiffers, latestVersion: latest?.number ?? null };
}
