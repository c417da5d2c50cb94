import "server-only";
import { z } from "zod";
import { getPrisma } from "@/lib/db/client";
import { notifyLive } from "@/lib/live/publish";
import { TIMEBOX_EXTEND_MINUTES, TIMEBOX_LABEL_MAX, TIMEBOX_MAX_MINUTES } from "@/lib/workshop/rules";
import { AppError } from "./errors";
import type { ActorRef } from "./memberships";
import { requireFacilitator } from "./workshop-facilitator";

const MINUTE = 60_000;

/** A workshop's timebox as everyone on the plan sees it; times in milliseconds since the epoch. */
export interface TimeboxState {
  status: "running" | "paused" | "ended";
  label: string | null;
  /** The planned length, time added included. */
  durationMs: number;
  /** While running: when time is up. */
  endsAt: number | null;
  /** While paused: what is left. */
  remainingMs: number | null;
}

const ENDED: TimeboxState = { status: "ended", label: null, durationMs: 0, endsAt: null, remainingMs: null };

const ZTimeboxCommand = z.discriminatedUnion("op", [
  z
    .object({
      op: z.literal("start"),
      minutes: z.number().int().min(1).max(TIMEBOX_MAX_MINUTES),
      label: z.string().trim().max(TIMEBOX_LABEL_MAX).optional(),
    })
    .strict(),
  z.object({ op: z.literal("pause") }).strict(),
  z.object({ op: z.literal("resume") }).strict(),
  z.object({ op: z.literal("extend"), minutes: z.literal(TIMEBOX_EXTEND_MINUTES) }).strict(),
  z.object({ op: z.literal("end") }).strict(),
]);
type TTimeboxCommand = z.infer<typeof ZTimeboxCommand>;

type Row = { label: string | null; durationMs: number; endsAt: Date | null; remainingMs: number | null };

function toState(row: Row | null): TimeboxState {
  if (!row || (row.endsAt === null && row.remainingMs === null)) return ENDED;
  return {
    status: row.remainingMs !== null ? "paused" : "running",
    label: row.label,
    durationMs: row.durationMs,
    endsAt: row.endsAt?.getTime() ?? null,
    remainingMs: row.remainingMs,
  };
}

/** The plan's timebox. Callers have checked that the person may read the plan. */
export async function loadTimebox(planId: string): Promise<TimeboxState> {
  const prisma = await getPrisma();
  const row = await prisma.workshopTimebox.findUnique({
    where: { planId },
    select: { label: true, durationMs: true, endsAt: true, remainingMs: true },
  });
  return toState(row);
}

/** The next state of the timebox; refuses what does not fit the current one (pausing a paused one). */
function next(current: TimeboxState, command: TTimeboxCommand, now: number): Row {
  switch (command.op) {
    case "start":
      return {
        label: command.label || null,
        durationMs: command.minutes * MINUTE,
        endsAt: new Date(now + command.minutes * MINUTE),
        remainingMs: null,
      };
    case "end":
      return { label: null, durationMs: 0, endsAt: null, remainingMs: null };
    default:
      break;
  }
  const base = { label: current.label, durationMs: current.durationMs };
  if (command.op === "pause" && current.status === "running")
    return { ...base, endsAt: null, remainingMs: Math.max(0, current.endsAt! - now) };
  if (command.op === "resume" && current.status === "paused")
    return { ...base, endsAt: new Date(now + current.remainingMs!), remainingMs: null };
  if (command.op === "extend" && current.status !== "ended") {
    const added = command.minutes * MINUTE;
    // Time added after time was up counts from now: "+5 min" gives five more minutes.
    if (current.status === "paused")
      return {
        ...base,
        durationMs: base.durationMs + added,
        endsAt: null,
        remainingMs: current.remainingMs! + added,
      };
    return {
      ...base,
      durationMs: base.durationMs + added,
      endsAt: new Date(Math.max(current.endsAt!, now) + added),
      remainingMs: null,
    };
  }
  throw new AppError("CONFLICT", "timeboxState");
}

/**
 * Starts, pauses, resumes, extends or ends the plan's timebox (facilitators only) and tells
 * everyone on the plan. Returns the new state.
 */
export async function runTimeboxCommand(
  actor: ActorRef,
  planId: string,
  input: unknown,
): Promise<TimeboxState> {
  const command = ZTimeboxCommand.parse(input);
  const { plan } = await requireFacilitator(actor, planId);
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    // Locks the row (creating it the first time), so two facilitators' clicks apply one after the
    // other. The no-op update makes Prisma use PostgreSQL's own INSERT … ON CONFLICT DO UPDATE,
    // which locks; with an empty update it would read and insert without a lock.
    const current = toState(
      await tx.workshopTimebox.upsert({
        where: { planId: plan.id },
        create: { planId: plan.id },
        update: { planId: plan.id },
        select: { label: true, durationMs: true, endsAt: true, remainingMs: true },
      }),
    );
    const row = next(current, command, Date.now());
    await tx.workshopTimebox.update({ where: { planId: plan.id }, data: row });
    await notifyLive(tx, { t: "tb", p: plan.id });
    return toState(row);
  });
}
