import { describe, expect, it } from "vitest";
import { AutosaveQueue, type Change, type ItemState } from "@/lib/autosave/queue";

/** A fake browser: manual timers, in-memory storage, scripted server answers. */
function setup(
  answers: ((change: Change) => { status: number; body: unknown } | Error)[] = [],
  revisions = {},
  isSaved?: (key: string, value: unknown) => boolean,
) {
  const callbacks: {
    onValue?: (key: string, value: unknown) => void;
    onItemState?: (list: string, itemId: string, current: ItemState | null) => void;
  } = {};
  const sent: Change[] = [];
  const timers: { callback: () => void; ms: number; cancelled: boolean }[] = [];
  const store = new Map<string, string>();
  let online = true;
  let revision = 10;
  const queue = new AutosaveQueue(
    "unsaved:plan",
    revisions,
    {
      async send(change) {
        sent.push(structuredClone(change));
        const answer = answers.shift();
        if (answer) {
          const result = answer(change);
          if (result instanceof Error) throw result;
          return result;
        }
        revision += 1;
        return { status: 200, body: { revision } };
      },
      storage: {
        getItem: (k) => store.get(k) ?? null,
        setItem: (k, v) => void store.set(k, v),
        removeItem: (k) => void store.delete(k),
      },
      isOnline: () => online,
      schedule: (callback, ms) => {
        const timer = { callback, ms, cancelled: false };
        timers.push(timer);
        return timer;
      },
      cancel: (handle) => {
        (handle as { cancelled: boolean }).cancelled = true;
      },
      now: () => 0,
    },
    {
      onValue: (key, value) => callbacks.onValue?.(key, value),
      onItemState: (list, itemId, current) => callbacks.onItemState?.(list, itemId, current),
      isSaved,
    },
  );
  const runTimers = async () => {
    for (const timer of timers.splice(0)) if (!timer.cancelled) timer.callback();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  const pendingDelays = () => timers.filter((t) => !t.cancelled).map((t) => t.ms);
  return {
    queue,
    sent,
    store,
    runTimers,
    pendingDelays,
    callbacks,
    setOnline: (value: boolean) => (online = value),
  };
}

describe("autosave queue", () => {
  it("sends a field once after typing pauses, with the last value", async () => {
    const { queue, sent, runTimers } = setup();
    queue.setField("start.mission", "W");
    queue.setField("start.mission", "Wir");
    queue.setField("start.mission", "Wir helfen");
    expect(sent).toHaveLength(0);
    expect(queue.getSnapshot().status).toBe("saving");
    await runTimers();
    expect(sent).toEqual([{ op: "set", key: "start.mission", value: "Wir helfen", baseRevision: 0 }]);
    expect(queue.getSnapshot().status).toBe("saved");
    expect(queue.revision("start.mission")).toBe(11);
  });

  it("bases the next save of a field on the revision its previous save got", async () => {
    const { queue, sent, runTimers } = setup([], { "start.mission": 4 });
    queue.setField("start.mission", "eins");
    await runTimers();
    queue.setField("start.mission", "zwei");
    await runTimers();
    expect(sent.map((c) => ("baseRevision" in c ? c.baseRevision : null))).toEqual([4, 11]);
  });

  it("keeps unsaved changes in storage until the server confirms them", async () => {
    const { queue, store, runTimers } = setup([() => new Error("network down")]);
    queue.setField("start.mission", "nicht verlieren");
    expect(store.get("unsaved:plan")).toContain("nicht verlieren");
    await runTimers();
    expect(queue.getSnapshot().status).toBe("retrying");
    expect(store.get("unsaved:plan")).toContain("nicht verlieren");
    await runTimers();
    expect(queue.getSnapshot().status).toBe("saved");
    expect(store.has("unsaved:plan")).toBe(false);
  });

  it("keeps everything typed while the database is away (503) and saves it once it is back", async () => {
    const unavailable = () => ({
      status: 503,
      body: { error: "DATABASE_UNAVAILABLE", message: "databaseUnavailable" },
    });
    const { queue, sent, store, runTimers, pendingDelays } = setup(
      Array.from({ length: 8 }, () => unavailable),
    );
    queue.setField("start.mission", "vor dem Ausfall");
    await runTimers();
    expect(queue.getSnapshot().status).toBe("retrying");
    // Typing goes on during the outage; the later value replaces the earlier one's pending pause.
    queue.setField("start.situation", "während des Ausfalls");
    expect(store.get("unsaved:plan")).toContain("vor dem Ausfall");
    expect(store.get("unsaved:plan")).toContain("während des Ausfalls");
    for (let round = 0; round < 7; round++) await runTimers();
    // The server is cheap to ask while its database restarts: never more than 5 s between tries.
    expect(Math.max(...pendingDelays())).toBeLessThanOrEqual(5_000);
    expect(queue.getSnapshot().status).toBe("retrying");
    for (let round = 0; round < 4; round++) await runTimers();
    expect(queue.getSnapshot().status).toBe("saved");
    const lastValues = Object.fromEntries(sent.map((c) => (c.op === "set" ? [c.key, c.value] : [])));
    expect(lastValues).toEqual({
      "start.mission": "vor dem Ausfall",
      "start.situation": "während des Ausfalls",
    });
    expect(store.has("unsaved:plan")).toBe(false);
  });

  it("sends at once when the server is known to answer again, instead of waiting out the backoff", async () => {
    const { queue, sent, runTimers } = setup([() => new Error("app restarting")]);
    queue.resume();
    queue.setField("start.mission", "nach dem Neustart");
    await runTimers();
    expect(sent).toHaveLength(1);
    expect(queue.getSnapshot().status).toBe("retrying");
    queue.resume();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(sent).toHaveLength(2);
    expect(queue.getSnapshot().status).toBe("saved");
  });

  it("restores and resends what a previous visit could not save", async () => {
    const first = setup([() => new Error("offline")]);
    first.queue.setField("goals.leadershipExpectations", "mehr Sichtbarkeit");
    await first.runTimers();
    const saved = first.store.get("unsaved:plan")!;

    const second = setup();
    second.store.set("unsaved:plan", saved);
    const restored = second.queue.restore();
    expect(restored).toEqual([
      { op: "set", key: "goals.leadershipExpectations", value: "mehr Sichtbarkeit", baseRevision: 0 },
    ]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(second.sent).toHaveLength(1);
  });

  it("keeps a value that is not valid yet across a visit, shown again but never sent", async () => {
    const first = setup();
    first.queue.setField("goals.goals.g1.target", "abc", false);
    first.queue.flushNow();
    await first.runTimers();
    expect(first.sent).toEqual([]);
    const saved = first.store.get("unsaved:plan")!;

    const second = setup();
    second.store.set("unsaved:plan", saved);
    expect(second.queue.restore()).toEqual([
      { op: "set", key: "goals.goals.g1.target", value: "abc", baseRevision: 0 },
    ]);
    second.queue.flushNow();
    await second.runTimers();
    expect(second.sent).toEqual([]);
    expect(second.queue.getSnapshot().status).not.toBe("failed");
    // The status line counts it from the start of the visit.
    expect(second.queue.getSnapshot().held).toBe(1);
    // Corrected, it is sent.
    second.queue.setField("goals.goals.g1.target", 12);
    await second.runTimers();
    expect(second.sent).toEqual([{ op: "set", key: "goals.goals.g1.target", value: 12, baseRevision: 0 }]);
  });

  it("forgets an invalid input held in an entry once the entry is removed", async () => {
    const { queue, store, runTimers } = setup();
    queue.setField("goals.goals.g1.target", "abc", false);
    expect(queue.getSnapshot().held).toBe(1);
    queue.removeItem("goals.goals", "g1");
    expect(queue.getSnapshot().held).toBe(0);
    await runTimers();
    expect(store.get("unsaved:plan") ?? "").not.toContain("abc");
  });

  it("does not send again what reached the server though its answer did not reach the page", async () => {
    const first = setup();
    first.queue.setField("start.mission", "Fassung A");
    first.queue.setField("goals.leadershipExpectations", "mehr Sichtbarkeit");
    const saved = first.store.get("unsaved:plan")!;

    // The next visit comes with the mission saved (at a newer revision) but not the expectations.
    const onServer: Record<string, unknown> = { "start.mission": "Fassung A" };
    const second = setup([], { "start.mission": 3 }, (key, value) => onServer[key] === value);
    second.store.set("unsaved:plan", saved);
    expect(second.queue.restore()).toEqual([
      { op: "set", key: "goals.leadershipExpectations", value: "mehr Sichtbarkeit", baseRevision: 0 },
    ]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(second.sent.map((change) => change.op === "set" && change.key)).toEqual([
      "goals.leadershipExpectations",
    ]);
    expect(second.store.has("unsaved:plan")).toBe(false);

    // A value someone else saved meanwhile is not mine: it is sent, and the server reports the conflict.
    const third = setup([], { "start.mission": 3 }, () => false);
    third.store.set("unsaved:plan", saved);
    expect(third.queue.restore()).toHaveLength(2);
  });

  it("reports a conflict instead of overwriting, and lets the user decide", async () => {
    const { queue, sent, runTimers, callbacks } = setup([
      () => ({
        status: 409,
        body: { error: "CONFLICT", message: "staleRevision", details: { revision: 7, value: "Fassung B" } },
      }),
    ]);
    let theirs: unknown;
    callbacks.onValue = (_key, value) => (theirs = value);
    queue.setField("start.mission", "Fassung A");
    await runTimers();
    expect(queue.getSnapshot().conflicts).toEqual([
      { key: "start.mission", mine: "Fassung A", theirs: "Fassung B", revision: 7 },
    ]);

    queue.resolveConflict("start.mission", "mine");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(sent.at(-1)).toEqual({ op: "set", key: "start.mission", value: "Fassung A", baseRevision: 7 });
    expect(queue.getSnapshot().conflicts).toEqual([]);
    expect(theirs).toBeUndefined();
  });

  it("lets the user merge both texts of a conflict and saves the merged one", async () => {
    const { queue, sent, runTimers, callbacks } = setup([
      () => ({
        status: 409,
        body: { error: "CONFLICT", message: "staleRevision", details: { revision: 7, value: "Fassung B" } },
      }),
    ]);
    let shown: unknown;
    callbacks.onValue = (_key, value) => (shown = value);
    queue.setField("start.mission", "Fassung A");
    await runTimers();
    queue.resolveConflict("start.mission", "merged", "Fassung B\n\nFassung A");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(shown).toBe("Fassung B\n\nFassung A");
    expect(sent.at(-1)).toEqual({
      op: "set",
      key: "start.mission",
      value: "Fassung B\n\nFassung A",
      baseRevision: 7,
    });
    expect(queue.getSnapshot().conflicts).toEqual([]);
  });

  it("adopts newer revisions of others' changes only, and knows which units are unsent", async () => {
    const { queue, sent, runTimers } = setup([], { "start.mission": 3 });
    expect(queue.adopt("start.mission", 2)).toBe(false);
    expect(queue.adopt("start.mission", 5)).toBe(true);
    expect(queue.revision("start.mission")).toBe(5);
    queue.setField("start.mission", "Neu");
    expect(queue.isPending("start.mission")).toBe(true);
    expect(queue.isPending("start.experiences")).toBe(false);
    await runTimers();
    expect(sent.at(-1)).toMatchObject({ baseRevision: 5 });
    expect(queue.isPending("start.mission")).toBe(false);
  });

  it("does not send invalid values but keeps them locally", async () => {
    const { queue, sent, store, runTimers } = setup();
    queue.setField("resources.budgetPerYear", "viel", false);
    await runTimers();
    expect(sent).toHaveLength(0);
    expect(store.get("unsaved:plan")).toContain("viel");
    // The status line says it is not saved, rather than keep saying "Gespeichert".
    expect(queue.getSnapshot().held).toBe(1);
    queue.setField("resources.budgetPerYear", 1200);
    expect(queue.getSnapshot().held).toBe(0);
    await runTimers();
    expect(sent).toHaveLength(1);
  });

  it("waits while offline and sends when the connection is back", async () => {
    const { queue, sent, runTimers, setOnline } = setup();
    setOnline(false);
    queue.setField("start.mission", "offline getippt");
    await runTimers();
    expect(sent).toHaveLength(0);
    expect(queue.getSnapshot().status).toBe("offline");
    setOnline(true);
    queue.retry();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(sent).toHaveLength(1);
  });

  it("sends list operations in order, with the item's revision", async () => {
    const { queue, sent } = setup();
    queue.addItem("goals.goals", "a");
    await new Promise((resolve) => setTimeout(resolve, 0));
    queue.moveItem("goals.goals", "a", 0.5);
    await new Promise((resolve) => setTimeout(resolve, 0));
    queue.removeItem("goals.goals", "a");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(sent.map((c) => c.op)).toEqual(["addItem", "moveItem", "removeItem"]);
    expect(sent[1]).toMatchObject({ baseRevision: 11 });
    expect(sent[2]).toMatchObject({ baseRevision: 12 });
  });

  describe("list item conflicts", () => {
    const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
    const title = "goals.goals.a.title";
    const stale = (details: object) => () => ({
      status: 409,
      body: { error: "CONFLICT", message: "staleRevision", details },
    });
    const gone = () => ({ status: 404, body: { error: "NOT_FOUND", message: "itemGone" } });
    const now: ItemState = {
      position: 7,
      itemRevision: 20,
      values: { [title]: { value: "Evas Titel", revision: 21 } },
    };

    it("bases a removal on the newest revision seen of the item and its fields", async () => {
      const { queue, sent } = setup([], { "item:a": 4, [title]: 9, "goals.goals.b.title": 30 });
      queue.removeItem("goals.goals", "a");
      await tick();
      expect(sent).toEqual([{ op: "removeItem", list: "goals.goals", itemId: "a", baseRevision: 9 }]);
    });

    it("a move that met someone else's move asks; keeping mine sends it again from the current revision", async () => {
      const { queue, sent } = setup([stale({ revision: 20, reason: "moved", by: "Eva", ...now })], {
        "item:a": 4,
      });
      queue.moveItem("goals.goals", "a", 0.5);
      expect(queue.isItemBusy("a")).toBe(true);
      await tick();
      expect(queue.getSnapshot().itemConflicts).toMatchObject([
        { itemId: "a", reason: "moved", by: "Eva", action: "move", revision: 20 },
      ]);
      expect(queue.getSnapshot().errors).toEqual({});
      expect(queue.isItemBusy("a")).toBe(true);

      queue.resolveItemConflict("a", "mine");
      await tick();
      expect(sent.at(-1)).toEqual({
        op: "moveItem",
        list: "goals.goals",
        itemId: "a",
        position: 0.5,
        baseRevision: 20,
      });
      expect(queue.getSnapshot().itemConflicts).toEqual([]);
      expect(queue.isItemBusy("a")).toBe(false);
    });

    it("a removal that met someone else's edit: taking theirs drops it and shows the item as it is now", async () => {
      const { queue, sent, callbacks } = setup(
        [stale({ revision: 21, reason: "edited", by: "Eva", ...now })],
        {
          "item:a": 4,
          [title]: 5,
        },
      );
      const shown: unknown[] = [];
      callbacks.onItemState = (list, itemId, current) => shown.push({ list, itemId, current });
      queue.removeItem("goals.goals", "a");
      await tick();
      expect(queue.getSnapshot().itemConflicts).toMatchObject([{ reason: "edited", action: "remove" }]);

      queue.resolveItemConflict("a", "theirs");
      await tick();
      expect(shown).toEqual([{ list: "goals.goals", itemId: "a", current: now }]);
      expect(sent).toHaveLength(1);
      // Later edits of the item are based on what is stored now.
      expect(queue.revision(title)).toBe(21);
      expect(queue.revision("item:a")).toBe(20);
    });

    it("a removal that met someone else's edit: removing anyway is based on the current revision", async () => {
      const { queue, sent } = setup([stale({ revision: 21, reason: "edited", by: "Eva", ...now })], {
        "item:a": 4,
      });
      queue.removeItem("goals.goals", "a");
      await tick();
      queue.resolveItemConflict("a", "mine");
      await tick();
      expect(sent.at(-1)).toEqual({ op: "removeItem", list: "goals.goals", itemId: "a", baseRevision: 21 });
    });

    it("a removal queued while my own move of the item is on its way is no conflict with myself", async () => {
      const moved = {
        position: 0.5,
        itemRevision: 12,
        values: { [title]: { value: "Mein Titel", revision: 5 } },
      };
      const { queue, sent } = setup(
        [
          () => ({ status: 200, body: { revision: 12 } }),
          stale({ revision: 12, reason: "moved", by: "Ich", ...moved }),
        ],
        { "item:a": 4, [title]: 5 },
      );
      queue.moveItem("goals.goals", "a", 0.5);
      queue.removeItem("goals.goals", "a");
      await tick();
      await tick();
      expect(sent.map((c) => [c.op, "baseRevision" in c && c.baseRevision])).toEqual([
        ["moveItem", 4],
        ["removeItem", 5],
        ["removeItem", 12],
      ]);
      expect(queue.getSnapshot().itemConflicts).toEqual([]);
      expect(queue.getSnapshot().errors).toEqual({});
      expect(queue.getSnapshot().pending).toBe(0);
    });

    it("sends such a removal again only once: refused a second time, it asks", async () => {
      const moved = { position: 0.5, itemRevision: 12, values: {} };
      const ownAgain = stale({ revision: 12, reason: "moved", by: null, ...moved });
      const { queue, sent } = setup([() => ({ status: 200, body: { revision: 12 } }), ownAgain, ownAgain], {
        "item:a": 4,
      });
      queue.moveItem("goals.goals", "a", 0.5);
      queue.removeItem("goals.goals", "a");
      await tick();
      await tick();
      expect(sent.map((c) => c.op)).toEqual(["moveItem", "removeItem", "removeItem"]);
      expect(queue.getSnapshot().itemConflicts).toMatchObject([{ itemId: "a", action: "remove" }]);
    });

    it("a removal queued while my own edit is on its way still asks when someone else edited the item meanwhile", async () => {
      const indicator = "goals.goals.a.indicator";
      const meanwhile = {
        position: 1,
        itemRevision: 4,
        values: {
          [title]: { value: "Mein Titel", revision: 13 },
          [indicator]: { value: "Evas Kennzahl", revision: 12 },
        },
      };
      const { queue, sent, runTimers } = setup(
        [
          () => ({ status: 200, body: { revision: 13 } }),
          stale({ revision: 13, reason: "edited", by: "Eva", ...meanwhile }),
        ],
        { "item:a": 4, [title]: 5, [indicator]: 6 },
      );
      queue.setField(title, "Mein Titel");
      const editSent = runTimers();
      queue.removeItem("goals.goals", "a");
      await editSent;
      await tick();
      expect(sent.map((c) => [c.op, "baseRevision" in c && c.baseRevision])).toEqual([
        ["set", 5],
        ["removeItem", 6],
      ]);
      expect(queue.getSnapshot().itemConflicts).toMatchObject([
        { itemId: "a", reason: "edited", by: "Eva", action: "remove", revision: 13 },
      ]);
    });

    it("edits of an item someone removed are kept and can restore it with my values", async () => {
      const { queue, sent, runTimers } = setup([gone, gone], { "item:a": 4, [title]: 5 });
      queue.setField(title, "Mein Titel");
      queue.setField("goals.goals.a.indicator", "Meine Kennzahl");
      await runTimers();
      await tick();
      expect(queue.getSnapshot().itemConflicts).toMatchObject([
        {
          itemId: "a",
          reason: "removed",
          action: "edit",
          changes: [{ key: title }, { key: "goals.goals.a.indicator" }],
        },
      ]);
      expect(queue.getSnapshot().errors).toEqual({});
      expect(queue.isItemBusy("a")).toBe(true);

      queue.resolveItemConflict("a", "mine", { position: 3, values: { "goals.goals.a.unit": "Personen" } });
      await tick();
      expect(sent.slice(2)).toEqual([
        { op: "addItem", list: "goals.goals", itemId: "a", position: 3 },
        { op: "set", key: title, value: "Mein Titel", baseRevision: 0 },
        { op: "set", key: "goals.goals.a.indicator", value: "Meine Kennzahl", baseRevision: 0 },
        { op: "set", key: "goals.goals.a.unit", value: "Personen", baseRevision: 0 },
      ]);
      expect(queue.getSnapshot().itemConflicts).toEqual([]);
    });

    it("a move of an item someone removed: taking theirs lets it go", async () => {
      const { queue, sent, callbacks } = setup([gone], { "item:a": 4 });
      const shown: unknown[] = [];
      callbacks.onItemState = (list, itemId, current) => shown.push({ itemId, current });
      queue.moveItem("goals.goals", "a", 2);
      await tick();
      expect(queue.getSnapshot().itemConflicts).toMatchObject([{ reason: "removed", action: "move" }]);
      queue.resolveItemConflict("a", "theirs");
      await tick();
      expect(shown).toEqual([{ itemId: "a", current: null }]);
      expect(sent).toHaveLength(1);
      expect(queue.isItemBusy("a")).toBe(false);
    });
  });
});
