import "server-only";
import { getPrisma } from "@/lib/db/client";
import { checkReadiness } from "@/lib/strategy/readiness";
import { PUBLIC_BODY_TYPES } from "@/lib/strategy/steps";
import { AppError } from "./errors";
import type { ActorRef } from "./memberships";
import { can } from "./permissions";
import { EDITABLE_STATUSES, loadPlanContent } from "./plan-content";
import { getPlan } from "./plans";

/**
 * Submits a plan for approval. The readiness check runs on the server on the stored content: a plan
 * with blockers cannot be submitted, whatever the browser shows.
 */
export async function submitPlan(actor: ActorRef, planId: string, institutionSlug?: string) {
  const { plan, role, institution } = await getPlan(actor, planId, institutionSlug);
  if (!can(role, "SUBMIT_PLAN")) throw new AppError("FORBIDDEN");
  if (!EDITABLE_STATUSES.includes(plan.status)) throw new AppError("CONFLICT", "planLocked");
  const { strategy, planRevision } = await loadPlanContent(plan.id);
  const readiness = checkReadiness(strategy, { isPublicBody: PUBLIC_BODY_TYPES.includes(institution.type) });
  if (!readiness.canSubmit)
    throw new AppError("CONFLICT", "planHasBlockers", { blockers: readiness.blockers.map((b) => b.code) });
  const prisma = await getPrisma();
  // Only if nothing changed since the check: a concurrent edit could have added a blocker.
  const { count } = await prisma.plan.updateMany({
    where: { id: plan.id, revision: planRevision, status: { in: [...EDITABLE_STATUSES] } },
    data: { status: "IN_REVIEW" },
  });
  if (count !== 1) throw new AppError("CONFLICT", "staleRevision");
}
