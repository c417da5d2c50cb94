import "server-only";
import { getPrisma } from "@/lib/db/client";
import { notifyLive } from "@/lib/live/publish";
import { currentStageIndex, loadChain, stageDeciders } from "./approval-chain";
import { recordAudit } from "./audit";
import { AppError } from "./errors";
import type { ActorRef } from "./memberships";
import { notify } from "./notifications";
import { can } from "./permissions";
import { getPlan } from "./plans";

/**
 * Those who may submit take a plan back out of review (a mistake noticed, something to add before
 * the leadership reads it): it is a draft again, gives up its place in the approval chain, and
 * whoever was to decide next is told. A decision taken meanwhile stands.
 */
export async function withdrawSubmission(actor: ActorRef, planId: string, institutionSlug?: string) {
  const { plan, role, institution } = await getPlan(actor, planId, institutionSlug);
  if (!can(role, "SUBMIT_PLAN")) throw new AppError("FORBIDDEN");
  if (plan.status !== "IN_REVIEW") throw new AppError("CONFLICT", "notInReview");
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    // Checked again in the update: a decision or another withdrawal meanwhile wins.
    const { count } = await tx.plan.updateMany({
      where: { id: plan.id, status: "IN_REVIEW", reviewStage: plan.reviewStage },
      data: { status: "DRAFT", reviewStage: null },
    });
    if (count !== 1) throw new AppError("CONFLICT", "notInReview");
    // The history says that this submission was taken back, not decided (earlier ones were): the
    // same one the plan's overview shows as waiting.
    const submission = await tx.planSubmission.findFirst({
      where: { planId: plan.id, withdrawnAt: null },
      orderBy: { createdAt: "desc" },
      select: { id: true },
    });
    const withdrawer = await tx.user.findUniqueOrThrow({
      where: { id: actor.userId },
      select: { name: true },
    });
    if (submission)
      await tx.planSubmission.update({
        where: { id: submission.id },
        data: { withdrawnAt: new Date(), withdrawnById: actor.userId, withdrawnByName: withdrawer.name },
      });
    // Open wizards and overviews reload what may be done with the plan (it is editable again).
    await notifyLive(tx, { t: "pl", p: plan.id });
    await recordAudit(tx, {
      institutionId: institution.id,
      actor,
      action: "plan.withdrawn",
      targetType: "plan",
      targetId: plan.id,
      details: { title: plan.title },
    });
    const chain = await loadChain(tx, institution.id);
    const stage = chain[currentStageIndex(chain, plan.reviewStage)]!;
    await notify(tx, {
      actor,
      userIds: await stageDeciders(tx, institution.id, stage),
      institutionId: institution.id,
      planId: plan.id,
      kind: "plan.withdrawn",
      data: { actorName: withdrawer.name, planTitle: plan.title, institutionSlug: institution.slug },
    });
  });
}
