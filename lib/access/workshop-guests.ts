import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { z } from "zod";
import { getPrisma } from "@/lib/db/client";
import type { PlanStatus } from "@/lib/db/generated/enums";
import { consumeRateLimit, RATE_LIMITS } from "@/lib/security/rate-limit";
import { hashSecret, LINK_SECRET_PATTERN, newLinkSecret, secretMatches } from "@/lib/security/secrets";
import { STEP_KEYS, type StepKey } from "@/lib/strategy/steps";
import { AppError } from "./errors";
import { GUEST_WRITER_PREFIX, moveConnection } from "./live";
import {
  changeStep,
  loadPlanContent,
  writeChange,
  ZChange,
  type ChangeResult,
  type Tx,
} from "./plan-content";
import { EDITABLE_STATUSES } from "./plan-rules";
import { ZPlanId } from "./plans";

/*
 * The guests' side of a workshop. A guest is no user: they hold a secret in an HttpOnly cookie
 * whose SHA-256 names one WorkshopGuest row, bound to one link and so to one plan. Everything here
 * checks that binding and the link (not revoked, not expired) on every call; a guest reaches the
 * plan's wizard and nothing else of the institution.
 */

export const GUEST_COOKIE = "wegweiser-guest";
const ZSecret = z.string().regex(LINK_SECRET_PATTERN);
const MAX_GUESTS_PER_LINK = 200;

const ZGuestName = z
  .string()
  .trim()
  .min(1, "required")
  .max(60, "tooLong")
  // Control characters have no place in a name shown to others.
  .refine((name) => !/[\u0000-\u001f\u007f]/.test(name), "invalidCharacters");

export const ZJoinWorkshop = z.object({ token: ZSecret, name: ZGuestName });

/** A guest whose link still admits them, with what they may do on their plan. */
export interface GuestContext {
  guestId: string;
  name: string;
  planId: string;
  institutionId: string;
  plan: { id: string; title: string; status: PlanStatus };
  institution: { name: string; type: string };
  /** The steps the facilitator opened to guests, in the wizard's order. */
  openSteps: StepKey[];
}

const guestSelect = {
  id: true,
  name: true,
  planId: true,
  secretHash: true,
  link: {
    select: {
      planId: true,
      revokedAt: true,
      expiresAt: true,
      plan: {
        select: {
          id: true,
          title: true,
          status: true,
          guestSteps: true,
          institutionId: true,
          institution: { select: { name: true, type: true } },
        },
      },
    },
  },
} as const;

/** The link a token names: found by the hash, checked again in constant time (lib/security/secrets.ts). */
async function linkByToken(token: string) {
  const prisma = await getPrisma();
  const link = await prisma.workshopLink.findUnique({
    where: { tokenHash: hashSecret(token) },
    select: {
      id: true,
      planId: true,
      tokenHash: true,
      revokedAt: true,
      expiresAt: true,
      plan: { select: { title: true, institution: { select: { name: true } } } },
    },
  });
  return link && secretMatches(token, link.tokenHash) ? link : null;
}

/** What a guest link shows before joining: the plan's title, or that it ended or never existed. */
export async function openWorkshopLink(token: string, now = new Date()) {
  if (!ZSecret.safeParse(token).success) return { status: "missing" as const };
  const link = await linkByToken(token);
  if (!link) return { status: "missing" as const };
  if (link.revokedAt || link.expiresAt <= now) return { status: "ended" as const };
  return {
    status: "ok" as const,
    planTitle: link.plan.title,
    institutionName: link.plan.institution.name,
    expiresAt: link.expiresAt,
  };
}

/**
 * Joins a workshop by its link under a display name. Returns the guest's secret for the cookie
 * (never stored, only its hash) and until when the link admits them.
 */
export async function joinWorkshop(input: z.input<typeof ZJoinWorkshop>, address: string, now = new Date()) {
  const { token, name } = ZJoinWorkshop.parse(input);
  await consumeRateLimit(RATE_LIMITS.workshopJoinPerAddress, address);
  const link = await linkByToken(token);
  if (!link) throw new AppError("NOT_FOUND");
  if (link.revokedAt || link.expiresAt <= now) throw new AppError("GONE", "guestAccessEnded");
  const secret = newLinkSecret();
  const prisma = await getPrisma();
  const guest = await prisma.$transaction(async (tx) => {
    const joined = await tx.workshopGuest.count({ where: { linkId: link.id } });
    if (joined >= MAX_GUESTS_PER_LINK) throw new AppError("CONFLICT", "tooManyGuests");
    return tx.workshopGuest.create({
      data: { linkId: link.id, planId: link.planId, name, secretHash: hashSecret(secret) },
      select: { id: true, planId: true },
    });
  });
  return { guestId: guest.id, planId: guest.planId, secret, expiresAt: link.expiresAt };
}

export type GuestLookup = { status: "ok"; guest: GuestContext } | { status: "ended" } | { status: "none" };

/** The guest a cookie's secret names, if any, and whether their link still admits them. */
export async function guestFromSecret(secret: string | undefined, now = new Date()): Promise<GuestLookup> {
  if (!secret || !ZSecret.safeParse(secret).success) return { status: "none" };
  const prisma = await getPrisma();
  const row = await prisma.workshopGuest.findUnique({
    where: { secretHash: hashSecret(secret) },
    select: guestSelect,
  });
  if (!row || !secretMatches(secret, row.secretHash) || row.link.planId !== row.planId)
    return { status: "none" };
  const { link } = row;
  if (link.revokedAt || link.expiresAt <= now) return { status: "ended" };
  return {
    status: "ok",
    guest: {
      guestId: row.id,
      name: row.name,
      planId: link.plan.id,
      institutionId: link.plan.institutionId,
      plan: { id: link.plan.id, title: link.plan.title, status: link.plan.status },
      institution: link.plan.institution,
      openSteps: STEP_KEYS.filter((step) => link.plan.guestSteps.includes(step)),
    },
  };
}

/**
 * The guest of this request (their cookie), looked up afresh per request: a page's layout and page
 * share one lookup while they render (React `cache`); route handlers always read anew.
 */
export const currentGuest = cache(async (): Promise<GuestLookup> =>
  guestFromSecret((await cookies()).get(GUEST_COOKIE)?.value),
);

/**
 * The guest of this request, admitted to this plan. No guest, or a guest of another plan: NOT_FOUND
 * (the plan may as well not exist). A guest whose link was revoked or ran out: FORBIDDEN, which
 * the autosave queue shows as "not saved" while keeping the edit.
 */
export async function requireGuest(planId: string, lookup?: GuestLookup): Promise<GuestContext> {
  const found = lookup ?? (await currentGuest());
  if (found.status === "ended") throw new AppError("FORBIDDEN", "guestAccessEnded");
  if (found.status === "none" || !ZPlanId.safeParse(planId).success || found.guest.planId !== planId)
    throw new AppError("NOT_FOUND");
  return found.guest;
}

/** The plan's content for its guest's wizard. */
export async function getGuestPlanWithContent(guest: GuestContext) {
  return { ...guest, content: await loadPlanContent(guest.planId) };
}

/**
 * Saves one unit for a guest: only in a step the facilitator opened, only while the plan takes
 * edits, only while the guest's link admits them (checked again inside the write's transaction,
 * after the plan's row lock, so a step closed or a link revoked meanwhile stops the write).
 */
export async function applyGuestChange(
  guest: GuestContext,
  input: unknown,
  options: { origin?: string } = {},
): Promise<ChangeResult> {
  const change = ZChange.parse(input);
  const step = changeStep(change);
  if (!step) throw new AppError("INVALID_INPUT", "unknownField");
  if (!guest.openSteps.includes(step)) throw new AppError("FORBIDDEN", "stepClosed");
  if (!EDITABLE_STATUSES.includes(guest.plan.status)) throw new AppError("CONFLICT", "planLocked");
  if (guest.plan.status === "APPROVED") throw new AppError("CONFLICT", "guestPlanApproved");
  return writeChange(`${GUEST_WRITER_PREFIX}${guest.guestId}`, guest.planId, change, {
    origin: options.origin,
    recheck: (tx) => recheckGuestWrite(tx, guest, step),
  });
}

/**
 * Inside a guest's write, after the plan's row lock: whether their link still admits them and the
 * step is still open, in one query. The link row stays share-locked until the write commits, so a
 * revocation waits for it (and one committed first is seen here), never slipping in between.
 */
export async function recheckGuestWrite(
  tx: Tx,
  guest: Pick<GuestContext, "guestId" | "planId">,
  step: StepKey,
) {
  const [row] = await tx.$queryRaw<{ guestSteps: string[] }[]>`
    SELECT p."guestSteps" FROM "WorkshopGuest" g
      JOIN "WorkshopLink" l ON l."id" = g."linkId"
      JOIN "Plan" p ON p."id" = l."planId"
    WHERE g."id" = ${guest.guestId} AND g."planId" = ${guest.planId} AND l."planId" = ${guest.planId}
      AND l."revokedAt" IS NULL AND l."expiresAt" > ${new Date()}
    FOR SHARE OF l`;
  if (!row) throw new AppError("FORBIDDEN", "guestAccessEnded");
  if (!row.guestSteps.includes(step)) throw new AppError("FORBIDDEN", "stepClosed");
}

/** The guest moved to another step (only their own connection). */
export async function setGuestPresenceStep(guest: GuestContext, input: unknown) {
  await moveConnection(guest.planId, { guestId: guest.guestId }, input);
}
