import "server-only";
import { z } from "zod";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
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

/**
 * Revokes the links a person made that go on showing the plan as it changes: share links to the
 * draft, and workshop guest links (their guests are told at once). For someone who leaves the
 * institution all of them, so that no link of theirs keeps them in; for someone demoted the kinds
 * their new role may no longer make. Links to an approved version stay: they carry a document the
 * leadership released, sent out for the institution. Returns how many were revoked.
 */
export async function revokeLiveLinksOf(
  tx: Prisma.TransactionClient,
  institutionId: string,
  userId: string,
  kinds: { share: boolean; workshop: boolean } = { share: true, workshop: true },
) {
  const now = new Date();
  const shares = kinds.share
    ? await tx.shareLink.updateMany({
        where: {
          createdById: userId,
          plan: { institutionId },
          versionNumber: null,
          revokedAt: null,
          OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
        },
        data: { revokedAt: now },
      })
    : { count: 0 };
  const workshops = kinds.workshop
    ? await tx.workshopLink.findMany({
        where: { createdById: userId, plan: { institutionId }, revokedAt: null, expiresAt: { gt: now } },
        select: { id: true, planId: true },
      })
    : [];
  if (workshops.length > 0)
    await tx.workshopLink.updateMany({
      where: { id: { in: workshops.map((link) => link.id) } },
      data: { revokedAt: now },
    });
  for (const planId of new Set(workshops.map((link) => link.planId)))
    await notifyLive(tx, { t: "g", p: planId });
  return shares.count + workshops.length;
}
