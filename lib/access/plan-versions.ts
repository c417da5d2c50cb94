import "server-only";
import { z } from "zod";
import { getPrisma } from "@/lib/db/client";
import { compareStrategies } from "@/lib/strategy/compare";
import { assembleStrategy } from "@/lib/strategy/content";
import type { TStrategy } from "@/lib/strategy/steps";
import { AppError } from "./errors";
import type { ActorRef } from "./memberships";
import { loadPlanContent } from "./plan-content";
import { getPlan } from "./plans";

export const ZVersionRef = z.union([z.literal("draft"), z.coerce.number().int().min(1).max(100_000)]);
export type TVersionRef = z.infer<typeof ZVersionRef>;

/**
 * Stored versions are re-read through the current structure, so a version approved before a
 * field was added or removed still compares cleanly.
 */
export function normalise(content: unknown): TStrategy {
  const items: { id: string; list: string; position: number }[] = [];
  const values: { key: string; value: unknown }[] = [];
  for (const [step, stepValues] of Object.entries(
    (content ?? {}) as Record<string, Record<string, unknown>>,
  )) {
    for (const [name, value] of Object.entries(stepValues ?? {})) {
      if (!Array.isArray(value)) {
        values.push({ key: `${step}.${name}`, value });
        continue;
      }
      value.forEach((item: Record<string, unknown>, index) => {
        if (typeof item?.id !== "string") return;
        items.push({ id: item.id, list: `${step}.${name}`, position: index });
        for (const [field, fieldValue] of Object.entries(item)) {
          if (field !== "id") values.push({ key: `${step}.${name}.${item.id}.${field}`, value: fieldValue });
        }
      });
    }
  }
  return assembleStrategy(items, values);
}

/** The content of a version, or of the draft. Callers have checked access to the plan. */
export async function loadVersion(planId: string, ref: TVersionRef): Promise<TStrategy> {
  if (ref === "draft") return (await loadPlanContent(planId)).strategy;
  const prisma = await getPrisma();
  const version = await prisma.planVersion.findUnique({
    where: { planId_number: { planId, number: ref } },
    select: { content: true },
  });
  if (!version) throw new AppError("NOT_FOUND");
  return normalise(version.content);
}

/**
 * Two states of a plan side by side. Without a choice (`fromRef` and `toRef` undefined): what
 * changed since the last approval, or, when nothing has, what the last approval changed.
 */
export async function comparePlanVersions(
  actor: ActorRef,
  planId: string,
  fromRef: unknown,
  toRef: unknown,
  institutionSlug?: string,
) {
  const { plan } = await getPlan(actor, planId, institutionSlug);
  const prisma = await getPrisma();
  const versions = (
    await prisma.planVersion.findMany({
      where: { planId: plan.id },
      select: { number: true },
      orderBy: { number: "desc" },
    })
  ).map((v) => v.number);
  const chosen = fromRef !== undefined || toRef !== undefined;
  // The default may compare twice (draft, then the previous approval) with the latest version in
  // both: each state is read once.
  const loaded = new Map<TVersionRef, Promise<TStrategy>>();
  const load = (ref: TVersionRef) => {
    if (!loaded.has(ref)) loaded.set(ref, loadVersion(plan.id, ref));
    return loaded.get(ref)!;
  };
  const compare = async (from: TVersionRef, to: TVersionRef) => {
    const [fromStrategy, toStrategy] = await Promise.all([load(from), load(to)]);
    return {
      plan,
      from: { ref: from, strategy: fromStrategy },
      to: { ref: to, strategy: toStrategy },
      changes: compareStrategies(fromStrategy, toStrategy),
      versions,
    };
  };
  if (chosen)
    return compare(ZVersionRef.parse(fromRef ?? versions[0] ?? 1), ZVersionRef.parse(toRef ?? "draft"));
  const sinceApproval = await compare(versions[0] ?? 1, "draft");
  const [latest, previous] = versions;
  if (sinceApproval.changes.length > 0 || latest === undefined || previous === undefined)
    return sinceApproval;
  return compare(previous, latest);
}
