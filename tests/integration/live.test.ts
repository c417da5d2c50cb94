import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openLiveSession } from "@/lib/access/live";
import { removeMember } from "@/lib/access/members";
import { applyChange } from "@/lib/access/plan-content";
import { createPlan } from "@/lib/access/plans";
import { getDatabase, getPrisma } from "@/lib/db/client";
import { postgresListen } from "@/lib/db/listener";
import type { TLiveNotice } from "@/lib/live/events";
import { updateInstitutionSettings } from "@/lib/access/institution-settings";
import { LiveHub } from "@/lib/live/hub";
import { liveStream } from "@/lib/live/stream";
import { createInstitutionWithAdmin, createMember, saveField } from "../support/factories";
import { collectEvents, type SseEvent } from "../support/sse";

/**
 * An app instance's fan-out: on PostgreSQL a hub with its own LISTEN connection, exactly as each
 * `next start` process has one; on the embedded database (one process by nature) a hub on PGlite's
 * in-process listener. Writes go through the app's own database client, so on PostgreSQL a change
 * travels through the database from one connection to another.
 */
const url = process.env.DATABASE_URL;
const hubs: LiveHub[] = [];
function instance(): LiveHub {
  const hub = new LiveHub(
    url
      ? postgresListen(url)
      : async (channel, onPayload) => (await getDatabase()).listen(channel, onPayload),
  );
  hubs.push(hub);
  return hub;
}
// Opening (and on the embedded database, migrating) takes a while: not part of any test.
beforeAll(async () => {
  await getDatabase();
});
afterAll(async () => {
  await Promise.all(hubs.map((hub) => hub.close()));
});

async function workshop() {
  const { admin, institution } = await createInstitutionWithAdmin();
  const plan = await createPlan(admin, institution.slug, "Workshop-Plan");
  const consultant = await createMember(institution.id, "CONSULTANT");
  return { admin, institution, plan, consultant };
}

async function openStream(hub: LiveHub, userId: string, planId: string, step = "start" as const) {
  const session = await openLiveSession({ userId }, planId, step);
  const abort = new AbortController();
  const stream = collectEvents(liveStream(session, { hub, signal: abort.signal, heartbeatMs: 60_000 }));
  await stream.next((e) => e.event === "hello");
  return { session, stream, close: () => abort.abort() };
}

type Person = { connectionId: string; name: string; step: string };
const people = (event: SseEvent) => (event.data as { people: Person[] }).people;

describe("live co-editing across app instances", () => {
  it("an edit saved through one instance reaches a subscriber of another, with who made it", async () => {
    const { admin, plan, consultant } = await workshop();
    const b = await openStream(instance(), consultant.userId, plan.id);

    await saveField(admin, plan.id, "start.mission", "Wir begleiten Familien.");
    const event = await b.stream.next((e) => e.event === "value");
    expect(event.data).toMatchObject({
      key: "start.mission",
      value: "Wir begleiten Familien.",
      by: "Test Admin",
    });

    const item = randomUUID();
    await applyChange(admin, plan.id, { op: "addItem", list: "goals.goals", itemId: item });
    const items = await b.stream.next((e) => e.event === "items");
    expect(items.data).toMatchObject({ list: "goals.goals", items: [{ id: item }] });
    b.close();
  });

  it("does not echo a change to the connection that made it", async () => {
    const { plan, consultant } = await workshop();
    const b = await openStream(instance(), consultant.userId, plan.id);
    await saveField(consultant, plan.id, "start.mission", "Eigene", 0, {
      origin: b.session.connectionId,
    });
    await saveField(consultant, plan.id, "start.experiences", "Fremde");
    const event = await b.stream.next((e) => e.event === "value");
    expect(event.data).toMatchObject({ key: "start.experiences" });
    expect(b.stream.events.filter((e) => e.event === "value")).toHaveLength(1);
    b.close();
  });

  it("a field saved again (the usual autosave) reaches others with its new revision, not its own tab", async () => {
    const { admin, plan, consultant } = await workshop();
    const first = await saveField(admin, plan.id, "start.mission", "Erste Fassung");
    const b = await openStream(instance(), consultant.userId, plan.id);
    const a = await openStream(instance(), admin.userId, plan.id);
    const second = await saveField(admin, plan.id, "start.mission", "Zweite Fassung", first.revision, {
      origin: a.session.connectionId,
    });
    const event = await b.stream.next((e) => e.event === "value");
    expect(event.data).toMatchObject({
      key: "start.mission",
      value: "Zweite Fassung",
      revision: second.revision,
      by: "Test Admin",
    });
    await saveField(consultant, plan.id, "start.experiences", "Von der Beraterin");
    await a.stream.next((e) => e.event === "value");
    expect(
      a.stream.events.filter((e) => e.event === "value").map((e) => (e.data as { key: string }).key),
    ).toEqual(["start.experiences"]);
    a.close();
    b.close();
  });

  it("a corrected institution type tells everyone with one of its plans open to reload it; a new name alone does not", async () => {
    const { admin, institution, plan, consultant } = await workshop();
    const b = await openStream(instance(), consultant.userId, plan.id);
    await updateInstitutionSettings(admin, institution.slug, { name: "Neuer Name", type: "YOUTH_WELFARE" });
    await updateInstitutionSettings(admin, institution.slug, { name: "Neuer Name", type: "MUNICIPALITY" });
    await b.stream.next((e) => e.event === "plan");
    // An edit after both arrives after anything they sent: then count.
    await saveField(admin, plan.id, "start.mission", "Danach");
    await b.stream.next((e) => e.event === "value");
    expect(b.stream.events.filter((e) => e.event === "plan")).toHaveLength(1);
    b.close();
  });

  it("an edit that reopens an approved plan tells everyone who has it open, once", async () => {
    const { admin, plan, consultant } = await workshop();
    const first = await saveField(admin, plan.id, "start.mission", "Freigegebene Fassung");
    const prisma = await getPrisma();
    // How a plan gets approved is tested in approval.test.ts; here only its outcome matters.
    const approve = () => prisma.plan.update({ where: { id: plan.id }, data: { status: "APPROVED" } });
    await approve();
    const b = await openStream(instance(), consultant.userId, plan.id);
    const a = await openStream(instance(), admin.userId, plan.id);
    // The plan's notice and the value's may come in either order.
    const seen = (key: string) => (all: SseEvent[]) =>
      all.some((e) => e.event === "value" && (e.data as { key: string }).key === key);
    const planNotices = (all: SseEvent[]) => all.filter((e) => e.event === "plan").length;

    // A field saved before (the autosave's one-statement path) reopens the plan; the tab that
    // made the edit knows already.
    await saveField(admin, plan.id, "start.mission", "Neue Fassung", first.revision, {
      origin: a.session.connectionId,
    });
    await b.stream.until((all) => seen("start.mission")(all) && planNotices(all) === 1);
    // Editing the draft says nothing more about the plan.
    await saveField(admin, plan.id, "start.experiences", "Weitere Änderung");
    await b.stream.until(seen("start.experiences"));
    await a.stream.until(seen("start.experiences"));
    expect(planNotices(b.stream.events)).toBe(1);
    expect(planNotices(a.stream.events)).toBe(0);
    a.close();

    // Adding a list item to an approved plan reopens it just the same.
    await approve();
    await applyChange(admin, plan.id, { op: "addItem", list: "goals.goals", itemId: randomUUID() });
    await b.stream.until((all) => all.some((e) => e.event === "items") && planNotices(all) === 2);
    b.close();
  });

  it("a page that only follows the plan (its overview) is not shown as present, and hears it reopen", async () => {
    const { admin, plan, consultant } = await workshop();
    const first = await saveField(admin, plan.id, "start.mission", "Freigegebene Fassung");
    const prisma = await getPrisma();
    await prisma.plan.update({ where: { id: plan.id }, data: { status: "APPROVED" } });
    const following = await openLiveSession({ userId: consultant.userId }, plan.id, "start", {
      present: false,
    });
    const abort = new AbortController();
    const overview = collectEvents(
      liveStream(following, { hub: instance(), signal: abort.signal, heartbeatMs: 60_000 }),
    );
    await overview.next((e) => e.event === "hello");

    const editor = await openStream(instance(), admin.userId, plan.id);
    const present = await editor.stream.next((e) => e.event === "presence");
    expect(people(present).map((p) => p.name)).toEqual(["Test Admin"]);

    await saveField(admin, plan.id, "start.mission", "Neue Fassung", first.revision);
    await overview.next((e) => e.event === "plan");
    abort.abort();
    editor.close();
  });

  it("a page that only follows the plan hears a burst of edits as one change, without their contents", async () => {
    const { admin, plan, consultant } = await workshop();
    const following = await openLiveSession({ userId: consultant.userId }, plan.id, "start", {
      present: false,
    });
    const abort = new AbortController();
    // Long enough that the three saves below fall into one interval on any machine.
    const overview = collectEvents(
      liveStream(following, {
        hub: instance(),
        signal: abort.signal,
        heartbeatMs: 60_000,
        changedIntervalMs: 4_000,
      }),
    );
    await overview.next((e) => e.event === "hello");

    const mission = await saveField(admin, plan.id, "start.mission", "Unser Auftrag");
    await saveField(admin, plan.id, "start.experiences", "Bisherige Erfahrungen");
    await applyChange(admin, plan.id, { op: "addItem", list: "goals.goals", itemId: randomUUID() });
    await overview.next((e) => e.event === "changed");
    // A later edit is told again.
    await saveField(admin, plan.id, "start.mission", "Unser neuer Auftrag", mission.revision);
    await overview.until((all) => all.filter((e) => e.event === "changed").length === 2);
    expect(overview.events.map((e) => e.event)).toEqual(["hello", "changed", "changed"]);
    abort.abort();
  });

  it("a page that only follows the plan catches up once the server's listener reconnects", async () => {
    const { plan, consultant } = await workshop();
    let reconnected = () => {};
    const hub = new LiveHub(async (_channel, _onPayload, onResync) => {
      reconnected = onResync ?? reconnected;
      return async () => {};
    });
    hubs.push(hub);
    const following = await openLiveSession({ userId: consultant.userId }, plan.id, "start", {
      present: false,
    });
    const abort = new AbortController();
    const overview = collectEvents(
      liveStream(following, { hub, signal: abort.signal, heartbeatMs: 60_000, changedIntervalMs: 10 }),
    );
    await overview.next((e) => e.event === "hello");
    // Edits saved while the listener was away were never heard; the reconnection says so.
    reconnected();
    await overview.next((e) => e.event === "changed");
    abort.abort();
  });

  it("shows who is on the plan and on which step, and who left", async () => {
    const { admin, plan, consultant } = await workshop();
    const b = await openStream(instance(), consultant.userId, plan.id);
    const a = await openStream(instance(), admin.userId, plan.id, "goals" as "start");
    const both = await b.stream.next((e) => e.event === "presence" && people(e).length === 2);
    expect(people(both).map((p) => [p.name, p.step])).toEqual([
      ["Test Admin", "goals"],
      ["Test CONSULTANT", "start"],
    ]);
    a.close();
    const alone = await b.stream.next((e) => e.event === "presence" && people(e).length === 1);
    expect(people(alone)[0]).toMatchObject({ name: "Test CONSULTANT" });
    b.close();
    const prisma = await getPrisma();
    // Closing a stream removes its presence row (asynchronously, after the stream ended).
    await expect.poll(() => prisma.planPresence.count({ where: { planId: plan.id } })).toBe(0);
  });

  it("catches up on changes saved before the stream opened", async () => {
    const { admin, plan, consultant } = await workshop();
    const first = await saveField(admin, plan.id, "start.mission", "Alt");
    await saveField(admin, plan.id, "start.mission", "Neu", first.revision);
    const session = await openLiveSession({ userId: consultant.userId }, plan.id, "start");
    const abort = new AbortController();
    const stream = collectEvents(
      liveStream(session, { hub: instance(), signal: abort.signal, since: first.revision }),
    );
    const sync = await stream.next((e) => e.event === "sync");
    expect((sync.data as { values: { key: string; value: unknown }[] }).values).toEqual([
      expect.objectContaining({ key: "start.mission", value: "Neu" }),
    ]);
    abort.abort();
  });

  it("ends the stream of someone removed from the institution", async () => {
    const { admin, institution, plan, consultant } = await workshop();
    const b = await openStream(instance(), consultant.userId, plan.id);
    const prisma = await getPrisma();
    const membership = await prisma.membership.findFirstOrThrow({
      where: { userId: consultant.userId, institutionId: institution.id },
    });
    await removeMember(admin, institution.slug, membership.id);
    await b.stream.next((e) => e.event === "revoked");
    await b.stream.done;
    expect(b.stream.isEnded()).toBe(true);
  });

  it("refuses a stream to someone outside the institution", async () => {
    const { plan } = await workshop();
    const stranger = await createInstitutionWithAdmin();
    await expect(openLiveSession({ userId: stranger.admin.userId }, plan.id, "start")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("20 people making 50 edits each on their own fields: every edit is stored and announced", async () => {
    const { institution, plan, admin } = await workshop();
    const listener = instance();
    const notices: TLiveNotice[] = [];
    const unsubscribe = await listener.subscribe({
      planId: plan.id,
      institutionId: institution.id,
      onNotice: (notice) => {
        if (notice.t === "v") notices.push(notice);
      },
    });
    const observer = await openStream(instance(), admin.userId, plan.id);
    const fields = ["deficit", "measure", "owner"] as const;

    const clients = await Promise.all(
      Array.from({ length: 20 }, async (_, n) => {
        const person = await createMember(institution.id, "EDITOR", `editor${n}`);
        const item = randomUUID();
        await applyChange(person, plan.id, { op: "addItem", list: "deficits.deficits", itemId: item });
        return { n, person, item };
      }),
    );
    const results = await Promise.all(
      clients.map(async ({ n, person, item }) => {
        const revisions: Record<string, number> = {};
        const written: number[] = [];
        for (let edit = 0; edit < 50; edit++) {
          const key = `deficits.deficits.${item}.${fields[edit % fields.length]}`;
          const saved = await applyChange(person, plan.id, {
            op: "set",
            key,
            value: `Person ${n}, Änderung ${edit}`,
            baseRevision: revisions[key] ?? 0,
          });
          revisions[key] = saved.revision;
          written.push(saved.revision);
        }
        return { n, item, written };
      }),
    );

    const prisma = await getPrisma();
    const stored = await prisma.planValue.findMany({
      where: { planId: plan.id },
      select: { key: true, value: true },
    });
    const byKey = new Map(stored.map((row) => [row.key, row.value]));
    for (const { n, item } of results) {
      // The last edit of each field: 48, 49 and 47 for fields 0, 1 and 2.
      expect(byKey.get(`deficits.deficits.${item}.deficit`)).toBe(`Person ${n}, Änderung 48`);
      expect(byKey.get(`deficits.deficits.${item}.measure`)).toBe(`Person ${n}, Änderung 49`);
      expect(byKey.get(`deficits.deficits.${item}.owner`)).toBe(`Person ${n}, Änderung 47`);
    }
    const allRevisions = results.flatMap((r) => r.written);
    expect(new Set(allRevisions).size).toBe(1000);

    // Every saved edit was announced to the other instance, none twice.
    const announced = await (async () => {
      for (;;) {
        if (notices.length >= 1000) return notices;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    expect(new Set(announced.map((n) => (n.t === "v" ? n.r : -1)))).toEqual(new Set(allRevisions));

    // The observer's stream ends with exactly what is stored.
    const seen = await observer.stream.until((events) => {
      const latest = new Map<string, { revision: number; value: unknown }>();
      for (const event of events) {
        if (event.event !== "value") continue;
        const data = event.data as { key: string; revision: number; value: unknown };
        if ((latest.get(data.key)?.revision ?? -1) < data.revision) latest.set(data.key, data);
      }
      return latest.size === 60 && [...latest].every(([key, v]) => byKey.get(key) === v.value) && latest;
    });
    expect(seen.size).toBe(60);
    unsubscribe();
    observer.close();
    // A thousand serialised transactions: a limit against hangs on a loaded machine, not a benchmark.
  }, 300_000);

  it("the same field changed from the same revision: one is saved, every other is told, none is lost", async () => {
    const { institution, plan } = await workshop();
    const people = await Promise.all(
      Array.from({ length: 10 }, (_, n) => createMember(institution.id, "EDITOR", `same${n}`)),
    );
    const outcomes = await Promise.all(
      people.map(async (person, n) => {
        try {
          const saved = await saveField(person, plan.id, "start.mission", `Fassung ${n}`);
          return { n, saved: saved.revision };
        } catch (error) {
          return { n, conflict: error as { code: string; details: { value: unknown; revision: number } } };
        }
      }),
    );
    const saved = outcomes.filter((o) => "saved" in o);
    const conflicts = outcomes.filter((o) => "conflict" in o);
    expect(saved).toHaveLength(1);
    expect(conflicts).toHaveLength(9);
    const winner = `Fassung ${saved[0]!.n}`;
    for (const { conflict } of conflicts as {
      conflict: { details: { value: unknown; revision: number } };
    }[]) {
      expect(conflict).toMatchObject({
        code: "CONFLICT",
        details: { value: winner, revision: saved[0]!.saved },
      });
    }
    const prisma = await getPrisma();
    const stored = await prisma.planValue.findUniqueOrThrow({
      where: { planId_key: { planId: plan.id, key: "start.mission" } },
    });
    expect(stored.value).toBe(winner);

    // Each of the others chooses "keep mine" from what the conflict told them; they race again,
    // and again every write is either saved or reported, until all have been saved once.
    let pending = conflicts.map((c) => ({ n: c.n, base: c.conflict!.details.revision }));
    const savedInOrder: { n: number; revision: number }[] = [];
    while (pending.length) {
      const round = await Promise.all(
        pending.map(async ({ n, base }) => {
          try {
            const result = await saveField(people[n]!, plan.id, "start.mission", `Fassung ${n}`, base);
            savedInOrder.push({ n, revision: result.revision });
            return null;
          } catch (error) {
            const details = (error as { code: string; details: { revision: number } }).details;
            expect((error as { code: string }).code).toBe("CONFLICT");
            return { n, base: details.revision };
          }
        }),
      );
      const next = round.filter((r): r is { n: number; base: number } => r !== null);
      expect(next.length).toBeLessThan(pending.length);
      pending = next;
    }
    expect(savedInOrder.map((s) => s.n).sort((x, y) => x - y)).toEqual(
      conflicts.map((c) => c.n).sort((x, y) => x - y),
    );
    const last = savedInOrder.reduce((a, b) => (b.revision > a.revision ? b : a));
    const final = await prisma.planValue.findUniqueOrThrow({
      where: { planId_key: { planId: plan.id, key: "start.mission" } },
    });
    expect(final.value).toBe(`Fassung ${last.n}`);
  });
});
