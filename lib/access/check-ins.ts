import "server-only";
import { z } from "zod";
import { now } from "@/lib/clock";
import { getPrisma } from "@/lib/db/client";
import {
  MEASURE_STATES,
  buildProgressReport,
  checkInItems,
  lastSlotOf,
  type ProgressInput,
  type ProgressReport,
} from "@/lib/living/progress-report";
import { berlinDate, parseCadence, slotForCheckIn, DEFAULT_CADENCE } from "@/lib/living/schedule";
import { ID_PATTERN } from "@/lib/security/input";
import { recordAudit } from "./audit";
import { AppError } from "./errors";
import type { ActorRef } from "./memberships";
import { can } from "./permissions";
import { normalise } from "./plan-versions";
import { getPlan } from "./plans";

const ZItemId = z.string().regex(ID_PATTERN, "invalid");
const ZNote = (max: number) =>
  z
    .string()
    .max(max, "tooLong")
    .transform((v) => v.trim() || null)
    .nullable()
    .optional();

/** What a check-in records: a value per goal, a state per measure and milestone, short notes. */
export const ZCheckIn = z.object({
  note: ZNote(2000),
  goals: z
    .array(
      z.object({
        itemId: ZItemId,
        value: z.number("number").finite("number").min(-1e12, "tooSmall").max(1e12, "tooLarge").nullable(),
        note: ZNote(500),
      }),
    )
    .max(100),
  measures: z
    .array(
      z.object({ itemId: ZItemId, state: z.enum(MEASURE_STATES, "choice").nullable(), note: ZNote(500) }),
    )
    .max(200),
});
export type TCheckIn = z.input<typeof ZCheckIn>;

/** The current approved version and every check-in of a plan, as the progress report needs them. */
async function loadLivingData(planId: string) {
  const prisma = await getPrisma();
  const [version, checkIns] = await Promise.all([
    prisma.planVersion.findFirst({
      where: { planId },
      orderBy: { number: "desc" },
      select: { number: true, approvedAt: true, content: true },
    }),
    prisma.checkIn.findMany({
      where: { planId },
      select: {
        id: true,
        versionNumber: true,
        slot: true,
        recordedAt: true,
        recordedByName: true,
        note: true,
        entries: { select: { itemId: true, value: true, state: true, note: true } },
      },
      orderBy: { recordedAt: "asc" },
      take: 1000,
    }),
  ]);
  return {
    version: version && {
      number: version.number,
      approvedAt: version.approvedAt,
      content: normalise(version.content),
    },
    checkIns: checkIns satisfies ProgressInput["checkIns"],
  };
}

/**
 * The plan's progress report (see lib/living/progress-report.ts for its shape), or null while the
 * plan has no approved version. Readable by every member; another institution's plan is NOT_FOUND.
 */
export async function loadProgressReport(
  actor: ActorRef,
  planId: string,
  options: { institutionSlug?: string; at?: Date } = {},
): Promise<ProgressReport | null> {
  const { plan } = await getPlan(actor, planId, options.institutionSlug);
  return progressReportAfterAccessCheck(plan, options.at);
}

/**
 * The same report for callers that have already established access by other means, e.g. a valid
 * share link for this very plan. It checks nothing itself: never pass it an id from a request.
 */
export async function progressReportAfterAccessCheck(
  plan: { id: string; title: string },
  at?: Date,
): Promise<ProgressReport | null> {
  const { version, checkIns } = await loadLivingData(plan.id);
  if (!version) return null;
  return buildProgressReport({ planTitle: plan.title, version, checkIns, now: at ?? (await now()) });
}

/** The progress page's data: the plan, the caller's rights and the report. */
export async function getLivingPlan(actor: ActorRef, planId: string, institutionSlug: string, at?: Date) {
  const access = await getPlan(actor, planId, institutionSlug);
  const report = await loadProgressReport(actor, access.plan.id, { institutionSlug, at });
  return { ...access, report, canRecord: can(access.role, "RECORD_CHECKIN") && report !== null };
}

/**
 * Records a check-in on the plan's current approved version. It adds check-in rows only: the
 * approved version and the draft stay exactly as they were. Every value must belong to a goal,
 * measure or milestone of that version, and at least one must be given.
 */
export async function recordCheckIn(
  actor: ActorRef,
  planId: string,
  input: TCheckIn,
  options: { institutionSlug?: string; at?: Date } = {},
) {
  const { plan, role, institution } = await getPlan(actor, planId, options.institutionSlug);
  if (!can(role, "RECORD_CHECKIN")) throw new AppError("FORBIDDEN");
  const parsed = ZCheckIn.safeParse(input);
  if (!parsed.success)
    throw new AppError("INVALID_INPUT", `validation.${parsed.error.issues[0]?.message ?? "invalid"}`);
  const { note, goals, measures } = parsed.data;
  const { version, checkIns } = await loadLivingData(plan.id);
  if (!version) throw new AppError("CONFLICT", "notApproved");

  const items = checkInItems(version.content);
  const goalsById = new Map(items.goals.map((g) => [g.itemId, g]));
  const measuresById = new Map(items.measures.map((m) => [m.itemId, m]));
  const entries = [
    ...goals
      .filter((g) => g.value !== null || g.note)
      .map((g) => {
        const goal = goalsById.get(g.itemId);
        if (!goal) throw new AppError("INVALID_INPUT", "unknownItem");
        return {
          itemId: g.itemId,
          kind: "goal",
          label: goal.title,
          value: g.value,
          state: null,
          note: g.note ?? null,
        };
      }),
    ...measures
      .filter((m) => m.state !== null || m.note)
      .map((m) => {
        const measure = measuresById.get(m.itemId);
        if (!measure) throw new AppError("INVALID_INPUT", "unknownItem");
        return {
          itemId: m.itemId,
          kind: measure.kind,
          label: measure.title,
          value: null,
          state: m.state,
          note: m.note ?? null,
        };
      }),
  ];
  if (entries.length === 0 && !note) throw new AppError("INVALID_INPUT", "emptyCheckIn");

  const at = options.at ?? (await now());
  const slot = slotForCheckIn(
    berlinDate(version.approvedAt),
    parseCadence(version.content.commitment.reviewCadence) ?? DEFAULT_CADENCE,
    lastSlotOf(checkIns, version.number),
    berlinDate(at),
  );
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { name: true } });
    const checkIn = await tx.checkIn.create({
      data: {
        planId: plan.id,
        versionNumber: version.number,
        slot,
        note: note ?? null,
        recordedById: actor.userId,
        recordedByName: user.name,
        recordedAt: at,
        entries: { create: entries },
      },
      select: { id: true, slot: true, versionNumber: true },
    });
    await recordAudit(tx, {
      institutionId: institution.id,
      actor,
      action: "checkin.recorded",
      targetType: "checkIn",
      targetId: plan.id,
      details: {
        title: plan.title,
        version: version.number,
        values: entries.filter((e) => e.kind === "goal" && e.value !== null).length,
        states: entries.filter((e) => e.state !== null).length,
      },
    });
    return checkIn;
  });
}
