import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { listPresence, openLiveSession } from "@/lib/access/live";
import { applyChange, getPlanWithContent, loadStepItemTitles, writeChange } from "@/lib/access/plan-content";
import { createPlan, listPlans } from "@/lib/access/plans";
import { getPrisma } from "@/lib/db/client";
import { createInstitutionWithAdmin, createMember, saveField } from "../support/factories";
import { holdTransaction } from "../support/held-transaction";

async function planWithEditor() {
  const { admin, institution } = await createInstitutionWithAdmin();
  const plan = await createPlan(admin, institution.slug, "Autosave-Plan");
  return { admin, institution, plan };
}

const itemId = () => randomUUID();

describe("autosave", () => {
  it("saves one field and nothing else, with a new revision", async () => {
    const { admin, plan } = await planWithEditor();
    const first = await saveField(admin, plan.id, "start.mission", "  Wir stärken junge Menschen.  ");
    expect(first.value).toBe("Wir stärken junge Menschen.");
    const { content } = await getPlanWithContent(admin, plan.id);
    expect(content.strategy.start.mission).toBe("Wir stärken junge Menschen.");
    expect(content.strategy.start.experiences).toBeNull();
    expect(content.revisions["start.mission"]).toBe(first.revision);

    const prisma = await getPrisma();
    expect(await prisma.planValue.count({ where: { planId: plan.id } })).toBe(1);
  });

  it("refuses a write based on a stale revision and keeps the stored value", async () => {
    const { admin, plan } = await planWithEditor();
    const saved = await saveField(admin, plan.id, "start.mission", "Erste Fassung");
    await saveField(admin, plan.id, "start.mission", "Zweite Fassung", saved.revision);

    await expect(
      saveField(admin, plan.id, "start.mission", "Veraltete Fassung", saved.revision),
    ).rejects.toMatchObject({ code: "CONFLICT", details: { value: "Zweite Fassung" } });
    const { content } = await getPlanWithContent(admin, plan.id);
    expect(content.strategy.start.mission).toBe("Zweite Fassung");
  });

  it("an edit puts the plan at the top of the list and can empty a field again", async () => {
    const { admin, institution, plan } = await planWithEditor();
    const first = await saveField(admin, plan.id, "start.mission", "Erste Fassung");
    const later = await createPlan(admin, institution.slug, "Später angelegt");
    expect((await listPlans(admin, institution.slug)).plans.map((p) => p.id)).toEqual([later.id, plan.id]);

    const emptied = await saveField(admin, plan.id, "start.mission", "   ", first.revision);
    expect(emptied.value).toBeNull();
    expect((await listPlans(admin, institution.slug)).plans.map((p) => p.id)).toEqual([plan.id, later.id]);
    const { content } = await getPlanWithContent(admin, plan.id);
    expect(content.strategy.start.mission).toBeNull();
    expect(content.revisions["start.mission"]).toBe(emptied.revision);
  });

  it("adds, fills, moves and removes list items", async () => {
    const { admin, plan } = await planWithEditor();
    const a = itemId();
    const b = itemId();
    await applyChange(admin, plan.id, { op: "addItem", list: "goals.goals", itemId: a });
    const added = await applyChange(admin, plan.id, { op: "addItem", list: "goals.goals", itemId: b });
    await saveField(admin, plan.id, `goals.goals.${a}.title`, "Mehr Jugendliche erreichen");
    await saveField(admin, plan.id, `goals.goals.${b}.target`, 500);

    let { content } = await getPlanWithContent(admin, plan.id);
    expect(content.strategy.goals.goals.map((g) => g.id)).toEqual([a, b]);
    expect(content.strategy.goals.goals[0]?.title).toBe("Mehr Jugendliche erreichen");
    expect(content.strategy.goals.goals[1]?.target).toBe(500);

    await applyChange(admin, plan.id, {
      op: "moveItem",
      list: "goals.goals",
      itemId: b,
      position: 0,
      baseRevision: added.revision,
    });
    ({ content } = await getPlanWithContent(admin, plan.id));
    expect(content.strategy.goals.goals.map((g) => g.id)).toEqual([b, a]);

    await applyChange(admin, plan.id, {
      op: "removeItem",
      list: "goals.goals",
      itemId: a,
      // A removal is based on the newest revision seen of the item and its fields.
      baseRevision: Math.max(
        ...Object.entries(content.revisions)
          .filter(([key]) => key === `item:${a}` || key.includes(`.${a}.`))
          .map(([, revision]) => revision),
      ),
    });
    ({ content } = await getPlanWithContent(admin, plan.id));
    expect(content.strategy.goals.goals.map((g) => g.id)).toEqual([b]);
    const prisma = await getPrisma();
    expect(await prisma.planValue.count({ where: { planId: plan.id, itemId: a } })).toBe(0);
  });

  it("refuses invalid values and unknown fields and writes nothing", async () => {
    const { admin, plan } = await planWithEditor();
    const bad = [
      { op: "set", key: "start.mission", value: "x".repeat(4001), baseRevision: 0 },
      { op: "set", key: "resources.budgetPerYear", value: -5, baseRevision: 0 },
      { op: "set", key: "resources.budgetPerYear", value: "viel", baseRevision: 0 },
      { op: "set", key: "commitment.reviewCadence", value: "sometimes", baseRevision: 0 },
      { op: "set", key: "start.__proto__", value: "x", baseRevision: 0 },
      { op: "set", key: "nope.mission", value: "x", baseRevision: 0 },
      { op: "set", key: `goals.goals.${itemId()}.title`, value: "Ziel ohne Eintrag", baseRevision: 0 },
      { op: "addItem", list: "goals.unknown", itemId: itemId() },
      { op: "addItem", list: "goals.goals", itemId: "../evil" },
      { op: "drop", key: "start.mission" },
    ];
    for (const change of bad) {
      await expect(
        applyChange(admin, plan.id, change),
        JSON.stringify(change).slice(0, 80),
      ).rejects.toBeTruthy();
    }
    const prisma = await getPrisma();
    expect(await prisma.planValue.count({ where: { planId: plan.id } })).toBe(0);
    expect(await prisma.planItem.count({ where: { planId: plan.id } })).toBe(0);
    expect((await prisma.plan.findUniqueOrThrow({ where: { id: plan.id } })).revision).toBe(0);
  });

  it("accepts an explicit budget of 0 as an answer", async () => {
    const { admin, plan } = await planWithEditor();
    await saveField(admin, plan.id, "resources.budgetPerYear", 0);
    const { content } = await getPlanWithContent(admin, plan.id);
    expect(content.strategy.resources.budgetPerYear).toBe(0);
  });

  it("refuses writes by viewers and approvers, and by other institutions", async () => {
    const { admin, institution, plan } = await planWithEditor();
    for (const role of ["VIEWER", "APPROVER"] as const) {
      const reader = await createMember(institution.id, role);
      await expect(saveField(reader, plan.id, "start.mission", "Von außen")).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      expect((await getPlanWithContent(reader, plan.id)).content.strategy.start.mission).toBeNull();
    }
    const consultant = await createMember(institution.id, "CONSULTANT");
    await saveField(consultant, plan.id, "start.mission", "Im Workshop");

    const outsider = await createInstitutionWithAdmin();
    await expect(saveField(outsider.admin, plan.id, "start.mission", "Fremd", 1)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await getPlanWithContent(admin, plan.id)).content.strategy.start.mission).toBe("Im Workshop");
  });

  it("refuses edits while the plan is in review", async () => {
    const { admin, plan } = await planWithEditor();
    const prisma = await getPrisma();
    await prisma.plan.update({ where: { id: plan.id }, data: { status: "IN_REVIEW" } });
    await expect(saveField(admin, plan.id, "start.mission", "Zu spät")).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "planLocked",
    });
  });
});

describe("a step's item titles", () => {
  it("names the step's items in order, as the whole content does, and nothing of other steps", async () => {
    const { admin, plan } = await planWithEditor();
    const [a, b, c] = [itemId(), itemId(), itemId()];
    await applyChange(admin, plan.id, { op: "addItem", list: "goals.goals", itemId: a });
    await applyChange(admin, plan.id, { op: "addItem", list: "goals.goals", itemId: b, position: 0 });
    await applyChange(admin, plan.id, { op: "addItem", list: "start.targetGroups", itemId: c });
    for (const [key, value] of [
      [`goals.goals.${a}.title`, "Mehr Anfragen"],
      [`goals.goals.${a}.indicator`, "Anfragen pro Monat"],
      [`start.targetGroups.${c}.name`, "Eltern"],
      ["goals.leadershipExpectations", "Zweimal im Jahr berichten"],
    ])
      await applyChange(admin, plan.id, { op: "set", key, value, baseRevision: 0 });

    const titles = await loadStepItemTitles(plan.id, "goals");
    expect(titles.goals.goals).toEqual([
      expect.objectContaining({ id: b, title: null }),
      expect.objectContaining({ id: a, title: "Mehr Anfragen", indicator: null }),
    ]);
    const { content } = await getPlanWithContent(admin, plan.id);
    expect(titles.goals.goals.map((g) => [g.id, g.title])).toEqual(
      content.strategy.goals.goals.map((g) => [g.id, g.title]),
    );
    expect(titles.goals.leadershipExpectations).toBeNull();
    expect(titles.start.targetGroups).toEqual([]);
    expect((await loadStepItemTitles(plan.id, "start")).start.targetGroups).toEqual([
      expect.objectContaining({ id: c, name: "Eltern" }),
    ]);
  });
});

describe("conflicting moves and removals of list items", () => {
  /** A plan with one goal (with a title) that an editor and a consultant both have open. */
  async function sharedGoal() {
    const { admin, institution, plan } = await planWithEditor();
    const eva = await createMember(institution.id, "CONSULTANT");
    const goal = itemId();
    const added = await applyChange(admin, plan.id, { op: "addItem", list: "goals.goals", itemId: goal });
    const titled = await saveField(admin, plan.id, `goals.goals.${goal}.title`, "Mehr Jugendliche erreichen");
    return { admin, eva, plan, goal, itemRevision: added.revision, seen: titled.revision };
  }

  const goalIds = async (actor: { userId: string }, planId: string) =>
    (await getPlanWithContent(actor, planId)).content.strategy.goals.goals.map((g) => g.id);

  it("a move from a stale revision says who moved the item and where it is; retrying from there works", async () => {
    const { admin, eva, plan, goal, itemRevision } = await sharedGoal();
    const moved = await applyChange(eva, plan.id, {
      op: "moveItem",
      list: "goals.goals",
      itemId: goal,
      position: 7,
      baseRevision: itemRevision,
    });
    const refused = applyChange(admin, plan.id, {
      op: "moveItem",
      list: "goals.goals",
      itemId: goal,
      position: 3,
      baseRevision: itemRevision,
    });
    await expect(refused).rejects.toMatchObject({
      code: "CONFLICT",
      details: {
        reason: "moved",
        by: "Test CONSULTANT",
        revision: moved.revision,
        position: 7,
        values: { [`goals.goals.${goal}.title`]: { value: "Mehr Jugendliche erreichen" } },
      },
    });
    expect((await getPlanWithContent(admin, plan.id)).content.positions[goal]).toBe(7);
    await applyChange(admin, plan.id, {
      op: "moveItem",
      list: "goals.goals",
      itemId: goal,
      position: 3,
      baseRevision: moved.revision,
    });
    expect((await getPlanWithContent(admin, plan.id)).content.positions[goal]).toBe(3);
  });

  // On PGlite (one connection) the two are serialised anyway; on PostgreSQL the plan's row lock does it.
  it("two people moving the same item at the same moment: one move lands, the other is refused", async () => {
    const { admin, eva, plan, goal, itemRevision } = await sharedGoal();
    const move = (actor: { userId: string }, position: number) =>
      applyChange(actor, plan.id, {
        op: "moveItem",
        list: "goals.goals",
        itemId: goal,
        position,
        baseRevision: itemRevision,
      });
    const outcomes = await Promise.allSettled([move(admin, 3), move(eva, 7)]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = outcomes.find((o) => o.status === "rejected");
    expect(refused?.status === "rejected" && refused.reason).toMatchObject({
      code: "CONFLICT",
      details: { reason: "moved" },
    });
    const landed = outcomes[0]!.status === "fulfilled" ? 3 : 7;
    expect((await getPlanWithContent(admin, plan.id)).content.positions[goal]).toBe(landed);
  });

  it("removing an item someone else edited meanwhile conflicts and keeps it; removing anyway works", async () => {
    const { admin, eva, plan, goal, seen } = await sharedGoal();
    const edited = await saveField(eva, plan.id, `goals.goals.${goal}.indicator`, "Anmeldungen pro Monat");
    const refused = applyChange(admin, plan.id, {
      op: "removeItem",
      list: "goals.goals",
      itemId: goal,
      baseRevision: seen,
    });
    await expect(refused).rejects.toMatchObject({
      code: "CONFLICT",
      details: {
        reason: "edited",
        by: "Test CONSULTANT",
        revision: edited.revision,
        values: {
          [`goals.goals.${goal}.indicator`]: { value: "Anmeldungen pro Monat", revision: edited.revision },
        },
      },
    });
    expect(await goalIds(admin, plan.id)).toEqual([goal]);

    await applyChange(admin, plan.id, {
      op: "removeItem",
      list: "goals.goals",
      itemId: goal,
      baseRevision: edited.revision,
    });
    expect(await goalIds(admin, plan.id)).toEqual([]);
  });

  it("removing an item based on everything seen of it, own edits included, needs no decision", async () => {
    const { admin, plan, goal, seen } = await sharedGoal();
    await applyChange(admin, plan.id, {
      op: "removeItem",
      list: "goals.goals",
      itemId: goal,
      baseRevision: seen,
    });
    expect(await goalIds(admin, plan.id)).toEqual([]);
  });

  it("removing an item someone else moved meanwhile conflicts", async () => {
    const { admin, eva, plan, goal, itemRevision, seen } = await sharedGoal();
    await applyChange(eva, plan.id, {
      op: "moveItem",
      list: "goals.goals",
      itemId: goal,
      position: 9,
      baseRevision: itemRevision,
    });
    await expect(
      applyChange(admin, plan.id, {
        op: "removeItem",
        list: "goals.goals",
        itemId: goal,
        baseRevision: seen,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "moved", by: "Test CONSULTANT" } });
    expect(await goalIds(admin, plan.id)).toEqual([goal]);
  });

  it("an item someone else removed: removing it too is done; moving or editing it says it is gone", async () => {
    const { admin, eva, plan, goal, itemRevision, seen } = await sharedGoal();
    await applyChange(eva, plan.id, {
      op: "removeItem",
      list: "goals.goals",
      itemId: goal,
      baseRevision: seen,
    });
    const again = await applyChange(admin, plan.id, {
      op: "removeItem",
      list: "goals.goals",
      itemId: goal,
      baseRevision: itemRevision,
    });
    expect(again.alreadyRemoved).toBe(true);
    await expect(
      applyChange(admin, plan.id, {
        op: "moveItem",
        list: "goals.goals",
        itemId: goal,
        position: 1,
        baseRevision: itemRevision,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", messageKey: "itemGone" });
    await expect(
      saveField(admin, plan.id, `goals.goals.${goal}.title`, "Noch getippt", seen),
    ).rejects.toMatchObject({ code: "NOT_FOUND", messageKey: "itemGone" });

    // Restoring it with the same id and the person's values works (the wizard offers this).
    await applyChange(admin, plan.id, { op: "addItem", list: "goals.goals", itemId: goal });
    await saveField(admin, plan.id, `goals.goals.${goal}.title`, "Noch getippt");
    const { content } = await getPlanWithContent(admin, plan.id);
    expect(content.strategy.goals.goals).toMatchObject([{ id: goal, title: "Noch getippt" }]);
  });
});

/** Holds the plan's row lock in a transaction of its own, as a busy writer would, until released. */
async function holdPlanLock(planId: string) {
  return holdTransaction((tx) => tx.$executeRaw`SELECT 1 FROM "Plan" WHERE "id" = ${planId} FOR UPDATE`);
}

// A busy workshop queues its writers for the plan's row lock. A save that waits there longer than
// Prisma's default transaction limits (2 s to start, 5 s in all) must still land, not fail with 500.
// On PostgreSQL the save waits inside its transaction for the row lock; on PGlite (one connection)
// it waits for its transaction to start.
describe("a save queued behind a long-held lock on the plan", () => {
  it("lands once the lock is released", async () => {
    const { admin, plan } = await planWithEditor();
    const lock = await holdPlanLock(plan.id);
    const releasedLater = new Promise((resolve) => setTimeout(resolve, 6_000)).then(lock.release);
    const saved = await saveField(admin, plan.id, "start.mission", "Gespeichert nach dem Warten");
    await releasedLater;
    expect(saved.value).toBe("Gespeichert nach dem Warten");
    const { content } = await getPlanWithContent(admin, plan.id);
    expect(content.strategy.start.mission).toBe("Gespeichert nach dem Warten");
  });
});

// The next two run on PostgreSQL only: the embedded database has a single connection, which the
// lock's holder has anyway, so nobody else could do anything meanwhile there.

// A save holds the plan's row lock until it commits; rows that only refer to the plan need not wait.
describe.runIf(Boolean(process.env.DATABASE_URL))("a save holding the plan's lock", () => {
  it("does not keep someone from opening the plan meanwhile", async () => {
    const { admin, plan } = await planWithEditor();
    let inside!: () => void;
    let finish!: () => void;
    const holding = new Promise<void>((resolve) => (inside = resolve));
    const finished = new Promise<void>((resolve) => (finish = resolve));
    const save = writeChange(
      admin.userId,
      plan.id,
      { op: "set", key: "start.mission", value: "Während jemand öffnet", baseRevision: 0 },
      {
        member: admin.userId,
        recheck: async () => {
          inside();
          await finished;
        },
      },
    );
    // A save that fails before it holds the lock ends the test with its own error.
    await Promise.race([holding, save]);
    try {
      // Being shown as present is a row that refers to the plan.
      await openLiveSession(admin, plan.id, "start");
      expect((await listPresence(plan.id)).map((person) => person.name)).toEqual(["Test Admin"]);
    } finally {
      finish();
      await save.catch(() => undefined);
    }
    expect((await save).value).toBe("Während jemand öffnet");
  });
});

// A workshop's writers wait for the plan's lock in turn. On PostgreSQL each writer waiting in the
// database would hold one of the process's ten pooled connections, so a dozen of them left none for
// anyone else.
describe.runIf(Boolean(process.env.DATABASE_URL))("a dozen writers waiting for one plan's lock", () => {
  it("leave connections for other plans, and each of them lands once the lock is free", async () => {
    const busy = await planWithEditor();
    const other = await planWithEditor();
    const lock = await holdPlanLock(busy.plan.id);
    const goals = Array.from({ length: 12 }, () => randomUUID());
    const waiting = goals.map((itemId) =>
      applyChange(busy.admin, busy.plan.id, { op: "addItem", list: "goals.goals", itemId }),
    );

    try {
      // Meanwhile someone saves another plan, and gets through.
      const saved = await saveField(other.admin, other.plan.id, "start.mission", "Ein anderer Plan");
      expect(saved.value).toBe("Ein anderer Plan");
    } finally {
      await lock.release();
    }
    expect((await Promise.allSettled(waiting)).map((save) => save.status)).toEqual(
      goals.map(() => "fulfilled"),
    );
    const { content } = await getPlanWithContent(busy.admin, busy.plan.id);
    expect(content.strategy.goals.goals.map((goal) => goal.id).sort()).toEqual([...goals].sort());
  });
});
