import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { computeSchedule, dueReminders, parseCadence, type Schedule } from "@/lib/living/schedule";
import type { ActorRef } from "./memberships";
import { listMyInstitutions, requireMembership } from "./memberships";
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

interface LivingPlanRow {
  id: string;
  title: string;
  institutionId: string;
  institutionSlug: string;
  versionNumber: number;
  approvedAt: Date;
  reviewCadence: string | null;
  horizonMonths: string | null;
  lastSlot: number | null;
}

/**
 * Every plan with an approved version in the given institutions (all when none are given), with
 * its schedule as of `now`. This runs on every page load, so it is one query that reads only the
 * two commitment fields of the current version, never the whole approved strategy.
 */
async function livingPlans(institutionIds: string[] | undefined, now: Date): Promise<LivingPlan[]> {
  const prisma = await getPrisma();
  const rows = await prisma.$queryRaw<LivingPlanRow[]>`
    SELECT p."id", p."title", p."institutionId", i."slug" AS "institutionSlug",
           v."number" AS "versionNumber", v."approvedAt",
           v."content" -> 'commitment' ->> 'reviewCadence' AS "reviewCadence",
           v."content" -> 'commitment' ->> 'horizonMonths' AS "horizonMonths",
           (SELECT max(c."slot") FROM "CheckIn" c
             WHERE c."planId" = p."id" AND c."versionNumber" = v."number") AS "lastSlot"
      FROM "Plan" p
      JOIN "Institution" i ON i."id" = p."institutionId"
      JOIN LATERAL (
        SELECT pv."number", pv."approvedAt", pv."content" FROM "PlanVersion" pv
         WHERE pv."planId" = p."id" ORDER BY pv."number" DESC LIMIT 1
      ) v ON TRUE
     WHERE ${institutionIds === undefined} OR p."institutionId" = ANY(${institutionIds ?? []}::text[])`;
  return rows.map((row) => {
    const horizon = Number(row.horizonMonths);
    return {
      id: row.id,
      title: row.title,
      institutionId: row.institutionId,
      institutionSlug: row.institutionSlug,
      versionNumber: row.versionNumber,
      schedule: computeSchedule(
        {
          approvedAt: row.approvedAt,
          cadence: parseCadence(row.reviewCadence),
          horizonMonths: Number.isInteger(horizon) && horizon > 0 ? horizon : null,
          lastSlot: row.lastSlot ?? 0,
        },
        now,
      ),
    };
  });
}

/** Plans whose check-in or strategy review is overdue (all institutions, or the given ones). */
export async function findOverduePlans(now: Date, institutionIds?: string[]) {
  const plans = await livingPlans(institutionIds, now);
  return plans.filter((p) => p.schedule.next?.state === "overdue" || p.schedule.review.state === "overdue");
}

/**
 * Sends the reminders that are due: before a check-in (DUE_SOON_DAYS ahead), when it is overdue,
 * and when the strategy review comes up, to the institution's editors and admins. Safe to call on
 * every request and from a job on several instances at once. Returns how many reminders went out.
 */
export async function sendDueReminders(now: Date, institutionIds?: string[]): Promise<number> {
  const plans = await livingPlans(institutionIds, now);
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
    const institutions = await listMyInstitutions(actor);
    if (institutions.length > 0)
      await sendDueReminders(
        now,
        institutions.map((institution) => institution.id),
      );
  } catch (error) {
    console.error("[reminders] could not evaluate reminders", error);
  }
}

/** For the plan list: where each living plan of the institution stands in its rhythm, and its version. */
export async function livingStates(actor: ActorRef, institutionSlug: string, now: Date) {
  const { institution } = await requireMembership(actor, institutionSlug, "VIEW_PLAN");
  const plans = await livingPlans([institution.id], now);
  return new Map(
    plans.map((plan) => [plan.id, { schedule: plan.schedule, versionNumber: plan.versionNumber }]),
  );
}
