import "server-only";
import { cache } from "react";
import { z } from "zod";
import { getPrisma } from "@/lib/db/client";
import { withPlanWriteSlot } from "@/lib/db/plan-write-gate";
import { Prisma } from "@/lib/db/generated/client";
import type { PlanStatus } from "@/lib/db/generated/enums";
import { notifyLive } from "@/lib/live/publish";
import { ID_PATTERN } from "@/lib/security/input";
import { assembleStrategy, resolveKey, resolveList } from "@/lib/strategy/content";
import type { ListDef } from "@/lib/strategy/fields";
import { STEPS, type StepKey, type TStrategy } from "@/lib/strategy/steps";
import { isVotableList } from "@/lib/workshop/rules";
import { recordAudit } from "./audit";
import { AppError } from "./errors";
import { namesOf } from "./live";
import type { ActorRef } from "./memberships";
import { can } from "./permissions";
import { checkFieldChange, saveFieldAtOnce } from "./plan-field-save";
import { GUEST_WRITER_PREFIX } from "./live";
import { EDITABLE_STATUSES, memberMayEditSql, statusAfterEditSql } from "./plan-rules";
import { getPlan } from "./plans";

export interface PlanContent {
  strategy: TStrategy;
  /** Revision of every stored unit ("start.mission", "goals.goals.<id>.title") and item ("item:<id>"). */
  revisions: Record<string, number>;
  /** Sort positions of list items, so the wizard can move an item between two others. */
  positions: Record<string, number>;
  planRevision: number;
  /** The number of the plan's latest approved version, if it has one (for the status badge). */
  latestVersion: number | null;
}

/** Memoised per page render (the wizard's layout and step page both need it); fresh in actions. */
export const loadPlanContent = cache(async (planId: string): Promise<PlanContent> => {
  const prisma = await getPrisma();
  const [plan, items, values] = await Promise.all([
    prisma.plan.findUniqueOrThrow({
      where: { id: planId },
      select: {
        revision: true,
        versions: { select: { number: true }, orderBy: { number: "desc" }, take: 1 },
      },
    }),
    prisma.planItem.findMany({
      where: { planId },
      select: { id: true, list: true, position: true, revision: true },
    }),
    prisma.planValue.findMany({ where: { planId }, select: { key: true, value: true, revision: true } }),
  ]);
  const revisions: Record<string, number> = {};
  const positions: Record<string, number> = {};
  for (const item of items) {
    revisions[`item:${item.id}`] = item.revision;
    positions[item.id] = item.position;
  }
  for (const value of values) revisions[value.key] = value.revision;
  return {
    strategy: assembleStrategy(items, values),
    revisions,
    positions,
    planRevision: plan.revision,
    latestVersion: plan.versions[0]?.number ?? null,
  };
});

/**
 * The items of one step's lists, each with its title only, in an otherwise empty strategy: what a
 * step's discussion needs to name the items it is about. A step change renders only the step's
 * page (the wizard's layout stays), so this reads two small slices instead of the whole plan.
 */
export const loadStepItemTitles = cache(async (planId: string, step: StepKey): Promise<TStrategy> => {
  const lists = Object.entries(STEPS[step].lists as Record<string, ListDef>).map(([list, def]) => ({
    list: `${step}.${list}`,
    titleField: def.titleField,
  }));
  if (lists.length === 0) return assembleStrategy([], []);
  const prisma = await getPrisma();
  const [items, values] = await Promise.all([
    prisma.planItem.findMany({
      where: { planId, list: { in: lists.map(({ list }) => list) } },
      select: { id: true, list: true, position: true },
    }),
    prisma.planValue.findMany({
      where: {
        planId,
        OR: lists.map(({ list, titleField }) => ({
          key: { startsWith: `${list}.`, endsWith: `.${titleField}` },
        })),
      },
      select: { key: true, value: true },
    }),
  ]);
  return assembleStrategy(items, values);
});

/** The plan and its content for someone who may read it. */
export async function getPlanWithContent(actor: ActorRef, planId: string, institutionSlug?: string) {
  const access = await getPlan(actor, planId, institutionSlug);
  return { ...access, content: await loadPlanContent(access.plan.id) };
}

const ZItemId = z.string().regex(ID_PATTERN, "invalid");
const ZRevision = z.number().int().min(0).max(2_147_483_647);

export const ZChange = z.discriminatedUnion("op", [
  z
    .object({ op: z.literal("set"), key: z.string().max(200), value: z.unknown(), baseRevision: ZRevision })
    .strict(),
  z
    .object({
      op: z.literal("addItem"),
      list: z.string().max(100),
      itemId: ZItemId,
      position: z.number().finite().optional(),
    })
    .strict(),
  z
    .object({
      op: z.literal("removeItem"),
      list: z.string().max(100),
      itemId: ZItemId,
      baseRevision: ZRevision,
    })
    .strict(),
  z
    .object({
      op: z.literal("moveItem"),
      list: z.string().max(100),
      itemId: ZItemId,
      position: z.number().finite(),
      baseRevision: ZRevision,
    })
    .strict(),
]);
export type TChange = z.infer<typeof ZChange>;

export interface ChangeResult {
  revision: number;
  /** The stored value after normalisation (trimmed text, empty → null), for "set". */
  value?: unknown;
  /** A removal found the item already removed by someone else: done, nothing changed. */
  alreadyRemoved?: true;
}

/** Throws why a member may not write to a plan: not found (or another institution's), forbidden, locked. */
async function requireEditablePlan(actor: ActorRef, planId: string) {
  const { plan, role } = await getPlan(actor, planId);
  if (!can(role, "EDIT_PLAN")) throw new AppError("FORBIDDEN");
  if (!EDITABLE_STATUSES.includes(plan.status)) throw new AppError("CONFLICT", "planLocked");
}

export type Tx = Prisma.TransactionClient;

/** A plan the writer may not edit, or no such plan: found by the write's own access check. */
class NotEditable extends AppError {
  constructor() {
    super("NOT_FOUND");
  }
}

/**
 * Claims the next revision of the plan (an approved plan becomes a draft again). The row lock it
 * takes serialises writers on one plan, so the revision checks that follow in the same
 * transaction cannot race; the status is checked under that lock in case the plan was submitted
 * meanwhile. It is the lock an UPDATE takes (NO KEY UPDATE), not FOR UPDATE: rows that merely
 * refer to the plan (someone opening it, a comment) need not wait for the save. With `member`,
 * the same statement checks that this person may edit the plan, so an autosave needs no look-up
 * of its own before the write. Reopening an approved plan is announced to its live streams, so
 * everyone who has it open sees it as a draft again.
 */
async function nextRevision(
  tx: Tx,
  writerId: string,
  planId: string,
  { member, origin }: { member?: string; origin?: string } = {},
): Promise<number> {
  // The status before the edit is read under the lock, as it is when this write gets its turn.
  const [plan] = await tx.$queryRaw<{ revision: number; status: PlanStatus; statusBefore: PlanStatus }[]>`
    WITH before AS (SELECT id, status FROM "Plan" WHERE id = ${planId} FOR NO KEY UPDATE)
    UPDATE "Plan" p
    SET revision = p.revision + 1, "updatedAt" = now() AT TIME ZONE 'UTC', status = ${statusAfterEditSql}
    FROM before
    WHERE p.id = before.id ${member ? Prisma.sql`AND ${memberMayEditSql(member)}` : Prisma.empty}
    RETURNING p.revision, p.status::text AS status, before.status::text AS "statusBefore"`;
  if (!plan) throw new NotEditable();
  if (!EDITABLE_STATUSES.includes(plan.status)) throw new AppError("CONFLICT", "planLocked");
  // A new draft of an approved plan is begun by a member, whom the log names; a guest's write
  // would begin it unannounced and unattributed (the transaction is rolled back).
  if (plan.statusBefore === "APPROVED" && writerId.startsWith(GUEST_WRITER_PREFIX))
    throw new AppError("CONFLICT", "guestPlanApproved");
  if (plan.statusBefore !== plan.status) {
    await notifyLive(tx, { t: "pl", p: planId, o: origin });
    await recordReopened(tx, writerId, planId);
  }
  return plan.revision;
}

/** The first edit after an approval starts a new draft: the log says who began it, and from which version. */
async function recordReopened(tx: Tx, writerId: string, planId: string) {
  const plan = await tx.plan.findUniqueOrThrow({
    where: { id: planId },
    select: {
      institutionId: true,
      title: true,
      versions: { select: { number: true }, orderBy: { number: "desc" }, take: 1 },
    },
  });
  await recordAudit(tx, {
    institutionId: plan.institutionId,
    actor: { userId: writerId },
    action: "plan.reopened",
    targetType: "plan",
    targetId: planId,
    details: { title: plan.title, version: plan.versions[0]?.number ?? null },
  });
}

function conflict(current: { revision: number; value?: unknown } | null) {
  return new AppError("CONFLICT", "staleRevision", {
    revision: current?.revision ?? 0,
    ...(current && "value" in current ? { value: current.value ?? null } : {}),
  });
}

async function setValue(
  tx: Tx,
  writerId: string,
  planId: string,
  change: Extract<TChange, { op: "set" }>,
  options: WriteOptions,
): Promise<ChangeResult> {
  const { address, itemId, value: checked } = checkFieldChange(change);
  const itemGone = async () => {
    if (!itemId) return false;
    const item = await tx.planItem.findUnique({
      where: { planId_id: { planId, id: itemId } },
      select: { list: true },
    });
    return !item || item.list !== `${address.step}.${(address as { list: string }).list}`;
  };

  const revision = await nextRevision(tx, writerId, planId, options);
  const value = checked === null ? Prisma.DbNull : (checked as Prisma.InputJsonValue);
  let written: boolean;
  if (change.baseRevision === 0) {
    // The field's first save: its list item must still be there.
    if (await itemGone()) throw new AppError("NOT_FOUND", "itemGone");
    const created = await tx.planValue.createMany({
      data: [{ planId, key: change.key, itemId, value, revision, updatedById: writerId }],
      skipDuplicates: true,
    });
    written = created.count === 1;
  } else {
    // Written only if its stored revision is the one the change was based on. A stored value
    // means its item still exists (removing an item removes its values), so only a refusal
    // looks further.
    const updated = await tx.planValue.updateMany({
      where: { planId, key: change.key, revision: change.baseRevision },
      data: { value, revision, updatedById: writerId },
    });
    written = updated.count === 1;
  }
  if (!written) {
    if (await itemGone()) throw new AppError("NOT_FOUND", "itemGone");
    throw conflict(
      await tx.planValue.findUnique({
        where: { planId_key: { planId, key: change.key } },
        select: { revision: true, value: true },
      }),
    );
  }
  await notifyLive(tx, { t: "v", p: planId, k: change.key, r: revision, o: options.origin });
  return { revision, value: checked };
}

async function addItem(
  tx: Tx,
  writerId: string,
  planId: string,
  change: Extract<TChange, { op: "addItem" }>,
  options: WriteOptions,
): Promise<ChangeResult> {
  const address = resolveList(change.list);
  if (!address) throw new AppError("INVALID_INPUT", "unknownField");
  const revision = await nextRevision(tx, writerId, planId, options);
  const existing = await tx.planItem.findMany({
    where: { planId, list: change.list },
    select: { id: true, position: true },
  });
  if (existing.some((item) => item.id === change.itemId)) throw new AppError("CONFLICT", "itemExists");
  if (existing.length >= address.def.maxItems) throw new AppError("INVALID_INPUT", "tooManyItems");
  const position = change.position ?? Math.max(0, ...existing.map((item) => item.position)) + 1;
  await tx.planItem.create({
    data: {
      planId,
      id: change.itemId,
      list: change.list,
      position,
      revision,
      createdById: writerId,
      updatedById: writerId,
    },
  });
  return { revision };
}

/** What happened to a list item meanwhile, when a move or removal based on an older revision conflicts. */
type ItemConflictReason = "moved" | "edited";

/**
 * The refusal of a stale move or removal, with what the person needs to decide: what happened and
 * who did it, the revision to base a retry on, and the item as it is now (to show it again).
 */
async function itemConflict(
  tx: Tx,
  item: { revision: number; position: number },
  values: { key: string; value: unknown; revision: number }[],
  reason: ItemConflictReason,
  byId: string | null,
  retryRevision: number,
) {
  const by = (await namesOf([byId], tx)).get(byId ?? "");
  return new AppError("CONFLICT", "staleRevision", {
    revision: retryRevision,
    reason,
    by: by?.name ?? null,
    position: item.position,
    itemRevision: item.revision,
    values: Object.fromEntries(values.map((v) => [v.key, { value: v.value ?? null, revision: v.revision }])),
  });
}

/**
 * Moves or removes a list item. A move is based on the item's revision (its last move); a removal
 * on the newest revision the person saw of the item and its fields, so removing an item someone
 * else has moved or edited meanwhile conflicts instead of throwing their work away unseen. An item
 * already removed by someone else is simply removed: nothing to decide.
 */
async function changeItem(
  tx: Tx,
  writerId: string,
  planId: string,
  change: Extract<TChange, { op: "removeItem" | "moveItem" }>,
  options: WriteOptions,
): Promise<ChangeResult> {
  if (!resolveList(change.list)) throw new AppError("INVALID_INPUT", "unknownField");
  const revision = await nextRevision(tx, writerId, planId, options);
  const where = { planId_id: { planId, id: change.itemId } };
  const item = await tx.planItem.findUnique({
    where,
    select: { list: true, revision: true, position: true, updatedById: true },
  });
  if (!item || item.list !== change.list) {
    if (change.op === "removeItem") return { revision, alreadyRemoved: true };
    throw new AppError("NOT_FOUND", "itemGone");
  }
  const loadValues = () =>
    tx.planValue.findMany({
      where: { planId, itemId: change.itemId },
      select: { key: true, value: true, revision: true, updatedById: true },
    });
  if (change.op === "moveItem") {
    if (item.revision !== change.baseRevision)
      throw await itemConflict(tx, item, await loadValues(), "moved", item.updatedById, item.revision);
    await tx.planItem.update({
      where,
      data: { position: change.position, revision, updatedById: writerId },
    });
    return { revision };
  }
  const values = await loadValues();
  const newest = Math.max(item.revision, ...values.map((v) => v.revision));
  if (newest > change.baseRevision) {
    const moved = item.revision > change.baseRevision;
    // Who: the one who moved it, or who made the newest of the edits this person has not seen.
    const edit = values.reduce<(typeof values)[number] | null>(
      (latest, v) => (latest && latest.revision > v.revision ? latest : v),
      null,
    );
    const byId = moved ? item.updatedById : (edit?.updatedById ?? null);
    throw await itemConflict(tx, item, values, moved ? "moved" : "edited", byId, newest);
  }
  await tx.planItem.delete({ where });
  return { revision };
}

/** The step a change belongs to ("goals.goals.<id>.title" and list "goals.goals": "goals"). */
export function changeStep(change: TChange): StepKey | null {
  return (change.op === "set" ? resolveKey(change.key) : resolveList(change.list))?.step ?? null;
}

export interface WriteOptions {
  /** The live connection that made the change, so it is not told of its own write. */
  origin?: string;
  /** A member writing: the write itself checks that they may edit the plan. */
  member?: string;
  /**
   * Runs inside the transaction, after the plan's row lock is taken: for access that may have
   * ended between the check before the transaction and the write (a guest link revoked).
   */
  recheck?: (tx: Tx) => Promise<void>;
}

/**
 * The write path of members (applyChange) and workshop guests (lib/access/workshop-guests.ts):
 * `writerId` is recorded as the author of what is written. The plan's status is checked here;
 * callers have checked that the writer may edit the plan, or name them as `member`.
 */
export async function writeChange(
  writerId: string,
  planId: string,
  change: TChange,
  options: WriteOptions = {},
): Promise<ChangeResult> {
  const prisma = await getPrisma();
  return withPlanWriteSlot(planId, () =>
    prisma.$transaction(async (tx) => {
      // A saved field is announced by setValue.
      if (change.op === "set") {
        const result = await setValue(tx, writerId, planId, change, options);
        await options.recheck?.(tx);
        return result;
      }
      const result =
        change.op === "addItem"
          ? await addItem(tx, writerId, planId, change, options)
          : await changeItem(tx, writerId, planId, change, options);
      await options.recheck?.(tx);
      if (result.alreadyRemoved) return result;
      await notifyLive(tx, { t: "i", p: planId, l: change.list, r: result.revision, o: options.origin });
      // A removed item's dots are gone with it (ON DELETE CASCADE): a running vote's counts change.
      if (change.op === "removeItem" && isVotableList(change.list))
        await notifyLive(tx, { t: "dv", p: planId });
      return result;
    }),
  );
}

/**
 * Saves one unit: a field, or adding, moving or removing a list item. A write based on a stale
 * revision is refused with CONFLICT and the stored value stays as it was. Every saved write is
 * announced to the plan's live streams (delivered at commit; `origin` names the live connection
 * that made it, so that one is not told of its own change). A field saved before is first tried
 * in one statement (saveFieldAtOnce); anything that does not go through there takes the full path.
 */
export async function applyChange(
  actor: ActorRef,
  planId: string,
  input: unknown,
  options: { origin?: string } = {},
): Promise<ChangeResult> {
  const change = ZChange.parse(input);
  if (change.op === "set" && change.baseRevision > 0) {
    const { value } = checkFieldChange(change);
    const revision = await saveFieldAtOnce(actor.userId, planId, change, value, options.origin);
    if (revision !== null) return { revision, value };
  }
  const write = () =>
    writeChange(actor.userId, planId, change, { origin: options.origin, member: actor.userId });
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof NotEditable)) throw error;
    // The write found no plan this person may edit; only now is it worth finding out why.
    await requireEditablePlan(actor, planId);
    return write(); // they were given access just now
  }
}

/**
 * Puts a list's items in a new order inside the caller's transaction, as one saved change: a new
 * plan revision, the moved items carry it (so a move someone else based on the old order is
 * refused as stale), and the plan's live streams hear of it like of any other move. `rank` gets
 * the ids in their current order and returns them in the new one.
 */
export async function reorderListInTx(
  tx: Tx,
  writerId: string,
  planId: string,
  list: string,
  rank: (idsInOrder: string[]) => string[],
): Promise<ChangeResult> {
  if (!resolveList(list)) throw new AppError("INVALID_INPUT", "unknownField");
  const revision = await nextRevision(tx, writerId, planId);
  const items = await tx.planItem.findMany({
    where: { planId, list },
    select: { id: true, position: true },
    orderBy: [{ position: "asc" }, { id: "asc" }],
  });
  const current = new Map(items.map((item) => [item.id, item.position]));
  const order = rank(items.map((item) => item.id)).filter((id) => current.has(id));
  for (const [index, id] of order.entries()) {
    const position = index + 1;
    if (current.get(id) === position) continue;
    await tx.planItem.update({
      where: { planId_id: { planId, id } },
      data: { position, revision, updatedById: writerId },
    });
  }
  await notifyLive(tx, { t: "i", p: planId, l: list, r: revision });
  return { revision };
}
