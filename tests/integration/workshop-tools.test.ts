import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteAccount } from "@/lib/access/account-deletion";
import { castDots, loadDotVote, memberVoter, runDotVoteCommand, viewDotVote } from "@/lib/access/dot-votes";
import { openLiveSession } from "@/lib/access/live";
import { applyChange, loadPlanContent } from "@/lib/access/plan-content";
import { createPlan } from "@/lib/access/plans";
import { loadTimebox, runTimeboxCommand } from "@/lib/access/workshop-timebox";
import { getDatabase, getPrisma } from "@/lib/db/client";
import { LiveHub } from "@/lib/live/hub";
import { liveStream } from "@/lib/live/stream";
import { memberParticipantKey } from "@/lib/workshop/rules";
import {
  createInstitutionWithAdmin,
  createMember,
  TEST_PASSWORD,
  type TestActor,
} from "../support/factories";
import { collectEvents } from "../support/sse";

const hub = new LiveHub(async (channel, onPayload) => (await getDatabase()).listen(channel, onPayload));
beforeAll(async () => {
  await getDatabase();
});
afterAll(async () => {
  await hub.close();
});

async function workshop() {
  const { admin, institution } = await createInstitutionWithAdmin();
  const plan = await createPlan(admin, institution.slug, "Workshop-Plan");
  const consultant = await createMember(institution.id, "CONSULTANT");
  const editor = await createMember(institution.id, "EDITOR");
  const viewer = await createMember(institution.id, "VIEWER");
  const outsider = (await createInstitutionWithAdmin()).admin;
  return { admin, institution, plan, consultant, editor, viewer, outsider };
}

async function openStream(userId: string, planId: string) {
  const session = await openLiveSession({ userId }, planId, "deficits");
  const abort = new AbortController();
  const stream = collectEvents(liveStream(session, { hub, signal: abort.signal, heartbeatMs: 60_000 }));
  await stream.next((e) => e.event === "hello");
  return { stream, close: () => abort.abort() };
}

async function addDeficits(actor: TestActor, planId: string, count: number) {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = randomUUID();
    await applyChange(actor, planId, { op: "addItem", list: "deficits.deficits", itemId: id });
    ids.push(id);
  }
  return ids;
}

const listOrder = async (planId: string) =>
  (await loadPlanContent(planId)).strategy.deficits.deficits.map((item) => item.id);

describe("the workshop timebox", () => {
  it("a facilitator starts, pauses, resumes, extends and ends it; the state is stored", async () => {
    const { plan, consultant } = await workshop();
    const started = await runTimeboxCommand(consultant, plan.id, {
      op: "start",
      minutes: 10,
      label: "Ziele sammeln",
    });
    expect(started).toMatchObject({ status: "running", label: "Ziele sammeln", durationMs: 600_000 });
    expect(started.endsAt! - Date.now()).toBeGreaterThan(590_000);
    // A reload (or someone joining late) reads the same timer back.
    expect(await loadTimebox(plan.id)).toEqual(started);

    const paused = await runTimeboxCommand(consultant, plan.id, { op: "pause" });
    expect(paused.status).toBe("paused");
    expect(paused.remainingMs).toBeGreaterThan(590_000);
    expect(paused.remainingMs).toBeLessThanOrEqual(600_000);
    await expect(runTimeboxCommand(consultant, plan.id, { op: "pause" })).rejects.toMatchObject({
      code: "CONFLICT",
    });

    const extended = await runTimeboxCommand(consultant, plan.id, { op: "extend", minutes: 5 });
    expect(extended).toMatchObject({ status: "paused", durationMs: 900_000 });
    expect(extended.remainingMs).toBe(paused.remainingMs! + 300_000);

    const resumed = await runTimeboxCommand(consultant, plan.id, { op: "resume" });
    expect(resumed.status).toBe("running");
    expect(resumed.endsAt! - Date.now()).toBeGreaterThan(extended.remainingMs! - 10_000);
    expect(await loadTimebox(plan.id)).toEqual(resumed);

    expect(await runTimeboxCommand(consultant, plan.id, { op: "end" })).toMatchObject({ status: "ended" });
    expect((await loadTimebox(plan.id)).status).toBe("ended");
  });

  it("only facilitators may run it; other institutions do not find the plan", async () => {
    const { plan, viewer, outsider, editor } = await workshop();
    await expect(runTimeboxCommand(viewer, plan.id, { op: "start", minutes: 5 })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(runTimeboxCommand(outsider, plan.id, { op: "start", minutes: 5 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(runTimeboxCommand(editor, plan.id, { op: "start", minutes: 0 })).rejects.toThrow();
    expect((await loadTimebox(plan.id)).status).toBe("ended");
    await runTimeboxCommand(editor, plan.id, { op: "start", minutes: 5 });
    expect((await loadTimebox(plan.id)).status).toBe("running");
  });

  it("everyone on the plan hears of it live, viewers included, with the server's clock", async () => {
    const { plan, admin, viewer } = await workshop();
    const watching = await openStream(viewer.userId, plan.id);
    const first = await watching.stream.next((e) => e.event === "timebox");
    expect(first.data).toMatchObject({ timebox: { status: "ended" } });

    await runTimeboxCommand(admin, plan.id, { op: "start", minutes: 15, label: "Defizite" });
    const event = await watching.stream.next((e) => e.event === "timebox");
    const data = event.data as { timebox: { status: string; label: string; endsAt: number }; now: number };
    expect(data.timebox).toMatchObject({ status: "running", label: "Defizite" });
    expect(data.timebox.endsAt - data.now).toBeGreaterThan(14 * 60_000);
    watching.close();
  });
});

describe("dot votes", () => {
  it("each participant places at most the round's dots; totals stay hidden until the round ends", async () => {
    const { plan, admin, consultant, editor } = await workshop();
    const [a, b, c] = await addDeficits(admin, plan.id, 3);
    await runDotVoteCommand(admin, plan.id, {
      op: "start",
      list: "deficits.deficits",
      dots: 3,
      hideTotals: true,
    });

    await castDots(memberVoter(consultant), plan.id, { itemId: b!, dots: 2 });
    await castDots(memberVoter(consultant), plan.id, { itemId: c!, dots: 1 });
    await expect(castDots(memberVoter(consultant), plan.id, { itemId: a!, dots: 1 })).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "noDotsLeft",
    });
    // Taking a dot back frees it for another item.
    await castDots(memberVoter(consultant), plan.id, { itemId: b!, dots: 1 });
    const mine = await castDots(memberVoter(consultant), plan.id, { itemId: a!, dots: 1 });
    expect(mine).toMatchObject({ mine: { [a!]: 1, [b!]: 1, [c!]: 1 }, totals: null, placed: 3, voters: 1 });

    await castDots(memberVoter(editor), plan.id, { itemId: c!, dots: 3 });
    const hidden = viewDotVote(await loadDotVote(plan.id), memberParticipantKey(admin.userId));
    expect(hidden).toMatchObject({ open: true, totals: null, placed: 6, voters: 2, mine: {} });

    const ended = await runDotVoteCommand(admin, plan.id, { op: "end" });
    expect(ended).toMatchObject({ open: false, totals: { [a!]: 1, [b!]: 1, [c!]: 4 } });
    await expect(castDots(memberVoter(editor), plan.id, { itemId: a!, dots: 0 })).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "noVoteRound",
    });
  });

  it("refuses votes without a round, on other lists, from viewers and from other institutions", async () => {
    const { plan, admin, viewer, outsider } = await workshop();
    const [a] = await addDeficits(admin, plan.id, 1);
    await expect(castDots(memberVoter(admin), plan.id, { itemId: a!, dots: 1 })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const goal = randomUUID();
    await applyChange(admin, plan.id, { op: "addItem", list: "goals.goals", itemId: goal });
    await runDotVoteCommand(admin, plan.id, {
      op: "start",
      list: "deficits.deficits",
      dots: 3,
      hideTotals: false,
    });
    await expect(castDots(memberVoter(admin), plan.id, { itemId: goal, dots: 1 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(castDots(memberVoter(admin), plan.id, { itemId: a!, dots: 4 })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(castDots(memberVoter(viewer), plan.id, { itemId: a!, dots: 1 })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(castDots(memberVoter(outsider), plan.id, { itemId: a!, dots: 1 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      runDotVoteCommand(viewer, plan.id, { op: "start", list: "goals.goals", dots: 3, hideTotals: true }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(runDotVoteCommand(outsider, plan.id, { op: "end" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      runDotVoteCommand(admin, plan.id, { op: "start", list: "staff.people", dots: 3, hideTotals: true }),
    ).rejects.toThrow();
    const view = viewDotVote(await loadDotVote(plan.id), memberParticipantKey(admin.userId));
    expect(view).toMatchObject({ list: "deficits.deficits", placed: 0, totals: {} });
  });

  it("applying the result orders the list by dots, ties in their old order, as one saved and announced change", async () => {
    const { plan, admin, consultant, editor, viewer } = await workshop();
    const [a, b, c, d] = await addDeficits(admin, plan.id, 4);
    await runDotVoteCommand(admin, plan.id, {
      op: "start",
      list: "deficits.deficits",
      dots: 3,
      hideTotals: true,
    });
    await castDots(memberVoter(consultant), plan.id, { itemId: d!, dots: 2 });
    await castDots(memberVoter(consultant), plan.id, { itemId: b!, dots: 1 });
    await castDots(memberVoter(editor), plan.id, { itemId: c!, dots: 1 });
    await expect(runDotVoteCommand(admin, plan.id, { op: "apply" })).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "voteRoundOpen",
    });
    await runDotVoteCommand(admin, plan.id, { op: "end" });

    const watching = await openStream(viewer.userId, plan.id);
    const before = (await loadPlanContent(plan.id)).planRevision;
    await runDotVoteCommand(admin, plan.id, { op: "apply" });

    // d has 2 dots; b and c 1 each (b was first, stays first); a none.
    expect(await listOrder(plan.id)).toEqual([d, b, c, a]);
    const after = await loadPlanContent(plan.id);
    expect(after.planRevision).toBe(before + 1);
    expect(after.revisions[`item:${d}`]).toBe(after.planRevision);
    const items = await watching.stream.next((e) => e.event === "items");
    expect(items.data).toMatchObject({
      list: "deficits.deficits",
      items: [{ id: d }, { id: b }, { id: c }, { id: a }],
    });
    watching.close();

    const prisma = await getPrisma();
    const audit = await prisma.auditEvent.findFirst({
      where: { action: "plan.vote_applied", targetId: plan.id },
    });
    expect(audit?.actorId).toBe(admin.userId);
    // The log says which plan's list was reordered.
    expect(audit?.details).toMatchObject({ title: plan.title, list: "deficits.deficits" });
  });

  it("votes on a removed item disappear and give the dots back", async () => {
    const { plan, admin, consultant } = await workshop();
    const [a, b] = await addDeficits(admin, plan.id, 2);
    await runDotVoteCommand(admin, plan.id, {
      op: "start",
      list: "deficits.deficits",
      dots: 3,
      hideTotals: false,
    });
    await castDots(memberVoter(consultant), plan.id, { itemId: a!, dots: 3 });
    const watching = await openStream(consultant.userId, plan.id);
    const content = await loadPlanContent(plan.id);
    await applyChange(admin, plan.id, {
      op: "removeItem",
      list: "deficits.deficits",
      itemId: a!,
      baseRevision: content.revisions[`item:${a}`]!,
    });
    const view = viewDotVote(await loadDotVote(plan.id), memberParticipantKey(consultant.userId));
    expect(view).toMatchObject({ mine: {}, totals: {}, placed: 0 });
    // Those on the plan see the dots given back without anyone voting again.
    await watching.stream.next(
      (e) => e.event === "dotvote" && (e.data as { round: { placed: number } | null }).round?.placed === 0,
    );
    watching.close();
    await castDots(memberVoter(consultant), plan.id, { itemId: b!, dots: 3 });
  });

  it("a deleted account's dots go with it", async () => {
    const { plan, admin, consultant } = await workshop();
    const [a] = await addDeficits(admin, plan.id, 1);
    await runDotVoteCommand(admin, plan.id, {
      op: "start",
      list: "deficits.deficits",
      dots: 3,
      hideTotals: false,
    });
    await castDots(memberVoter(consultant), plan.id, { itemId: a!, dots: 2 });
    await castDots(memberVoter(admin), plan.id, { itemId: a!, dots: 1 });
    await deleteAccount(consultant, { password: TEST_PASSWORD });
    const view = viewDotVote(await loadDotVote(plan.id), memberParticipantKey(admin.userId));
    expect(view).toMatchObject({ totals: { [a!]: 1 }, voters: 1 });
  });

  it("participants hear of votes live; a viewer sees totals only once the round ends", async () => {
    const { plan, admin, consultant, viewer } = await workshop();
    const [a] = await addDeficits(admin, plan.id, 1);
    const watching = await openStream(viewer.userId, plan.id);
    await runDotVoteCommand(admin, plan.id, {
      op: "start",
      list: "deficits.deficits",
      dots: 3,
      hideTotals: true,
    });
    await castDots(memberVoter(consultant), plan.id, { itemId: a!, dots: 2 });
    const during = await watching.stream.next(
      (e) => e.event === "dotvote" && (e.data as { round: { placed: number } | null }).round?.placed === 2,
    );
    expect(during.data).toMatchObject({ round: { open: true, totals: null } });
    await runDotVoteCommand(admin, plan.id, { op: "end" });
    const after = await watching.stream.next(
      (e) => e.event === "dotvote" && (e.data as { round: { open: boolean } | null }).round?.open === false,
    );
    expect(after.data).toMatchObject({ round: { totals: { [a!]: 2 } } });
    watching.close();
  });
});
