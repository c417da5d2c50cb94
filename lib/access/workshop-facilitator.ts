import "server-only";
import { AppError } from "./errors";
import type { ActorRef } from "./memberships";
import { can } from "./permissions";
import { getPlan } from "./plans";

/**
 * The plan for someone who runs its workshop (RUN_WORKSHOP: editor, consultant, admin): its
 * timebox, dot votes, guest links and the steps open to guests. Other members may watch;
 * outsiders learn nothing (NOT_FOUND).
 */
export async function requireFacilitator(actor: ActorRef, planId: string, institutionSlug?: string) {
  const access = await getPlan(actor, planId, institutionSlug);
  if (!can(access.role, "RUN_WORKSHOP")) throw new AppError("FORBIDDEN");
  return access;
}
