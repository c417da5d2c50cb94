import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { getPrisma } from "@/lib/db/client";
import { ZConnectionId } from "@/lib/live/events";
import { notifyLive } from "@/lib/live/publish";
import { STEP_KEYS, type StepKey } from "@/lib/strategy/steps";
import { AppError, isAppError } from "./errors";
import type { ActorRef } from "./memberships";
import { getPlan } from "./plans";

/** A connection not heard from for this long counts as gone (heartbeats come every few seconds). */
export const PRESENCE_TTL_MS = 15_000;

export const ZStepKey = z.enum(STEP_KEYS as [StepKey, ...StepKey[]]);

/** One open live connection (a browser tab on a plan), as the stream serving it knows it. */
export interface LiveSession {
  connectionId: string;
  userId: string;
  planId: string;
  institutionId: string;
  /** The user's session version when the stream opened; a later change ends the stream. */
  sessionVersion: number;
  /** The plan's revision when the stream opened. */
  revision: number;
}

export interface PresentPerson {
  connectionId: string;
  userId: string;
  name: string;
  step: string;
}

export interface LiveValue {
  key: string;
  revision: number;
  value: unknown;
  by: string | null;
}

export interface LiveItem {
  id: string;
  position: number;
  revision: number;
}

/** Opens a live connection for someone who may read the plan, and announces them. */
export async function openLiveSession(actor: ActorRef, planId: string, step: StepKey): Promise<LiveSession> {
  const { plan, institution } = await getPlan(actor, planId);
  const prisma = await getPrisma();
  const [user, current] = await Promise.all([
    prisma.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { sessionVersion: true } }),
    prisma.plan.findUniqueOrThrow({ where: { id: plan.id }, select: { revision: true } }),
  ]);
  const connectionId = randomUUID();
  await prisma.$transaction(async (tx) => {
    await tx.planPresence.create({ data: { id: connectionId, planId: plan.id, userId: actor.userId, step } });
    await notifyLive(tx, { t: "pr", p: plan.id });
  });
  return {
    connectionId,
    userId: actor.userId,
    planId: plan.id,
    institutionId: institution.id,
    sessionVersion: user.sessionVersion,
    revision: current.revision,
  };
}

/**
 * A heartbeat: true while the person still may read the plan (still a member, session not ended),
 * refreshing their presence and clearing connections whose heartbeats stopped.
 */
export async function checkLiveSession(session: LiveSession): Promise<boolean> {
  try {
    await getPlan({ userId: session.userId }, session.planId);
  } catch (error) {
    if (isAppError(error)) return false;
    throw error;
  }
  const prisma = await getPrisma();
  const user = await prisma.user.findUnique({
    where: { id: session.userId },
    select: { sessionVersion: true },
  });
  if (!user || user.sessionVersion !== session.sessionVersion) return false;
  const now = new Date();
  await prisma.planPresence.updateMany({ where: { id: session.connectionId }, data: { lastSeenAt: now } });
  const expired = await prisma.planPresence.deleteMany({
    where: { planId: session.planId, lastSeenAt: { lt: new Date(now.getTime() - PRESENCE_TTL_MS) } },
  });
  if (expired.count > 0) await notifyLive(prisma, { t: "pr", p: session.planId });
  return true;
}

/** The connection ended: the person is gone for the others at once. */
export async function closeLiveSession(session: Pick<LiveSession, "connectionId" | "planId">) {
  const prisma = await getPrisma();
  const removed = await prisma.planPresence.deleteMany({ where: { id: session.connectionId } });
  if (removed.count > 0) await notifyLive(prisma, { t: "pr", p: session.planId });
}

const ZPresenceUpdate = z.object({ connectionId: ZConnectionId, step: ZStepKey }).strict();

/** The person moved to another step (only their own connection can be moved). */
export async function setPresenceStep(actor: ActorRef, planId: string, input: unknown) {
  const { connectionId, step } = ZPresenceUpdate.parse(input);
  const { plan } = await getPlan(actor, planId);
  const prisma = await getPrisma();
  const updated = await prisma.planPresence.updateMany({
    where: { id: connectionId, planId: plan.id, userId: actor.userId },
    data: { step, lastSeenAt: new Date() },
  });
  if (updated.count === 0) throw new AppError("NOT_FOUND");
  await notifyLive(prisma, { t: "pr", p: plan.id });
}

/** Who is on the plan now, one entry per open connection. Callers have checked access. */
export async function listPresence(planId: string): Promise<PresentPerson[]> {
  const prisma = await getPrisma();
  const rows = await prisma.planPresence.findMany({
    where: { planId, lastSeenAt: { gte: new Date(Date.now() - PRESENCE_TTL_MS) } },
    select: { id: true, userId: true, step: true, user: { select: { name: true } } },
    orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
  });
  return rows.map((row) => ({
    connectionId: row.id,
    userId: row.userId,
    name: row.user.name,
    step: row.step,
  }));
}

async function namesOf(userIds: (string | null)[]) {
  const ids = [...new Set(userIds.filter((id): id is string => Boolean(id)))];
  if (!ids.length) return new Map<string, string>();
  const prisma = await getPrisma();
  const users = await prisma.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

/** The stored value of one unit, or null when it no longer exists. Callers have checked access. */
export async function loadLiveValue(planId: string, key: string): Promise<LiveValue | null> {
  const prisma = await getPrisma();
  const row = await prisma.planValue.findUnique({
    where: { planId_key: { planId, key } },
    select: { key: true, value: true, revision: true, updatedById: true },
  });
  if (!row) return null;
  const names = await namesOf([row.updatedById]);
  return {
    key: row.key,
    revision: row.revision,
    value: row.value ?? null,
    by: names.get(row.updatedById ?? "") ?? null,
  };
}

/** A list's items in order. Callers have checked access. */
export async function loadLiveList(planId: string, list: string): Promise<LiveItem[]> {
  const prisma = await getPrisma();
  return prisma.planItem.findMany({
    where: { planId, list },
    select: { id: true, position: true, revision: true },
    orderBy: [{ position: "asc" }, { id: "asc" }],
  });
}

/**
 * What changed after `since`: every unit saved later, and every list in full (removed items leave
 * no row behind, so lists are sent whole). Used when a stream opens or may have missed notices.
 */
export async function loadLiveChangesSince(planId: string, since: number) {
  const prisma = await getPrisma();
  const plan = await prisma.plan.findUnique({ where: { id: planId }, select: { revision: true } });
  if (!plan || plan.revision <= since) return { revision: plan?.revision ?? since, lists: {}, values: [] };
  const [items, values] = await Promise.all([
    prisma.planItem.findMany({
      where: { planId },
      select: { id: true, list: true, position: true, revision: true },
      orderBy: [{ position: "asc" }, { id: "asc" }],
    }),
    prisma.planValue.findMany({
      where: { planId, revision: { gt: since } },
      select: { key: true, value: true, revision: true, updatedById: true },
      orderBy: { revision: "asc" },
    }),
  ]);
  const lists: Record<string, LiveItem[]> = {};
  for (const { list, ...item } of items) (lists[list] ??= []).push(item);
  const names = await namesOf(values.map((v) => v.updatedById));
  return {
    revision: plan.revision,
    lists,
    values: values.map((v) => ({
      key: v.key,
      revision: v.revision,
      value: v.value ?? null,
      by: names.get(v.updatedById ?? "") ?? null,
    })) satisfies LiveValue[],
  };
}
