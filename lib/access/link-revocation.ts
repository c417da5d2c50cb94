import "server-only";
import { z } from "zod";
import { getPrisma } from "@/lib/db/client";
import { notifyLive } from "@/lib/live/publish";
import { recordAudit } from "./audit";
import { AppError } from "./errors";
import type { ActorRef } from "./memberships";

const ZLinkId = z.string().min(1).max(64);

/**
 * Revokes one of a plan's links, a share link or a workshop guest link, and records who did, in
 * one transaction. The caller has checked that the actor may manage the plan's links of this
 * kind; the plan id in the filter keeps a link of another plan out of reach, and a link revoked
 * already is not found. Guests of a workshop link are told at once, so their page closes.
 */
export async function revokePlanLink(
  actor: ActorRef,
  kind: "share" | "workshop",
  { plan, institution }: { plan: { id: string; title: string }; institution: { id: string } },
  linkId: string,
) {
  const id = ZLinkId.parse(linkId);
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    const where = { id, planId: plan.id, revokedAt: null };
    const data = { revokedAt: new Date() };
    const revoked =
      kind === "share"
        ? await tx.shareLink.updateMany({ where, data })
        : await tx.workshopLink.updateMany({ where, data });
    if (revoked.count === 0) throw new AppError("NOT_FOUND");
    await recordAudit(tx, {
      institutionId: institution.id,
      actor,
      action: `${kind}.revoked`,
      targetType: kind,
      targetId: id,
      details: { planId: plan.id, planTitle: plan.title },
    });
    if (kind === "workshop") await notifyLive(tx, { t: "g", p: plan.id });
  });
}
