import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import type { PlanStatus, Role } from "@/lib/db/generated/enums";
import { can, PERMISSIONS } from "./permissions";

/**
 * Plans in these states take edits. A plan in review is frozen until the director decides; editing
 * an approved plan starts a new draft (the approved version stays as it was).
 */
export const EDITABLE_STATUSES: readonly PlanStatus[] = ["DRAFT", "CHANGES_REQUESTED", "APPROVED"];
/** Plans in these states can be submitted for approval. */
export const SUBMITTABLE_STATUSES: readonly PlanStatus[] = ["DRAFT", "CHANGES_REQUESTED"];

/**
 * A plan that was never approved and is not waiting for a decision: one that any who may delete
 * plans may delete. The others hold the leadership's record (PERMISSIONS.DELETE_DECIDED_PLAN).
 */
export const UNDECIDED_PLAN_WHERE = {
  status: { not: "IN_REVIEW" },
  versions: { none: {} },
} satisfies Prisma.PlanWhereInput;

/** What the overview asks to offer deleting a plan: the same rule as UNDECIDED_PLAN_WHERE. */
export function mayDeletePlan(role: Role, plan: { status: PlanStatus; versionCount: number }) {
  if (!can(role, "DELETE_PLAN")) return false;
  return can(role, "DELETE_DECIDED_PLAN") || (plan.status !== "IN_REVIEW" && plan.versionCount === 0);
}

/*
 * The same rules for the statements that claim a plan revision, so an edit is checked and written
 * in one round trip. Each expects the plan under the alias `p`.
 */

/**
 * The plan takes edits that leave its status as it is: a draft or a plan sent back, not an
 * approved plan, whose first edit reopens it (and is announced as such, by the full write path).
 */
export const planTakesEditsAsIsSql = Prisma.sql`p.status::text IN (${Prisma.join(
  EDITABLE_STATUSES.filter((status) => status !== "APPROVED"),
)})`;

/** The plan's status once edited: an approved plan becomes a draft again. */
export const statusAfterEditSql = Prisma.sql`CASE WHEN p.status = 'APPROVED' THEN 'DRAFT'::"PlanStatus" ELSE p.status END`;

/** This person is a member of the plan's institution in a role that may edit plans. */
export function memberMayEditSql(userId: string) {
  return Prisma.sql`EXISTS (
    SELECT 1 FROM "Membership" m
    WHERE m."institutionId" = p."institutionId" AND m."userId" = ${userId}
      AND m.role::text IN (${Prisma.join([...PERMISSIONS.EDIT_PLAN])}))`;
}
