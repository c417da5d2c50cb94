import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { SESSION_ABSOLUTE_MS } from "@/lib/auth/session-rules";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { ZConnectionId } from "@/lib/live/events";
import { notifyLive } from "@/lib/live/publish";
import { STEP_KEYS, type StepKey } from "@/lib/strategy/steps";
import { AppError, isAppError } from "./errors";
import type { Actor } from "./actor";
import type { ActorRef } from "./memberships";
import { getPlan } from "./plans";
import { notEndedSession } from "./sessions";

/** A connection not heard from for this long counts as gone (heartbeats come every few seconds). */
export const PRESENCE_TTL_MS = 15_000;

export const ZStepKey = z.enum(STEP_KEYS as [StepKey, ...StepKey[]]);

/** One open live connection (a browser tab on a plan), as the stream serving it knows it. */
export interface LiveSession {
  connectionId: string;
  /** A member's connection names the user; a workshop guest's names the guest instead. */
  userId: string | null;
  guestId: string | null;
  planId: string;
  institutionId: string;
  /** The user's session version when the stream opened; a later change ends the stream. */
  sessionVersion: number;
  /** The member's session; signing out of it ends the stream. */
  sessionId?: string | null;
  /**
   * When the member's session ends at the latest (ms; its absolute limit since signing in): a
   * stream is one long request that renews no cookie, so it is ended here.
   */
  sessionEndsAt?: number;
  /** The plan's revision when the stream opened. */
  revision: number;
  /**
   * Only follows the plan's state (its overview): not announced, and told only when the plan's
   * state or the reader's access changes, none of the edits, presence or workshop tools.
   */
  followsStateOnly?: boolean;
}

export interface PresentPerson {
  connectionId: string;
  /** Who it is: a user's id, or "guest:<id>" for a workshop guest. */
  userId: string;
  name: string;
  guest: boolean;
  step: string;
}

export interface LiveValue {
  key: string;
  revision: number;
  value: unknown;
  by: string | null;
  /** Whether `by` is a workshop guest's display name. */
  byGuest: boolean;
}

/** How a workshop guest is recorded as the author of a value (PlanValue.updatedById). */
export const GUEST_WRITER_PREFIX = "guest:";

/** Records an open connection and tells the plan's other streams. */
async function announce(planId: string, who: { userId: string } | { guestId: string }, step: StepKey) {
  const prisma = await getPrisma();
  const connectionId = randomUUID();
  await prisma.$transaction(async (tx) => {
    await tx.planPresence.create({ data: { id: connectionId, planId, step, ...who } });
    await notifyLive(tx, { t: "pr", p: planId });
  });
  return connectionId;
}

export interface LiveItem {
  id: string;
  position: number;
  revision: number;
}

/**
 * Opens a live connection for someone who may read the plan, and announces them. With
 * `present: false` (a page that only follows the plan, such as its overview) nobody is announced:
 * the others do not see the person as working on a step.
 */
export async function openLiveSession(
  actor: ActorRef & Pick<Actor, "sessionId" | "loginAt">,
  planId: string,
  step: StepKey,
  { present = true }: { present?: boolean } = {},
): Promise<LiveSession> {
  const { plan, institution } = await getPlan(actor, planId);
  const prisma = await getPrisma();
  const [user, current] = await Promise.all([
    prisma.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { sessionVersion: true } }),
    prisma.plan.findUniqueOrThrow({ where: { id: plan.id }, select: { revision: true } }),
  ]);
  const connectionId = present ? await announce(plan.id, { userId: actor.userId }, step) : randomUUID();
  return {
    connectionId,
    followsStateOnly: !present,
    userId: actor.userId,
    guestId: null,
    planId: plan.id,
    institutionId: institution.id,
    sessionVersion: user.sessionVersion,
    sessionId: actor.sessionId,
    sessionEndsAt: actor.loginAt === undefined ? undefined : actor.loginAt + SESSION_ABSOLUTE_MS,
    revision: current.revision,
  };
}

/** Opens a live connection for a workshop guest whose access lib/access/workshop-guests.ts checked. */
export async function openGuestLiveSession(
  guest: { guestId: string; planId: string; institutionId: string },
  step: StepKey,
): Promise<LiveSession> {
  const prisma = await getPrisma();
  const current = await prisma.plan.findUniqueOrThrow({
    where: { id: guest.planId },
    select: { revision: true },
  });
  const connectionId = await announce(guest.planId, { guestId: guest.guestId }, step);
  return {
    connectionId,
    userId: null,
    guestId: guest.guestId,
    planId: guest.planId,
    institutionId: guest.institutionId,
    sessionVersion: 0,
    revision: current.revision,
  };
}

/** Whether a guest's link still admits them to the plan: not revoked, not expired. */
export async function guestStillAdmitted(guestId: string, planId: string) {
  const prisma = await getPrisma();
  const guest = await prisma.workshopGuest.findFirst({
    where: { id: guestId, planId, link: { planId, revokedAt: null, expiresAt: { gt: new Date() } } },
    select: { id: true },
  });
  return guest !== null;
}

async function memberStillAdmitted(session: LiveSession & { userId: string }) {
  if (session.sessionEndsAt !== undefined && Date.now() > session.sessionEndsAt) return false;
  try {
    await getPlan({ userId: session.userId }, session.planId);
  } catch (error) {
    if (isAppError(error)) return false;
    throw error;
  }
  const prisma = await getPrisma();
  const user = await prisma.user.findUnique({
    where: { id: session.userId, ...notEndedSession(session.sessionId) },
    select: { sessionVersion: true },
  });
  return user !== null && user.sessionVersion === session.sessionVersion;
}

/**
 * A heartbeat: true while the person still may read the plan (a member still a member with their
 * session not ended; a guest's link neither revoked nor expired), refreshing their presence and
 * clearing connections whose heartbeats stopped.
 */
export async function checkLiveSession(session: LiveSession): Promise<boolean> {
  const admitted = session.guestId
    ? await guestStillAdmitted(session.guestId, session.planId)
    : session.userId !== null && (await memberStillAdmitted({ ...session, userId: session.userId }));
  if (!admitted) return false;
  const prisma = await getPrisma();
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
  const { plan } = await getPlan(actor, planId);
  await moveConnection(plan.id, { userId: actor.userId }, input);
}

/** A guest's connection moved; lib/access/workshop-guests.ts checked the guest's access. */
export async function moveConnection(
  planId: string,
  who: { userId: string } | { guestId: string },
  input: unknown,
) {
  const { connectionId, step } = ZPresenceUpdate.parse(input);
  const prisma = await getPrisma();
  const updated = await prisma.planPresence.updateMany({
    where: { id: connectionId, planId, ...who },
    data: { step, lastSeenAt: new Date() },
  });
  if (updated.count === 0) throw new AppError("NOT_FOUND");
  await notifyLive(prisma, { t: "pr", p: planId });
}

/** Who is on the plan now, one entry per open connection. Callers have checked access. */
export async function listPresence(planId: string): Promise<PresentPerson[]> {
  const prisma = await getPrisma();
  const rows = await prisma.planPresence.findMany({
    where: { planId, lastSeenAt: { gte: new Date(Date.now() - PRESENCE_TTL_MS) } },
    select: {
      id: true,
      userId: true,
      guestId: true,
      step: true,
      user: { select: { name: true } },
      guest: { select: { name: true } },
    },
    orderBy: { id: "asc" },
  });
  const people = rows.map((row) => ({
    connectionId: row.id,
    userId: row.userId ?? `${GUEST_WRITER_PREFIX}${row.guestId}`,
    name: row.user?.name ?? row.guest?.name ?? "?",
    guest: row.userId === null,
    step: row.step,
  }));
  return people.sort(
    (a, b) => a.name.localeCompare(b.name, "de") || a.connectionId.localeCompare(b.connectionId),
  );
}

/** Names of the authors of values: users by id, workshop guests by "guest:<id>". */
export async function namesOf(writerIds: (string | null)[], db?: Prisma.TransactionClient) {
  const ids = [...new Set(writerIds.filter((id): id is string => Boolean(id)))];
  const names = new Map<string, { name: string; guest: boolean }>();
  if (!ids.length) return names;
  const guestIds = ids.filter((id) => id.startsWith(GUEST_WRITER_PREFIX));
  const userIds = ids.filter((id) => !id.startsWith(GUEST_WRITER_PREFIX));
  const prisma = db ?? (await getPrisma());
  const [users, guests] = await Promise.all([
    userIds.length
      ? prisma.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } })
      : [],
    guestIds.length
      ? prisma.workshopGuest.findMany({
          where: { id: { in: guestIds.map((id) => id.slice(GUEST_WRITER_PREFIX.length)) } },
          select: { id: true, name: true },
        })
      : [],
  ]);
  for (const u of users) names.set(u.id, { name: u.name, guest: false });
  for (const g of guests) names.set(`${GUEST_WRITER_PREFIX}${g.id}`, { name: g.name, guest: true });
  return names;
}

function author(names: Map<string, { name: string; guest: boolean }>, writerId: string | null) {
  const found = names.get(writerId ?? "");
  // A guest's name is forgotten some time after their link ended (retention.ts): "someone".
  return { by: found?.name || null, byGuest: found?.guest ?? false };
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
    ...author(names, row.updatedById),
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
      ...author(names, v.updatedById),
    })) satisfies LiveValue[],
  };
}
