import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { computeSchedule, dueReminders, parseCadence, type Schedule } from "@/lib/living/schedule";
import type { ActorRef } from "./memberships";
import { requireMembership } from "./memberships";
import { memberIdsWithRoles, type NotificationData } from "./notifications";

/**
 * Reminders for check-ins and the yearly strategy review. Nothing is kept in memory: due dates
 * follow from the database (the current version's approval date and cadence, the check-ins
 * recorded), and every reminder sent leaves a PlanReminder row whose primary key (plan, version,
 * scheduled check-in, kind) lets any number of app instances or jobs run this at the same time
 * without notifying anyone twice.
 */

export interface LivingPlan {
  id: string;
  title: string;
  institutionId: string;
  institutionSlug: string;
  versionNumber: number;
  schedule: Schedule;
}

/** Every plan with an approved version matching `where`, with its schedule as of `now`. */
async function livingPlans(where: Prisma.PlanWhereInput, now: Date): Promise<LivingPlan[]> {
  const prisma = await getPrisma();
  const plans = await prisma.plan.findMany({
    where: { ...where, versions: { some: {} } },
    select: {
      id: true,
      title: true,
      institutionId: true,
      institution: { select: { slug: true } },
      versions: {
        orderBy: { number: "desc" },
        take: 1,
        select: { number: true, approvedAt: true, content: true },
      },
    },
  });
  if (plans.length === 0) return [];
  const slots = await prisma.checkIn.groupBy({
    by: ["planId", "versionNumber"],
    where: { planId: { in: plans.map((p) => p.id) } },
    _max: { slot: true },
  });
  const lastSlot = new Map(slots.map((s) => [`${s.planId}:${s.versionNumber}`, s._max.slot ?? 0]));
  return plans.map((plan) => {
    const version = plan.versions[0]!;
    const commitment = (
      version.content as { commitment?: { reviewCadence?: unknown; horizonMonths?: unknown } }
    )?.commitment;
    const horizon = Number(commitment?.horizonMonths);
    return {
      id: plan.id,
      title: plan.title,
      institutionId: plan.institutionId,
      institutionSlug: plan.institution.slug,
      versionNumber: version.number,
      schedule: computeSchedule(
        {
          approvedAt: version.approvedAt,
          cadence: parseCadence(commitment?.reviewCadence),
          horizonMonths: Number.isInteger(horizon) && horizon > 0 ? horizon : null,
          lastSlot: lastSlot.get(`${plan.id}:${version.number}`) ?? 0,
        },
        now,
      ),
    };
  });
}

/** Plans whose check-in or strategy review is overdue (all institutions, or the given ones). */
export async function findOverduePlans(now: Date, institutionIds?: string[]) {
  const plans = await livingPlans(institutionIds ? { institutionId: { in: institutionIds } } : {}, now);
  return plans.filter((p) => p.schedule.next?.state === "overdue" || p.schedule.review.state === "overdue");
}

/**
 * Sends the reminders that are due: before a check-in (DUE_SOON_DAYS ahead), when it is overdue,
 * and when the strategy review comes up, to the institution's editors and admins. Safe to call on
 * every request and from a job on several instances at once. Returns how many reminders went out.
 */
export async function sendDueReminders(now: Date, institutionIds?: string[]): Promise<number> {
  const plans = await livingPlans(institutionIds ? { institutionId: { in: institutionIds } } : {}, now);
  const wanted = plans.flatMap((plan) =>
    dueReminders(plan.schedule).map((reminder) => ({ plan, ...reminder })),
  );
  if (wanted.length === 0) return 0;
  const prisma = await getPrisma();
  const sent = await prisma.planReminder.findMany({
    where: { planId: { in: [...new Set(wanted.map((w) => w.plan.id))] } },
    select: { planId: true, versionNumber: true, slot: true, kind: true },
  });
  const key = (r: { planId: string; versionNumber: number; slot: number; kind: string }) =>
    `${r.planId}:${r.versionNumber}:${r.slot}:${r.kind}`;
  const done = new Set(sent.map(key));
  let count = 0;
  for (const { plan, kind, slot, dueOn } of wanted) {
    const reminder = { planId: plan.id, versionNumber: plan.versionNumber, slot, kind };
    if (done.has(key(reminder))) continue;
    count += await prisma.$transaction(async (tx) => {
      // Another instance may have claimed this reminder a moment ago: then nothing is inserted.
      const claimed = await tx.planReminder.createMany({ data: [reminder], skipDuplicates: true });
      if (claimed.count === 0) return 0;
      const recipients = await memberIdsWithRoles(tx, plan.institutionId, ["EDITOR", "ADMIN"]);
      const data: NotificationData = {
        actorName: "Wegweiser",
        planTitle: plan.title,
        institutionSlug: plan.institutionSlug,
        dueOn,
      };
      await tx.notification.createMany({
        data: recipients.map((userId) => ({
          userId,
          institutionId: plan.institutionId,
          planId: plan.id,
          kind,
          data: data as unknown as Prisma.InputJsonValue,
        })),
      });
      return 1;
    });
  }
  return count;
}

/** On request: the reminders of the caller's institutions. Never fails the page that asked. */
export async function sendRemindersForActor(actor: ActorRef, now: Date): Promise<void> {
  try {
    const prisma = await getPrisma();
    const memberships = await prisma.membership.findMany({
      where: { userId: actor.userId },
      select: { institutionId: true },
    });
    if (memberships.length > 0)
      await sendDueReminders(
        now,
        memberships.map((m) => m.institutionId),
      );
  } catch (error) {
    console.error("[reminders] could not evaluate reminders", error);
  }
}

/** For the plan list: where each living plan of the institution stands in its rhythm. */
export async function livingStates(actor: ActorRef, institutionSlug: string, now: Date) {
  const { institution } = await requireMembership(actor, institutionSlug, "VIEW_PLAN");
  const plans = await livingPlans({ institutionId: institution.id }, now);
  return new Map(plans.map((plan) => [plan.id, plan.schedule]));
}
