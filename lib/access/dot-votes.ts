import "server-only";
import { z } from "zod";
import { getPrisma } from "@/lib/db/client";
import { notifyLive } from "@/lib/live/publish";
import { ID_PATTERN } from "@/lib/security/input";
import {
  DOTS_MAX,
  DOTS_MIN,
  VOTABLE_LISTS,
  guestParticipantKey,
  memberParticipantKey,
  orderByDots,
  type VotableList,
} from "@/lib/workshop/rules";
import { recordAudit } from "./audit";
import { AppError } from "./errors";
import type { ActorRef } from "./memberships";
import { can } from "./permissions";
import { reorderListInTx } from "./plan-content";
import { EDITABLE_STATUSES } from "./plan-rules";
import { getPlan } from "./plans";
import { requireFacilitator } from "./workshop-facilitator";
import type { GuestContext } from "./workshop-guests";

/**
 * Someone who places dots. Members vote under their account ("u:<userId>"), workshop guests under
 * their guest row ("g:<guestId>"); the participant key is what the votes are stored under.
 */
export type Voter = { kind: "member"; userId: string } | { kind: "guest"; guest: GuestContext };

export const memberVoter = (actor: ActorRef): Voter => ({ kind: "member", userId: actor.userId });
export const guestVoter = (guest: GuestContext): Voter => ({ kind: "guest", guest });

/** The plan and the voter's key, for someone who may vote on it: whoever may edit the plan. */
async function resolveVoter(voter: Voter, planId: string) {
  if (voter.kind === "guest") {
    // A guest admitted to this plan's workshop (checked by `requireGuest`) votes like any
    // participant: prioritising is not editing, so it does not depend on the steps opened to them.
    if (voter.guest.planId !== planId) throw new AppError("NOT_FOUND");
    return { plan: voter.guest.plan, participant: guestParticipantKey(voter.guest.guestId) };
  }
  const { plan, role } = await getPlan({ userId: voter.userId }, planId);
  if (!can(role, "EDIT_PLAN")) throw new AppError("FORBIDDEN");
  return { plan, participant: memberParticipantKey(voter.userId) };
}

/** A dot-vote round as one participant sees it. */
export interface DotVoteView {
  list: VotableList;
  dots: number;
  hideTotals: boolean;
  open: boolean;
  /** The viewer's own dots per item. */
  mine: Record<string, number>;
  /** Everyone's dots per item; null while the round hides them. */
  totals: Record<string, number> | null;
  /** Dots placed by everyone and how many people placed them: progress without the distribution. */
  placed: number;
  voters: number;
}

interface DotVoteRoundData {
  list: VotableList;
  dots: number;
  hideTotals: boolean;
  open: boolean;
  votes: { participant: string; itemId: string; dots: number }[];
}

/** The plan's round and all its votes, or null. Callers have checked that the person may read the plan. */
export async function loadDotVote(planId: string): Promise<DotVoteRoundData | null> {
  const prisma = await getPrisma();
  const round = await prisma.dotVoteRound.findUnique({
    where: { planId },
    select: {
      list: true,
      dots: true,
      hideTotals: true,
      endedAt: true,
      votes: { select: { participant: true, itemId: true, dots: true } },
    },
  });
  if (!round) return null;
  return {
    list: round.list as VotableList,
    dots: round.dots,
    hideTotals: round.hideTotals,
    open: round.endedAt === null,
    votes: round.votes,
  };
}

function sumByItem(votes: { itemId: string; dots: number }[]) {
  const totals: Record<string, number> = {};
  for (const vote of votes) totals[vote.itemId] = (totals[vote.itemId] ?? 0) + vote.dots;
  return totals;
}

/** What one participant may see of the round: their own dots, and the totals unless hidden. */
export function viewDotVote(round: DotVoteRoundData | null, participant: string | null): DotVoteView | null {
  if (!round) return null;
  const mine: Record<string, number> = {};
  for (const vote of round.votes) if (vote.participant === participant) mine[vote.itemId] = vote.dots;
  return {
    list: round.list,
    dots: round.dots,
    hideTotals: round.hideTotals,
    open: round.open,
    mine,
    totals: round.open && round.hideTotals ? null : sumByItem(round.votes),
    placed: round.votes.reduce((sum, vote) => sum + vote.dots, 0),
    voters: new Set(round.votes.map((vote) => vote.participant)).size,
  };
}

const ZItemId = z.string().regex(ID_PATTERN);

const ZDotVoteCommand = z.discriminatedUnion("op", [
  z
    .object({
      op: z.literal("start"),
      list: z.enum(VOTABLE_LISTS),
      dots: z.number().int().min(DOTS_MIN).max(DOTS_MAX),
      hideTotals: z.boolean(),
    })
    .strict(),
  z.object({ op: z.literal("end") }).strict(),
  z.object({ op: z.literal("apply") }).strict(),
  z.object({ op: z.literal("discard") }).strict(),
]);

const ZDotVote = z.object({ itemId: ZItemId, dots: z.number().int().min(0).max(DOTS_MAX) }).strict();

/**
 * The facilitator's part: start a round on a list (replacing any earlier round and its votes),
 * end it, apply its result as the list's order, or put the round away.
 */
export async function runDotVoteCommand(actor: ActorRef, planId: string, input: unknown) {
  const command = ZDotVoteCommand.parse(input);
  const { plan, institution } = await requireFacilitator(actor, planId);
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    if (command.op === "start") {
      if (!EDITABLE_STATUSES.includes(plan.status)) throw new AppError("CONFLICT", "planLocked");
      await tx.dotVoteRound.deleteMany({ where: { planId: plan.id } });
      await tx.dotVoteRound.create({
        data: {
          planId: plan.id,
          list: command.list,
          dots: command.dots,
          hideTotals: command.hideTotals,
        },
      });
    } else if (command.op === "discard") {
      await tx.dotVoteRound.deleteMany({ where: { planId: plan.id } });
    } else {
      const round = await tx.dotVoteRound.findUnique({
        where: { planId: plan.id },
        select: { list: true, endedAt: true, votes: { select: { itemId: true, dots: true } } },
      });
      if (!round) throw new AppError("CONFLICT", "noVoteRound");
      if (command.op === "end") {
        if (round.endedAt) throw new AppError("CONFLICT", "voteRoundEnded");
        await tx.dotVoteRound.update({ where: { planId: plan.id }, data: { endedAt: new Date() } });
      } else {
        // Applied only once everyone has voted: the order must not change under people still voting.
        if (!round.endedAt) throw new AppError("CONFLICT", "voteRoundOpen");
        const totals = sumByItem(round.votes);
        await reorderListInTx(tx, actor.userId, plan.id, round.list, (ids) => orderByDots(ids, totals));
        await recordAudit(tx, {
          institutionId: institution.id,
          actor,
          action: "plan.vote_applied",
          targetType: "plan",
          targetId: plan.id,
          details: { title: plan.title, list: round.list, dots: totals },
        });
      }
    }
    await notifyLive(tx, { t: "dv", p: plan.id });
  });
  return viewDotVote(await loadDotVote(plan.id), memberParticipantKey(actor.userId));
}

/**
 * Sets how many of their dots a participant puts on one item (0 takes them all back). Refused
 * when no round is open, when the item is not on the round's list, and when it would take more
 * dots than the round gives each participant.
 */
export async function castDots(voter: Voter, planId: string, input: unknown) {
  const vote = ZDotVote.parse(input);
  const { plan, participant } = await resolveVoter(voter, planId);
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    // The row lock serialises votes on this round, so the count below cannot race.
    const locked = await tx.dotVoteRound.updateMany({
      where: { planId: plan.id, endedAt: null },
      data: { revision: { increment: 1 } },
    });
    if (locked.count === 0) throw new AppError("CONFLICT", "noVoteRound");
    const round = await tx.dotVoteRound.findUniqueOrThrow({
      where: { planId: plan.id },
      select: { list: true, dots: true },
    });
    const item = await tx.planItem.findUnique({
      where: { planId_id: { planId: plan.id, id: vote.itemId } },
      select: { list: true },
    });
    if (!item || item.list !== round.list) throw new AppError("NOT_FOUND", "itemGone");
    const others = await tx.dotVote.aggregate({
      where: { planId: plan.id, participant, itemId: { not: vote.itemId } },
      _sum: { dots: true },
    });
    if ((others._sum.dots ?? 0) + vote.dots > round.dots) throw new AppError("CONFLICT", "noDotsLeft");
    const key = { planId_participant_itemId: { planId: plan.id, participant, itemId: vote.itemId } };
    if (vote.dots === 0) await tx.dotVote.deleteMany({ where: key.planId_participant_itemId });
    else
      await tx.dotVote.upsert({
        where: key,
        create: { planId: plan.id, participant, itemId: vote.itemId, dots: vote.dots },
        update: { dots: vote.dots },
      });
    await notifyLive(tx, { t: "dv", p: plan.id });
  });
  return viewDotVote(await loadDotVote(plan.id), participant);
}
