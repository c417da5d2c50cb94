import { describe, expect, it } from "vitest";
import { getPlanDocumentSource } from "@/lib/access/plan-document";
import { applyChange, getPlanWithContent } from "@/lib/access/plan-content";
import { importPlan } from "@/lib/access/plan-import";
import { decidePlan, submitPlan } from "@/lib/access/plan-workflow";
import { createPlan } from "@/lib/access/plans";
import { getPrisma } from "@/lib/db/client";
import { writePrefill } from "@/lib/db/prefill";
import { renderDocumentHtml } from "@/lib/document/html";
import { buildDocument, documentContext } from "@/lib/document/model";
import { toPlanFile, type PlanFile } from "@/lib/document/plan-json";
import { canonicalJson } from "@/lib/strategy/content";
import { demoPlanContent } from "@/lib/strategy/demo-plan";
import { prefillRows } from "@/lib/strategy/template-rows";
import { createInstitutionWithAdmin, createMember, type TestActor } from "../support/factories";

async function demoPlan() {
  const { admin, institution } = await createInstitutionWithAdmin();
  const plan = await createPlan(admin, institution.slug, "Social-Media-Strategie 2027");
  const prisma = await getPrisma();
  await prisma.$transaction((tx) => writePrefill(tx, plan.id, prefillRows(demoPlanContent()), admin.userId));
  return { admin, institution, plan };
}

async function exportFile(
  actor: TestActor,
  planId: string,
  version: "draft" | number = "draft",
): Promise<PlanFile> {
  const { source, ref } = await getPlanDocumentSource(actor, planId, version);
  const file = toPlanFile({
    title: source.title,
    institution: source.institution.name,
    edition: ref,
    approvedAt: source.version?.approvedAt ?? null,
    strategy: source.strategy,
    exportedAt: source.generatedAt,
  });
  // Through text, as a download and an upload would carry it.
  return JSON.parse(JSON.stringify(file)) as PlanFile;
}

async function planCount(institutionId: string) {
  return (await getPrisma()).plan.count({ where: { institutionId } });
}

describe("plan files (JSON export and import)", () => {
  it("export → import → export gives the same content, also into another institution", async () => {
    const { admin, plan } = await demoPlan();
    const first = await exportFile(admin, plan.id);
    expect(first).toMatchObject({ format: "wegweiser-plan", version: 1, plan: { title: plan.title } });
    expect(first.content.goals.goals.length).toBeGreaterThan(0);

    const other = await createInstitutionWithAdmin();
    const imported = await importPlan(other.admin, other.institution.slug, JSON.stringify(first));
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    const second = await exportFile(other.admin, imported.planId);
    expect(canonicalJson(second.content)).toBe(canonicalJson(first.content));
    expect(second.plan.title).toBe(first.plan.title);
    // References between lists survive: the goal still serves the same target group.
    const goal = second.content.goals.goals[0]!;
    expect(second.content.start.targetGroups.map((g) => g.id)).toContain(goal.targetGroup);
  });

  it("exports an approved version as it was approved, while the draft moves on", async () => {
    const { admin, institution, plan } = await demoPlan();
    const director = await createMember(institution.id, "APPROVER");
    await submitPlan(admin, plan.id);
    await decidePlan(director, plan.id, { decision: "approve" });
    const version = await exportFile(admin, plan.id, 1);
    expect(version.source).toMatchObject({ edition: 1 });
    expect(version.source.approvedAt).toEqual(expect.any(String));
    const reimported = await importPlan(admin, institution.slug, JSON.stringify(version));
    expect(reimported.ok).toBe(true);
  });

  it("refuses foreign, broken and invalid files with a reason, and creates nothing", async () => {
    const { admin, institution, plan } = await demoPlan();
    const good = await exportFile(admin, plan.id);
    const before = await planCount(institution.id);
    const attempt = (text: string) => importPlan(admin, institution.slug, text);

    expect(await attempt("{ not json")).toEqual({ ok: false, error: "notJson" });
    expect(await attempt(JSON.stringify({ hello: "world" }))).toEqual({ ok: false, error: "foreign" });
    expect(await attempt(JSON.stringify({ ...good, version: 2 }))).toEqual({
      ok: false,
      error: "newerVersion",
      version: 2,
    });

    const tooLarge = structuredClone(good);
    tooLarge.content.goals.goals[0]!.target = -5;
    const unknownField = structuredClone(good) as unknown as { content: { start: Record<string, unknown> } };
    unknownField.content.start.secret = "x";
    const danglingRef = structuredClone(good);
    danglingRef.content.goals.goals[0]!.targetGroup = "no-such-item";
    const duplicateIds = structuredClone(good);
    duplicateIds.content.goals.goals[1]!.id = duplicateIds.content.goals.goals[0]!.id;

    for (const [name, file, code] of [
      ["negative target", tooLarge, "tooSmall"],
      ["unknown field", unknownField, "unknownField"],
      ["dangling reference", danglingRef, "unknownReference"],
      ["duplicate ids", duplicateIds, "duplicateId"],
    ] as const) {
      const result = await attempt(JSON.stringify(file));
      expect(result, name).toMatchObject({ ok: false, error: "invalid" });
      if (!result.ok && result.error === "invalid")
        expect(
          result.problems.map((p) => p.code),
          name,
        ).toContain(code);
    }
    const prototypeKey = JSON.stringify(good).replace('"start":{', '"start":{"__proto__":{"polluted":true},');
    expect(prototypeKey).toContain('"__proto__"');
    expect(await attempt(prototypeKey)).toMatchObject({ ok: false, error: "invalid" });
    expect(await attempt("x".repeat(1024 * 1024 + 1))).toEqual({ ok: false, error: "tooLarge" });
    expect(await planCount(institution.id)).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("a target group removed from the plan leaves its goals without one: exported, shown and imported", async () => {
    const { admin, plan } = await demoPlan();
    const { content } = await getPlanWithContent(admin, plan.id);
    const group = content.strategy.start.targetGroups[0]!;
    const servedBy = content.strategy.goals.goals.filter((goal) => goal.targetGroup === group.id);
    expect(servedBy.length).toBeGreaterThan(0);
    await applyChange(admin, plan.id, {
      op: "removeItem",
      list: "start.targetGroups",
      itemId: group.id,
      baseRevision: content.revisions[`start.targetGroups.${group.id}.name`]!,
    });
    const after = (await getPlanWithContent(admin, plan.id)).content.strategy;
    for (const goal of servedBy)
      expect(after.goals.goals.find((g) => g.id === goal.id)!.targetGroup).toBeNull();
    // The document names no target group that is gone ("Zielgruppe ?").
    const { source } = await getPlanDocumentSource(admin, plan.id, "draft");
    const html = renderDocumentHtml(buildDocument(source, await documentContext("de")));
    expect(html).not.toContain("Zielgruppe ?");
    // Its file can be imported again.
    const file = await exportFile(admin, plan.id);
    const other = await createInstitutionWithAdmin();
    expect((await importPlan(other.admin, other.institution.slug, JSON.stringify(file))).ok).toBe(true);
  });

  it("imports only where the user may create plans", async () => {
    const { admin, institution, plan } = await demoPlan();
    const text = JSON.stringify(await exportFile(admin, plan.id));
    const viewer = await createMember(institution.id, "VIEWER");
    await expect(importPlan(viewer, institution.slug, text)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const stranger = await createInstitutionWithAdmin();
    await expect(importPlan(stranger.admin, institution.slug, text)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(getPlanDocumentSource(stranger.admin, plan.id, "draft")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
