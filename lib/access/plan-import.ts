import "server-only";
import { getPrisma } from "@/lib/db/client";
import { writePrefill } from "@/lib/db/prefill";
import { readPlanFile, type PlanFileResult } from "@/lib/document/plan-json";
import { recordAudit } from "./audit";
import { requireMembership, type ActorRef } from "./memberships";

export type ImportFailure = Exclude<PlanFileResult, { ok: true }>;

/**
 * Creates a new plan from a plan file in an institution where the actor may create plans. A file
 * that is not a valid plan creates nothing and comes back as the reason.
 */
export async function importPlan(
  actor: ActorRef,
  institutionSlug: string,
  fileText: string,
): Promise<{ ok: true; planId: string } | ImportFailure> {
  const { institution } = await requireMembership(actor, institutionSlug, "CREATE_PLAN");
  const file = readPlanFile(fileText);
  if (!file.ok) return file;
  const prisma = await getPrisma();
  const plan = await prisma.$transaction(async (tx) => {
    const created = await tx.plan.create({
      data: { institutionId: institution.id, title: file.title, createdById: actor.userId },
      select: { id: true, title: true },
    });
    await writePrefill(tx, created.id, file.rows, actor.userId);
    await recordAudit(tx, {
      institutionId: institution.id,
      actor,
      action: "plan.imported",
      targetType: "plan",
      targetId: created.id,
      details: { title: created.title },
    });
    return created;
  });
  return { ok: true, planId: plan.id };
}
