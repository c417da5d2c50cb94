import "server-only";
import { consumeRateLimit, RATE_LIMITS } from "@/lib/security/rate-limit";
import { z } from "zod";
import { getPrisma } from "@/lib/db/client";
import type { DocumentSource } from "@/lib/document/model";
import { LOCALES, TIME_ZONE, type Locale } from "@/lib/i18n/config";
import { hashSecret, LINK_SECRET_PATTERN, newLinkSecret, secretMatches } from "@/lib/security/secrets";
import { recordAudit } from "./audit";
import { AppError } from "./errors";
import { requireMakerUnderLock, revokePlanLink } from "./link-revocation";
import type { ActorRef } from "./memberships";
import { can } from "./permissions";
import { loadDocumentSource } from "./plan-document";
import { getPlan } from "./plans";

const MAX_ACTIVE_LINKS = 50;
const MAX_VALIDITY_DAYS = 731;
/** Last use is recorded at most this often, so reading a shared page stays a read. */
const LAST_USED_PRECISION_MS = 60_000;

export function hashShareToken(token: string): string {
  return hashSecret(token);
}

const ZToken = z.string().regex(LINK_SECRET_PATTERN);

export const ZCreateShareLink = z.object({
  version: z.union([z.literal("draft"), z.coerce.number().int().min(1).max(100_000)]),
  language: z.enum(LOCALES),
  /** A calendar day (YYYY-MM-DD); the link works until the end of that day, Berlin time. */
  expiresOn: z
    .union([z.literal("").transform(() => null), z.iso.date("date")])
    .nullable()
    .default(null),
});

/** The last second of a calendar day in Berlin, in summer and in winter time. */
export function endOfBerlinDay(isoDate: string): Date {
  const probe = new Date(`${isoDate}T23:59:59Z`);
  const offset =
    new Intl.DateTimeFormat("en", { timeZone: TIME_ZONE, timeZoneName: "longOffset" })
      .formatToParts(probe)
      .find((part) => part.type === "timeZoneName")
      ?.value.replace("GMT", "") || "Z";
  return new Date(`${isoDate}T23:59:59${offset}`);
}

async function requireSharer(actor: ActorRef, planId: string, institutionSlug?: string) {
  const access = await getPlan(actor, planId, institutionSlug);
  if (!can(access.role, "SHARE_PLAN")) throw new AppError("FORBIDDEN");
  return access;
}

/** Creates a link and returns its secret, which is never shown again. */
export async function createShareLink(
  actor: ActorRef,
  planId: string,
  input: z.input<typeof ZCreateShareLink>,
  institutionSlug?: string,
  now = new Date(),
) {
  const { plan, institution } = await requireSharer(actor, planId, institutionSlug);
  const data = ZCreateShareLink.parse(input);
  const expiresAt = data.expiresOn ? endOfBerlinDay(data.expiresOn) : null;
  if (expiresAt && expiresAt <= now) throw new AppError("INVALID_INPUT", "expiryPast");
  if (expiresAt && expiresAt.getTime() - now.getTime() > MAX_VALIDITY_DAYS * 86_400_000)
    throw new AppError("INVALID_INPUT", "expiryTooFar");
  await consumeRateLimit(RATE_LIMITS.shareLinkPerUser, actor.userId);
  const prisma = await getPrisma();
  const token = newLinkSecret();
  return prisma.$transaction(async (tx) => {
    await requireMakerUnderLock(tx, institution.id, actor.userId, "SHARE_PLAN");
    if (data.version !== "draft") {
      const version = await tx.planVersion.findUnique({
        where: { planId_number: { planId: plan.id, number: data.version } },
        select: { id: true },
      });
      if (!version) throw new AppError("INVALID_INPUT", "versionMissing");
    }
    const active = await tx.shareLink.count({ where: { planId: plan.id, revokedAt: null } });
    if (active >= MAX_ACTIVE_LINKS) throw new AppError("CONFLICT", "tooMany");
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { name: true } });
    const link = await tx.shareLink.create({
      data: {
        planId: plan.id,
        tokenHash: hashShareToken(token),
        versionNumber: data.version === "draft" ? null : data.version,
        language: data.language,
        expiresAt,
        createdById: actor.userId,
        createdByName: user.name,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      institutionId: institution.id,
      actor,
      action: "share.created",
      targetType: "share",
      targetId: link.id,
      details: {
        planId: plan.id,
        planTitle: plan.title,
        version: data.version,
        language: data.language,
        expiresAt: expiresAt?.toISOString() ?? null,
      },
    });
    return { id: link.id, token };
  });
}

/** The plan's links that have not been revoked, newest first; expired ones say so. */
export async function listShareLinks(actor: ActorRef, planId: string, institutionSlug?: string) {
  const { plan } = await requireSharer(actor, planId, institutionSlug);
  const prisma = await getPrisma();
  return prisma.shareLink.findMany({
    where: { planId: plan.id, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      versionNumber: true,
      language: true,
      expiresAt: true,
      lastUsedAt: true,
      createdAt: true,
      createdByName: true,
    },
  });
}

export async function revokeShareLink(
  actor: ActorRef,
  planId: string,
  linkId: string,
  institutionSlug?: string,
) {
  await revokePlanLink(actor, "share", await requireSharer(actor, planId, institutionSlug), linkId);
}

export type SharedLink =
  | {
      status: "ok";
      language: Locale;
      /**
       * Changes whenever anything the document shows may have changed: the plan's content (its
       * revision), title or status, the institution, a new approved version, a new check-in.
       * Pages rendered from the same fingerprint are the same document.
       */
      fingerprint: string;
      /** The document's content; null when what the link names no longer exists. */
      load: () => Promise<DocumentSource | null>;
    }
  | { status: "expired"; language: Locale }
  | { status: "missing" };

/**
 * Checks a share link's secret, expiry and revocation, and records its use. Cheap (one query), so
 * it runs on every view before anything is loaded or taken from a cache.
 */
export async function openShareLink(token: string, now = new Date()): Promise<SharedLink> {
  if (!ZToken.safeParse(token).success) return { status: "missing" };
  const prisma = await getPrisma();
  const link = await prisma.shareLink.findUnique({
    where: { tokenHash: hashShareToken(token) },
    select: {
      id: true,
      tokenHash: true,
      versionNumber: true,
      language: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      plan: {
        select: {
          id: true,
          title: true,
          status: true,
          revision: true,
          updatedAt: true,
          institution: { select: { name: true, type: true, updatedAt: true } },
          versions: { select: { number: true }, orderBy: { number: "desc" }, take: 1 },
          checkIns: { select: { recordedAt: true }, orderBy: { recordedAt: "desc" }, take: 1 },
          _count: { select: { checkIns: true } },
        },
      },
    },
  });
  // Found by the hash; checked again in constant time, like invitations (lib/security/secrets.ts).
  if (!link || link.revokedAt || !secretMatches(token, link.tokenHash)) return { status: "missing" };
  const language = (LOCALES as readonly string[]).includes(link.language) ? (link.language as Locale) : "de";
  if (link.expiresAt && link.expiresAt <= now) return { status: "expired", language };
  if (!link.lastUsedAt || now.getTime() - link.lastUsedAt.getTime() > LAST_USED_PRECISION_MS) {
    await prisma.shareLink.update({ where: { id: link.id }, data: { lastUsedAt: now } });
  }
  const { plan } = link;
  const fingerprint = [
    link.id,
    plan.revision,
    plan.updatedAt.getTime(),
    plan.institution.updatedAt.getTime(),
    plan.versions[0]?.number ?? 0,
    plan._count.checkIns,
    plan.checkIns[0]?.recordedAt.getTime() ?? 0,
  ].join(":");
  const target = {
    plan: { id: plan.id, title: plan.title, status: plan.status },
    institution: { name: plan.institution.name, type: plan.institution.type },
  };
  return {
    status: "ok",
    language,
    fingerprint,
    load: () =>
      loadDocumentSource(target, link.versionNumber ?? "draft").catch((error: unknown) => {
        if (error instanceof AppError && error.code === "NOT_FOUND") return null;
        throw error;
      }),
  };
}
