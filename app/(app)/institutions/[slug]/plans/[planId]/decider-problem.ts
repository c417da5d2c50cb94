import "server-only";
import { getTranslations } from "next-intl/server";
import type { ActorRef } from "@/lib/access/memberships";
import { submissionBlocker } from "@/lib/access/plan-workflow";

/** What the submit form says instead of offering a submission nobody else could decide, or null. */
export async function deciderProblem(actor: ActorRef, institutionId: string): Promise<string | null> {
  const blocker = await submissionBlocker(actor, institutionId);
  if (!blocker) return null;
  const t = await getTranslations("errors");
  return blocker.key === "noDecider" ? t("noDecider") : t("onlySubmitterDecides", { stage: blocker.stage });
}
