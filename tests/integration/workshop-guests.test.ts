import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as guestChanges } from "@/app/api/workshop/[planId]/changes/route";
import { POST as guestDotVotes } from "@/app/api/workshop/[planId]/dot-votes/route";
import { GET as guestEvents } from "@/app/api/workshop/[planId]/events/route";
import { POST as memberChanges } from "@/app/api/plans/[planId]/changes/route";
import { castDots, loadDotVote, memberVoter, runDotVoteCommand } from "@/lib/access/dot-votes";
import {
  checkLiveSession,
  guestStillAdmitted,
  listPresence,
  loadLiveValue,
  openGuestLiveSession,
} from "@/lib/access/live";
import { applyChange, loadPlanContent } from "@/lib/access/plan-content";
import { createPlan } from "@/lib/access/plans";
import {
  createWorkshopLink,
  listWorkshopLinks,
  revokeWorkshopLink,
  setGuestSteps,
} from "@/lib/access/workshop";
import {
  GUEST_COOKIE,
  guestFromSecret,
  joinWorkshop,
  openWorkshopLink,
  applyGuestChange,
  recheckGuestWrite,
  requireGuest,
} from "@/lib/access/workshop-guests";
import { decidePlan, submitPlan } from "@/lib/access/plan-workflow";
import { getDatabase, getPrisma } from "@/lib/db/client";
import { LiveHub } from "@/lib/live/hub";
import { liveStream } from "@/lib/live/stream";
import { RATE_LIMITS } from "@/lib/security/rate-limit";
import { hashSecret } from "@/lib/security/secrets";
import { createCompletePlan, createInstitutionWithAdmin, createMember } from "../support/factories";
import { clientRequest } from "../support/mock-next-headers";
import { collectEvents } from "../support/sse";

// The guest cookie of the request being handled (clientRequest.cookies); nobody is signed in
// through Auth.js here.
vi.mock("next/headers", () => import("../support/mock-next-headers"));
vi.mock("@/lib/access/actor", () => import("../support/mock-actor"));

const hubs: LiveHub[] = [];
beforeAll(async () => {
  await getDatabase();
});
afterAll(async () => {
  await Promise.all(hubs.map((hub) => hub.close()));
});

async function workshop() {
  const { admin, institution } = await createInstitutionWithAdmin();
  const plan = await createPlan(admin, institution.slug, "Workshop-Plan");
  const link = await createWorkshopLink(admin, plan.id, {});
  return { admin, institution, plan, link };
}

let address = 0;
async function join(token: string, name = "Gast Greta") {
  address += 1;
  const joined = await joinWorkshop({ token, name }, `203.0.113.${address}`);
  clientRequest.cookies.set(GUEST_COOKIE, joined.secret);
  return joined;
}

const JSON_HEADERS = {
  "content-type": "application/json",
  host: "localhost:3000",
  origin: "http://localhost:3000",
};
function save(planId: string, change: Record<string, unknown>, route = guestChanges) {
  const request = new Request("http://localhost:3000/x", {
    method: "POST",
    headers: JSON_HEADERS,
    body: JSON.stringify(change),
  });
  return route(request, { params: Promise.resolve({ planId }) });
}
const mission = (value: string, baseRevision = 0) => ({
  op: "set",
  key: "start.mission",
  value,
  baseRevision,
});

describe("guest links", () => {
  it("are made by those who may edit the plan; viewers and approvers are refused, other institutions see nothing", async () => {
    const { admin, institution, plan } = await workshop();
    for (const role of ["EDITOR", "CONSULTANT"] as const) {
      const member = await createMember(institution.id, role);
      await expect(createWorkshopLink(member, plan.id, { hours: "2" })).resolves.toMatchObject({
        token: expect.any(String),
      });
    }
    for (const role of ["VIEWER", "APPROVER"] as const) {
      const member = await createMember(institution.id, role);
      await expect(createWorkshopLink(member, plan.id, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(setGuestSteps(member, plan.id, ["start"])).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const other = await createInstitutionWithAdmin();
    await expect(createWorkshopLink(other.admin, plan.id, {})).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listWorkshopLinks(other.admin, plan.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listWorkshopLinks(admin, plan.id)).toHaveLength(3);
  });

  it("store only the secret's hash, expire after the chosen time (8 hours by default) and list their state", async () => {
    const { admin, plan } = await workshop();
    const now = new Date("2026-11-29T09:00:00Z");
    const link = await createWorkshopLink(admin, plan.id, {}, undefined, now);
    expect(link.expiresAt.toISOString()).toBe("2026-11-29T17:00:00.000Z");
    const stored = await (await getPrisma()).workshopLink.findUniqueOrThrow({ where: { id: link.id } });
    expect(stored.tokenHash).toBe(hashSecret(link.token));
    expect(JSON.stringify(stored)).not.toContain(link.token);
    await expect(createWorkshopLink(admin, plan.id, { hours: "5" as "2" })).rejects.toThrow();

    const listed = await listWorkshopLinks(admin, plan.id, undefined, new Date("2026-11-29T18:00:00Z"));
    expect(listed.find((l) => l.id === link.id)).toMatchObject({
      status: "expired",
      guests: 0,
      createdByName: "Test Admin",
    });
  });
});

describe("limits", () => {
  it("one person creates at most 30 guest links an hour, however many they revoke; others still can", async () => {
    const { admin, institution, plan, link } = await workshop();
    await revokeWorkshopLink(admin, plan.id, link.id);
    for (let i = 1; i < RATE_LIMITS.workshopLinkPerUser.max; i++) {
      const next = await createWorkshopLink(admin, plan.id, {});
      await revokeWorkshopLink(admin, plan.id, next.id);
    }
    await expect(createWorkshopLink(admin, plan.id, {})).rejects.toMatchObject({ code: "RATE_LIMITED" });
    const editor = await createMember(institution.id, "EDITOR");
    await expect(createWorkshopLink(editor, plan.id, {})).resolves.toHaveProperty("token");
  });
});

describe("joining as a guest", () => {
  it("needs a display name of 1 to 60 characters, and stores only the hash of the guest's secret", async () => {
    const { link, plan } = await workshop();
    await expect(join(link.token, "   ")).rejects.toThrow();
    await expect(join(link.token, "x".repeat(61))).rejects.toThrow();
    await expect(join(link.token, "Ana\u0007")).rejects.toThrow();
    await expect(join("A".repeat(43))).rejects.toMatchObject({ code: "NOT_FOUND" });

    const joined = await join(link.token, "  Ana Gast  ");
    const guest = await (
      await getPrisma()
    ).workshopGuest.findUniqueOrThrow({ where: { id: joined.guestId } });
    expect(guest).toMatchObject({ name: "Ana Gast", planId: plan.id, secretHash: hashSecret(joined.secret) });
    expect(JSON.stringify(guest)).not.toContain(joined.secret);
    expect(await guestFromSecret(joined.secret)).toMatchObject({ status: "ok", guest: { name: "Ana Gast" } });
  });
});

describe("opening a guest link", () => {
  it("shows the plan's title while the link admits guests; an unknown link is missing, a revoked one ended", async () => {
    const { admin, institution, plan, link } = await workshop();
    expect(await openWorkshopLink(link.token)).toMatchObject({
      status: "ok",
      planTitle: "Workshop-Plan",
      institutionName: institution.name,
    });
    expect(await openWorkshopLink("A".repeat(43))).toEqual({ status: "missing" });
    expect(await openWorkshopLink("kein Link")).toEqual({ status: "missing" });
    await revokeWorkshopLink(admin, plan.id, link.id);
    expect(await openWorkshopLink(link.token)).toEqual({ status: "ended" });
  });
});

describe("guest edits", () => {
  it("a revocation arriving during a guest's write waits for it: no write lands after the revoke", async () => {
    const { admin, plan, link } = await workshop();
    await setGuestSteps(admin, plan.id, ["start"]);
    await join(link.token);
    const guest = await requireGuest(plan.id);
    const prisma = await getPrisma();
    const order: string[] = [];
    let finishWrite = () => {};
    const writing = new Promise<void>((resolve) => (finishWrite = resolve));
    let admitted = () => {};
    const checked = new Promise<void>((resolve) => (admitted = resolve));
    const write = prisma.$transaction(async (tx) => {
      // The check a guest's write makes after the plan's row lock (applyGuestChange).
      await expect(recheckGuestWrite(tx, guest, "goals")).rejects.toMatchObject({ messageKey: "stepClosed" });
      await recheckGuestWrite(tx, guest, "start");
      admitted();
      await writing;
      order.push("write");
    });
    await checked;
    const revoke = revokeWorkshopLink(admin, plan.id, link.id).then(() => order.push("revoke"));
    // Time for the revocation to overtake the open write, if it could.
    await new Promise((resolve) => setTimeout(resolve, 300));
    finishWrite();
    await Promise.all([write, revoke]);
    expect(order).toEqual(["write", "revoke"]);
    expect(await guestStillAdmitted(guest.guestId, plan.id)).toBe(false);
  });

  it("are saved in steps opened to guests and refused in closed ones, attributed to the guest's name", async () => {
    const { admin, plan, link } = await workshop();
    await join(link.token, "Gast Greta");

    const closed = await save(plan.id, mission("Zu früh"));
    expect(closed.status).toBe(403);
    expect(await closed.json()).toMatchObject({ message: "stepClosed" });
    expect((await loadPlanContent(plan.id)).strategy.start.mission).toBeFalsy();

    await setGuestSteps(admin, plan.id, ["start"]);
    const saved = await save(plan.id, mission("Gemeinsam erarbeitet"));
    expect(saved.status).toBe(200);
    expect(await loadLiveValue(plan.id, "start.mission")).toMatchObject({
      value: "Gemeinsam erarbeitet",
      by: "Gast Greta",
      byGuest: true,
    });
    const item = randomUUID();
    expect((await save(plan.id, { op: "addItem", list: "goals.goals", itemId: item })).status).toBe(403);

    await setGuestSteps(admin, plan.id, ["goals"]);
    const { revision } = (await (
      await getPrisma()
    ).planValue.findUniqueOrThrow({
      where: { planId_key: { planId: plan.id, key: "start.mission" } },
    })) as { revision: number };
    expect((await save(plan.id, mission("Wieder zu", revision))).status).toBe(403);
    expect((await save(plan.id, { op: "addItem", list: "goals.goals", itemId: item })).status).toBe(200);
  });

  it("do not begin a new draft of an approved plan: that is a member's, who is named for it", async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    const plan = await createCompletePlan(admin, institution.slug, "Freigegeben");
    const link = await createWorkshopLink(admin, plan.id, {});
    await setGuestSteps(admin, plan.id, ["start"]);
    await join(link.token);
    // Loaded while the plan was a draft, as by a guest's page left open during the approval.
    const guest = await requireGuest(plan.id);
    const director = await createMember(institution.id, "APPROVER");
    await submitPlan(admin, plan.id);
    await decidePlan(director, plan.id, { decision: "approve" });

    const refused = await save(plan.id, mission("Vom Gast", 1));
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ message: "guestPlanApproved" });
    // Checked again under the plan's lock, whatever the guest's request saw before.
    await expect(applyGuestChange(guest, mission("Vom Gast", 1))).rejects.toMatchObject({
      messageKey: "guestPlanApproved",
    });
    const prisma = await getPrisma();
    expect((await prisma.plan.findUniqueOrThrow({ where: { id: plan.id } })).status).toBe("APPROVED");

    // Once a member has begun the new draft, the guest works on in it.
    await applyChange(admin, plan.id, { op: "set", key: "start.experiences", value: "Neu", baseRevision: 1 });
    expect((await save(plan.id, mission("Vom Gast", 1))).status).toBe(200);
  });

  it("end at once when the link is revoked or expires: writes refused, the live session check fails", async () => {
    const { admin, plan, link } = await workshop();
    await setGuestSteps(admin, plan.id, ["start"]);
    const joined = await join(link.token);
    const guest = await requireGuest(plan.id);
    const session = await openGuestLiveSession(guest, "start");
    expect(await checkLiveSession(session)).toBe(true);
    expect((await listPresence(plan.id)).map((p) => [p.name, p.guest])).toEqual([["Gast Greta", true]]);

    await revokeWorkshopLink(admin, plan.id, link.id);
    expect(await checkLiveSession(session)).toBe(false);
    const refused = await save(plan.id, mission("Nach dem Ende"));
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ message: "guestAccessEnded" });
    expect(await guestFromSecret(joined.secret)).toEqual({ status: "ended" });
    await expect(join(link.token)).rejects.toMatchObject({ code: "GONE" });
    expect((await listWorkshopLinks(admin, plan.id))[0]).toMatchObject({ status: "revoked", guests: 1 });

    // Expiry: the same, without anyone doing anything.
    const second = await createWorkshopLink(admin, plan.id, { hours: "2" });
    await join(second.token);
    const late = await openGuestLiveSession(await requireGuest(plan.id), "start");
    await (
      await getPrisma()
    ).workshopLink.update({
      where: { id: second.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await checkLiveSession(late)).toBe(false);
    expect((await save(plan.id, mission("Zu spät"))).status).toBe(403);
  });

  it("a guest's open live stream is told and closed as soon as the link is revoked", async () => {
    const { admin, plan, link } = await workshop();
    await join(link.token);
    const hub = new LiveHub(async (channel, onPayload) => (await getDatabase()).listen(channel, onPayload));
    hubs.push(hub);
    const session = await openGuestLiveSession(await requireGuest(plan.id), "start");
    const abort = new AbortController();
    const stream = collectEvents(liveStream(session, { hub, signal: abort.signal, heartbeatMs: 60_000 }));
    await stream.next((e) => e.event === "hello");
    // Opening a step reaches the guest as "reload what you may do".
    await setGuestSteps(admin, plan.id, ["goals"]);
    await stream.next((e) => e.event === "plan");
    await revokeWorkshopLink(admin, plan.id, link.id);
    await stream.next((e) => e.event === "revoked");
    abort.abort();
  });
});

describe("what guests can reach", () => {
  it("only their own plan: other plans (of their institution too) and the members' endpoints are closed", async () => {
    const { admin, institution, plan, link } = await workshop();
    await setGuestSteps(admin, plan.id, ["start"]);
    const other = await createPlan(admin, institution.slug, "Anderer Plan");
    await setGuestSteps(admin, other.id, ["start"]);
    await join(link.token);

    expect((await save(other.id, mission("Fremd"))).status).toBe(404);
    const events = await guestEvents(new Request("http://localhost:3000/x"), {
      params: Promise.resolve({ planId: other.id }),
    });
    expect(events.status).toBe(404);
    await expect(requireGuest(other.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The members' autosave knows no guests: not signed in.
    expect((await save(plan.id, mission("Als Mitglied?"), memberChanges)).status).toBe(401);

    clientRequest.cookies.delete(GUEST_COOKIE);
    expect((await save(plan.id, mission("Ohne Gastzugang"))).status).toBe(404);
    clientRequest.cookies.set(GUEST_COOKIE, "A".repeat(43));
    expect((await save(plan.id, mission("Geraten"))).status).toBe(404);
  });

  it("members' edits still work as before next to guests", async () => {
    const { admin, plan } = await workshop();
    await applyChange(admin, plan.id, mission("Vom Mitglied"));
    expect(await loadLiveValue(plan.id, "start.mission")).toMatchObject({ by: "Test Admin", byGuest: false });
  });
});

describe("guest dot votes", () => {
  it("guests place their own dots in a running round, counted with members'; running it is not theirs", async () => {
    const { admin, plan, link } = await workshop();
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) {
      const id = randomUUID();
      await applyChange(admin, plan.id, { op: "addItem", list: "deficits.deficits", itemId: id });
      ids.push(id);
    }
    const [first, second] = ids as [string, string];
    await join(link.token);
    // No round yet: nothing to vote in.
    expect((await save(plan.id, { itemId: first, dots: 1 }, guestDotVotes)).status).toBe(409);

    await runDotVoteCommand(admin, plan.id, {
      op: "start",
      list: "deficits.deficits",
      dots: 2,
      hideTotals: false,
    });
    // Voting is not editing: it works although no step is open to guests.
    const voted = await save(plan.id, { itemId: second, dots: 2 }, guestDotVotes);
    expect(voted.status).toBe(200);
    expect(await voted.json()).toMatchObject({ round: { mine: { [second]: 2 }, totals: { [second]: 2 } } });
    expect((await save(plan.id, { itemId: first, dots: 1 }, guestDotVotes)).status).toBe(409);
    await castDots(memberVoter(admin), plan.id, { itemId: first, dots: 1 });
    // A second guest has dots of their own.
    await join(link.token, "Gast Gero");
    expect((await save(plan.id, { itemId: second, dots: 1 }, guestDotVotes)).status).toBe(200);
    const round = await loadDotVote(plan.id);
    expect(round?.votes.map((vote) => [vote.participant.slice(0, 2), vote.dots]).sort()).toEqual([
      ["g:", 1],
      ["g:", 2],
      ["u:", 1],
    ]);
    // Facilitating is for members who may edit: a guest's command is only ever read as a vote.
    expect((await save(plan.id, { op: "end" }, guestDotVotes)).status).toBe(400);

    await revokeWorkshopLink(admin, plan.id, link.id);
    const after = await save(plan.id, { itemId: first, dots: 1 }, guestDotVotes);
    expect(after.status).toBe(403);
  });
});
