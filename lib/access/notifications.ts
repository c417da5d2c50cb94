import "server-only";
import { z } from "zod";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Role } from "@/lib/db/generated/enums";
import type { ActorRef } from "./memberships";

export type NotificationKind =
  | "plan.submitted"
  | "plan.stage_passed"
  | "plan.approved"
  | "plan.changes_requested"
  | "plan.withdrawn"
  | "comment.mention"
  | "comment.created"
  | "checkin.due_soon"
  | "checkin.overdue"
  | "review.due";

export interface NotificationData {
  actorName: string;
  planTitle: string;
  institutionSlug: string;
  step?: string;
  note?: string | null;
  /** An approval chain's stage that was passed ("plan.stage_passed"). */
  stage?: string;
  /** Check-in and review reminders: the day it is due (Berlin, "YYYY-MM-DD"). */
  dueOn?: string;
}

/** Where a notification leads: the step it is about, the progress page for reminders, or the plan. */
export function notificationTarget(item: { planId: string | null; data: NotificationData }) {
  if (!item.planId) return "/notifications";
  const planHref = `/institutions/${item.data.institutionSlug}/plans/${item.planId}`;
  if (item.data.step) return `${planHref}/steps/${item.data.step}`;
  return item.data.dueOn ? `${planHref}/progress` : planHref;
}

/**
 * Follows one of the caller's notifications: marks it read and says where it leads. Another
 * person's notification (or an id that is none) leads back to the list.
 */
export async function openNotification(actor: ActorRef, notificationId: string) {
  const id = z.string().max(64).safeParse(notificationId);
  if (!id.success) return "/notifications";
  const prisma = await getPrisma();
  const item = await prisma.notification.findFirst({
    where: { id: id.data, userId: actor.userId },
    select: { planId: true, data: true, readAt: true },
  });
  if (!item) return "/notifications";
  if (!item.readAt)
    await prisma.notification.updateMany({
      where: { id: id.data, readAt: null },
      data: { readAt: new Date() },
    });
  return notificationTarget({ planId: item.planId, data: item.data as unknown as NotificationData });
}

/** Creates in-app notifications inside the caller's transaction; never for the actor themself. */
export async function notify(
  tx: Prisma.TransactionClient,
  input: {
    actor: ActorRef;
    userIds: Iterable<string>;
    institutionId: string;
    planId: string;
    kind: NotificationKind;
    data: NotificationData;
  },
) {
  const recipients = [...new Set(input.userIds)].filter((id) => id !== input.actor.userId);
  if (recipients.length === 0) return;
  await tx.notification.createMany({
    data: recipients.map((userId) => ({
      userId,
      institutionId: input.institutionId,
      planId: input.planId,
      kind: input.kind,
      data: input.data as unknown as Prisma.InputJsonValue,
      actorId: input.actor.userId,
    })),
  });
}

/** Members of an institution with one of the roles, e.g. every approver for a submission. */
export async function memberIdsWithRoles(tx: Prisma.TransactionClient, institutionId: string, roles: Role[]) {
  const members = await tx.membership.findMany({
    where: { institutionId, role: { in: roles } },
    select: { userId: true },
  });
  return members.map((m) => m.userId);
}

export async function listNotifications(actor: ActorRef) {
  const prisma = await getPrisma();
  const [items, unread, memberships] = await Promise.all([
    prisma.notification.findMany({
      where: { userId: actor.userId },
      select: {
        id: true,
        kind: true,
        data: true,
        planId: true,
        institutionId: true,
        readAt: true,
        createdAt: true,
      },
      orderBy: { createdAt: "desc" },
      take: 50,
    }),
    prisma.notification.count({ where: { userId: actor.userId, readAt: null } }),
    prisma.membership.findMany({
      where: { userId: actor.userId },
      select: { institution: { select: { id: true, name: true } } },
    }),
  ]);
  // Someone in several institutions is told which one each notice is from (by its current name).
  const names = new Map(memberships.map((m) => [m.institution.id, m.institution.name]));
  return {
    items: items.map(({ institutionId, ...item }) => ({
      ...item,
      data: item.data as unknown as NotificationData,
      institutionName: names.size > 1 ? (names.get(institutionId) ?? null) : null,
    })),
    unread,
  };
}

export async function unreadNotificationCount(actor: ActorRef) {
  const prisma = await getPrisma();
  return prisma.notification.count({ where: { userId: actor.userId, readAt: null } });
}

/** Marks one (or, without an id, every) notification of the caller as read. */
export async function markNotificationsRead(actor: ActorRef, notificationId?: string) {
  const prisma = await getPrisma();
  await prisma.notification.updateMany({
    where: {
      userId: actor.userId,
      readAt: null,
      ...(notificationId ? { id: z.string().max(64).parse(notificationId) } : {}),
    },
    data: { readAt: new Date() },
  });
}
