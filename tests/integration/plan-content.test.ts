import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { applyChange, getPlanWithContent } from "@/lib/access/plan-content";
import { createPlan } from "@/lib/access/plans";
import { getPrisma } from "@/lib/db/client";
import { createInstitutionWithAdmin, createMember } from "../support/factories";

async function planWithEditor() {
  const { admin, institution } = await createInstitutionWithAdmin();
  const plan = await createPlan(admin, institution.slug, "Autosave-Plan");
  return { admin, institution, plan };
}

const itemId = () => randomUUID();

describe("autosave", () => {
  it("saves one field and nothing else, with a new revision", async () => {
    const { admin, plan } = await planWithEditor();
    const first = await applyChange(admin, plan.id, {
      op: "set",
      key: "start.mission",
      value: "  Wir stärken junge Menschen.  ",
      baseRevision: 0,
    });
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
    const saved = await applyChange(admin, plan.id, {
      op: "set",
      key: "start.mission",
      value: "Erste Fassung",
      baseRevision: 0,
    });
    await applyChange(admin, plan.id, {
      op: "set",
      key: "start.mission",
      value: "Zweite Fassung",
      baseRevision: saved.revision,
    });

    await expect(
      applyChange(admin, plan.id, {
        op: "set",
        key: "start.mission",
        value: "Veraltete Fassung",
        baseRevision: saved.revision,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", details: { value: "Zweite Fassung" } });
    const { content } = await getPlanWithContent(admin, plan.id);
    expect(content.strategy.start.mission).toBe("Zweite Fassung");
  });

  it("adds, fills, moves and removes list items", async () => {
    const { admin, plan } = await planWithEditor();
    const a = itemId();
    const b = itemId();
    await applyChange(admin, plan.id, { op: "addItem", list: "goals.goals", itemId: a });
    const added = await applyChange(admin, plan.id, { op: "addItem", list: "goals.goals", itemId: b });
    await applyChange(admin, plan.id, {
      op: "set",
      key: `goals.goals.${a}.title`,
      value: "Mehr Jugendliche erreichen",
      baseRevision: 0,
    });
    await applyChange(admin, plan.id, {
      op: "set",
      key: `goals.goals.${b}.target`,
      value: 500,
      baseRevision: 0,
    });

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
      baseRevision: content.revisions[`item:${a}`]!,
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
    await applyChange(admin, plan.id, {
      op: "set",
      key: "resources.budgetPerYear",
      value: 0,
      baseRevision: 0,
    });
    const { content } = await getPlanWithContent(admin, plan.id);
    expect(content.strategy.resources.budgetPerYear).toBe(0);
  });

  it("refuses writes by viewers and approvers, and by other institutions", async () => {
    const { admin, institution, plan } = await planWithEditor();
    for (const role of ["VIEWER", "APPROVER"] as const) {
      const reader = await createMember(institution.id, role);
      await expect(
        applyChange(reader, plan.id, {
          op: "set",
          key: "start.mission",
          value: "Von außen",
          baseRevision: 0,
        }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      expect((await getPlanWithContent(reader, plan.id)).content.strategy.start.mission).toBeNull();
    }
    const consultant = await createMember(institution.id, "CONSULTANT");
    await applyChange(consultant, plan.id, {
      op: "set",
      key: "start.mission",
      value: "Im Workshop",
      baseRevision: 0,
    });

    const outsider = await createInstitutionWithAdmin();
    await expect(
      applyChange(outsider.admin, plan.id, {
        op: "set",
        key: "start.mission",
        value: "Fremd",
        baseRevision: 1,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getPlanWithContent(admin, plan.id)).content.strategy.start.mission).toBe("Im Workshop");
  });

  it("refuses edits while the plan is in review", async () => {
    const { admin, plan } = await planWithEditor();
    const prisma = await getPrisma();
    await prisma.plan.update({ where: { id: plan.id }, data: { status: "IN_REVIEW" } });
    await expect(
      applyChange(admin, plan.id, { op: "set", key: "start.mission", value: "Zu spät", baseRevision: 0 }),
    ).rejects.toMatchObject({ code: "CONFLICT", messageKey: "planLocked" });
  });
});
