import "server-only";
import { AppError } from "./errors";
import type { ActorRef } from "./memberships";
import { can } from "./permissions";
import { getPlan } from "./plans";

/**
 * The plan for someone who runs its workshop: whoever may edit the plan (editor, consultant,
 * admin). Other members may watch; outsiders learn nothing (NOT_FOUND).
 */
export async function requireFacilitator(actor: ActorRef, planId: string) {
  const access = await getPlan(actor, planId);
  if (!can(access.role, "EDIT_PLAN")) throw new AppError("FORBIDDEN");
  return access;
}
