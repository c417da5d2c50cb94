import { describe, expect, it } from "vitest";
import { createPlan, deletePlan, getPlan, listPlans, renamePlan } from "@/lib/access/plans";
import { decidePlan, submitPlan } from "@/lib/access/plan-workflow";
import { getPrisma } from "@/lib/db/client";
import { writePrefill } from "@/lib/db/prefill";
import { demoPlanContent } from "@/lib/strategy/demo-plan";
import { prefillRows } from "@/lib/strategy/template-rows";
import { createInstitutionWithAdmin, createMember, saveField } from "../support/factories";

async function twoInstitutions() {
  const a = await createInstitutionWithAdmin("Jugendhilfe Nord");
  const b = await createInstitutionWithAdmin("Stadt Süd");
  const planA = await createPlan(a.admin, a.institution.slug, "Strategie Nord");
  return { a, b, planA };
}

describe("plans", () => {
  it("creates, lists, renames and deletes a plan inside the institution", async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    const created = await createPlan(admin, institution.slug, "  Social-Media-Strategie 2027  ");
    expect(created.title).toBe("Social-Media-Strategie 2027");
    expect(created.status).toBe("DRAFT");

    const { plans } = await listPlans(admin, institution.slug);
    expect(plans.map((p) => p.title)).toEqual(["Social-Media-Strategie 2027"]);

    await renamePlan(admin, created.id, "Strategie 2028", institution.slug);
    expect((await getPlan(admin, created.id, institution.slug)).plan.title).toBe("Strategie 2028");

    await deletePlan(admin, created.id, institution.slug);
    expect((await listPlans(admin, institution.slug)).plans).toHaveLength(0);
  });

  it("refuses an empty or overlong title and writes nothing", async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    await expect(createPlan(admin, institution.slug, "   ")).rejects.toThrow();
    await expect(createPlan(admin, institution.slug, "x".repeat(161))).rejects.toThrow();
    expect((await listPlans(admin, institution.slug)).plans).toHaveLength(0);
  });

  it("answers 'not found' for another institution's plan, whichever way it is asked", async () => {
    const { a, b, planA } = await twoInstitutions();
    const notFound = { code: "NOT_FOUND" };
    await expect(getPlan(b.admin, planA.id)).rejects.toMatchObject(notFound);
    await expect(getPlan(b.admin, planA.id, b.institution.slug)).rejects.toMatchObject(notFound);
    await expect(getPlan(b.admin, planA.id, a.institution.slug)).rejects.toMatchObject(notFound);
    await expect(renamePlan(b.admin, planA.id, "Übernommen")).rejects.toMatchObject(notFound);
    await expect(deletePlan(b.admin, planA.id)).rejects.toMatchObject(notFound);
    await expect(listPlans(b.admin, a.institution.slug)).rejects.toMatchObject(notFound);
    await expect(createPlan(b.admin, a.institution.slug, "Fremder Plan")).rejects.toMatchObject(notFound);

    const prisma = await getPrisma();
    const unchanged = await prisma.plan.findUniqueOrThrow({ where: { id: planA.id } });
    expect(unchanged.title).toBe("Strategie Nord");
    expect(await prisma.plan.count({ where: { institutionId: a.institution.id } })).toBe(1);
  });

  it("lets viewers and approvers read but not create, rename or delete", async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    const plan = await createPlan(admin, institution.slug, "Plan");
    for (const role of ["VIEWER", "APPROVER"] as const) {
      const member = await createMember(institution.id, role);
      expect((await getPlan(member, plan.id, institution.slug)).role).toBe(role);
      await expect(createPlan(member, institution.slug, "Neu")).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(renamePlan(member, plan.id, "Neu")).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(deletePlan(member, plan.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });

  it("lets consultants edit but not delete", async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    const plan = await createPlan(admin, institution.slug, "Plan");
    const consultant = await createMember(institution.id, "CONSULTANT");
    await renamePlan(consultant, plan.id, "Workshop-Stand");
    await expect(deletePlan(consultant, plan.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("an editor deletes drafts, but a plan in review or approved once only an admin deletes", async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    const editor = await createMember(institution.id, "EDITOR");
    const director = await createMember(institution.id, "APPROVER");
    const draft = await createPlan(editor, institution.slug, "Entwurf");
    await deletePlan(editor, draft.id);

    const plan = await createPlan(admin, institution.slug, "Freigegeben");
    const prisma = await getPrisma();
    await prisma.$transaction((tx) =>
      writePrefill(tx, plan.id, prefillRows(demoPlanContent()), admin.userId),
    );
    const refused = { code: "FORBIDDEN", messageKey: "decidedPlanAdminsDelete" };
    await submitPlan(editor, plan.id);
    await expect(deletePlan(editor, plan.id)).rejects.toMatchObject(refused);
    await decidePlan(director, plan.id, { decision: "approve" });
    await expect(deletePlan(editor, plan.id)).rejects.toMatchObject(refused);
    // Edited again, the plan is a draft; its approved version still keeps it from the editor.
    await saveField(editor, plan.id, "start.mission", "Neu gefasst", 1);
    expect((await getPlan(editor, plan.id)).plan.status).toBe("DRAFT");
    await expect(deletePlan(editor, plan.id)).rejects.toMatchObject(refused);
    expect(await prisma.planVersion.count({ where: { planId: plan.id } })).toBe(1);
    await deletePlan(admin, plan.id);
    expect((await listPlans(admin, institution.slug)).plans).toHaveLength(0);
  });
});
