import "server-only";
import { getPrisma } from "@/lib/db/client";
import { withPlanWriteSlot } from "@/lib/db/plan-write-gate";
import { encodeNotice, LIVE_CHANNEL } from "@/lib/live/events";
import { isItemField, resolveKey } from "@/lib/strategy/content";
import { AppError } from "./errors";
import { memberMayEditSql, planTakesEditsAsIsSql } from "./plan-rules";

/** A field's key resolved and its value validated and normalised (trimmed text, empty → null). */
export function checkFieldChange(change: { key: string; value: unknown }) {
  const address = resolveKey(change.key);
  if (!address) throw new AppError("INVALID_INPUT", "unknownField");
  const def = isItemField(address) ? address.fieldDef : address.def;
  const parsed = def.schema.safeParse(change.value);
  if (!parsed.success)
    throw new AppError("INVALID_INPUT", `validation.${parsed.error.issues[0]?.message ?? "invalid"}`);
  return { address, itemId: isItemField(address) ? address.itemId : null, value: parsed.data as unknown };
}

/**
 * The most frequent write of all, a member changing a field that was saved before, as a single
 * statement without a transaction around it: the plan's row lock is held only while PostgreSQL
 * runs it, not across round trips to the app, so many people typing in one plan do not queue
 * behind each other's network and event loop. It claims the next revision only if the member may
 * edit the plan, the plan takes edits and the field is still at `baseRevision`; writes the field
 * with that revision; and announces it (delivered when the statement commits).
 *
 * Returns the new revision, or null when it wrote nothing: then the caller takes the full path,
 * which finds out why (a stale revision, a locked plan, no access) and says so. The first edit of
 * an approved plan takes the full path too, which reopens the plan as a draft and announces that.
 * Should another save of the same field commit while this one waits for the lock, the claimed
 * revision is left unused (revisions may have gaps; the plan was edited either way) and the full
 * path reports the conflict.
 */
export async function saveFieldAtOnce(
  member: string,
  planId: string,
  change: { key: string; baseRevision: number },
  value: unknown,
  origin: string | undefined,
): Promise<number | null> {
  // The announcement is built here, as for every other change; the revision goes in its place.
  const notice = encodeNotice({ t: "v", p: planId, k: change.key, r: -1, o: origin }).split('"r":-1');
  if (notice.length !== 2) return null;
  const [beforeRevision, afterRevision] = notice as [string, string];
  const json = value === null ? null : JSON.stringify(value);
  const prisma = await getPrisma();
  const rows = await withPlanWriteSlot(
    planId,
    () => prisma.$queryRaw<{ revision: number }[]>`
    WITH claim AS (
      UPDATE "Plan" p
      SET revision = p.revision + 1, "updatedAt" = now() AT TIME ZONE 'UTC'
      WHERE p.id = ${planId} AND ${planTakesEditsAsIsSql} AND ${memberMayEditSql(member)}
        AND EXISTS (
          SELECT 1 FROM "PlanValue" v
          WHERE v."planId" = p.id AND v.key = ${change.key} AND v.revision = ${change.baseRevision})
      RETURNING p.revision),
    written AS (
      UPDATE "PlanValue" v
      SET value = ${json}::jsonb, revision = claim.revision, "updatedById" = ${member},
          "updatedAt" = now() AT TIME ZONE 'UTC'
      FROM claim
      WHERE v."planId" = ${planId} AND v.key = ${change.key} AND v.revision = ${change.baseRevision}
      RETURNING v.revision)
    SELECT written.revision FROM written
    WHERE (SELECT true FROM pg_notify(
      ${LIVE_CHANNEL}, ${`${beforeRevision}"r":`} || written.revision::text || ${afterRevision}))`,
  );
  return rows[0]?.revision ?? null;
}
