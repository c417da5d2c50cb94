import "server-only";
import { z } from "zod";
import { getPrisma } from "@/lib/db/client";
import { notifyLive } from "@/lib/live/publish";
import { consumeRateLimit, RATE_LIMITS } from "@/lib/security/rate-limit";
import { hashSecret, newLinkSecret } from "@/lib/security/secrets";
import { STEP_KEYS } from "@/lib/strategy/steps";
import { recordAudit } from "./audit";
import { AppError } from "./errors";
import { requireMakerUnderLock, revokePlanLink } from "./link-revocation";
import type { ActorRef } from "./memberships";
import { ZStepKey } from "./live";
import { requireFacilitator } from "./workshop-facilitator";

/*
 * The facilitator's side of a workshop: guest links (people without an account join the plan's
 * wizard by one) and the steps guests may edit. The guests' side is lib/access/workshop-guests.ts.
 */

const MAX_ACTIVE_LINKS = 20;
/** How long a link may admit guests, in hours: a workshop day is the usual case. */
const GUEST_LINK_HOURS = ["2", "8", "24", "72"] as const;
const DEFAULT_GUEST_LINK_HOURS = "8";

export const ZCreateWorkshopLink = z.object({
  hours: z.enum(GUEST_LINK_HOURS).default(DEFAULT_GUEST_LINK_HOURS),
});

export const ZGuestSteps = z.array(ZStepKey).max(STEP_KEYS.length);

type WorkshopLinkStatus = "active" | "expired" | "revoked";

/** Creates a guest link and returns its secret, which is never shown again. */
export async function createWorkshopLink(
  actor: ActorRef,
  planId: string,
  input: z.input<typeof ZCreateWorkshopLink>,
  institutionSlug?: string,
  now = new Date(),
) {
  const { plan, institution } = await requireFacilitator(actor, planId, institutionSlug);
  const { hours } = ZCreateWorkshopLink.parse(input);
  await consumeRateLimit(RATE_LIMITS.workshopLinkPerUser, actor.userId);
  const expiresAt = new Date(now.getTime() + Number(hours) * 3_600_000);
  const token = newLinkSecret();
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    await requireMakerUnderLock(tx, institution.id, actor.userId, "RUN_WORKSHOP");
    const active = await tx.workshopLink.count({
      where: { planId: plan.id, revokedAt: null, expiresAt: { gt: now } },
    });
    if (active >= MAX_ACTIVE_LINKS) throw new AppError("CONFLICT", "tooManyWorkshopLinks");
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { name: true } });
    const link = await tx.workshopLink.create({
      data: {
        planId: plan.id,
        tokenHash: hashSecret(token),
        expiresAt,
        createdById: actor.userId,
        createdByName: user.name,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      institutionId: institution.id,
      actor,
      action: "workshop.created",
      targetType: "workshop",
      targetId: link.id,
      details: { planId: plan.id, planTitle: plan.title, expiresAt: expiresAt.toISOString() },
    });
    return { id: link.id, token, expiresAt };
  });
}

/** The plan's guest links, newest first, with their state and how many guests joined by each. */
export async function listWorkshopLinks(
  actor: ActorRef,
  planId: string,
  institutionSlug?: string,
  now = new Date(),
) {
  const { plan } = await requireFacilitator(actor, planId, institutionSlug);
  const prisma = await getPrisma();
  const links = await prisma.workshopLink.findMany({
    where: { planId: plan.id },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: {
      id: true,
      expiresAt: true,
      revokedAt: true,
      createdAt: true,
      createdByName: true,
      _count: { select: { guests: true } },
    },
  });
  return links.map(({ _count, ...link }) => ({
    ...link,
    guests: _count.guests,
    status: (link.revokedAt ? "revoked" : link.expiresAt <= now ? "expired" : "active") as WorkshopLinkStatus,
  }));
}

/** Ends a link: its guests are refused from their next request on, their live streams close. */
export async function revokeWorkshopLink(
  actor: ActorRef,
  planId: string,
  linkId: string,
  institutionSlug?: string,
) {
  await revokePlanLink(actor, "workshop", await requireFacilitator(actor, planId, institutionSlug), linkId);
}

/** Which steps guests may edit, in the wizard's order. */
export async function getGuestSteps(actor: ActorRef, planId: string, institutionSlug?: string) {
  const { plan } = await requireFacilitator(actor, planId, institutionSlug);
  const prisma = await getPrisma();
  const { guestSteps } = await prisma.plan.findUniqueOrThrow({
    where: { id: plan.id },
    select: { guestSteps: true },
  });
  return STEP_KEYS.filter((step) => guestSteps.includes(step));
}

/** Opens exactly these steps to guests (all others closed); guests see the change at once. */
export async function setGuestSteps(
  actor: ActorRef,
  planId: string,
  steps: readonly string[],
  institutionSlug?: string,
) {
  const { plan } = await requireFacilitator(actor, planId, institutionSlug);
  const open = ZGuestSteps.parse([...new Set(steps)]);
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    await tx.plan.update({ where: { id: plan.id }, data: { guestSteps: open } });
    await notifyLive(tx, { t: "g", p: plan.id });
  });
  return STEP_KEYS.filter((step) => open.includes(step));
}
