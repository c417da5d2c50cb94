import { getURLFromRedirectError } from "next/dist/client/components/redirect";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { describe, expect, it, vi } from "vitest";
import { decidePlanAction } from "@/app/(app)/institutions/[slug]/plans/[planId]/actions";
import { addStage } from "@/lib/access/approval-chain-settings";
import { submitPlan } from "@/lib/access/plan-workflow";
import { createPlan } from "@/lib/access/plans";
import { IDLE } from "@/lib/actions/form-state";
import { getPrisma } from "@/lib/db/client";
import { writePrefill } from "@/lib/db/prefill";
import { demoPlanContent } from "@/lib/strategy/demo-plan";
import { prefillRows } from "@/lib/strategy/template-rows";
import { createCompletePlan, createInstitutionWithAdmin, createMember } from "../support/factories";
import { session } from "../support/mock-actor";

// The real action, with Next's request context replaced and the signed-in person chosen here.
vi.mock("next/headers", () => import("../support/mock-next-headers"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next-intl/server", () => {
  const t = Object.assign((key: string) => key, { has: () => true });
  return { getTranslations: () => Promise.resolve(t), getLocale: () => Promise.resolve("de") };
});
vi.mock("@/lib/access/actor", () => import("../support/mock-actor"));

async function whereTheDecisionLeads(slug: string, planId: string, fields: Record<string, string> = {}) {
  const data = new FormData();
  for (const [key, value] of Object.entries({ slug, planId, decision: "approve", note: "", ...fields }))
    data.append(key, value);
  try {
    return await decidePlanAction(IDLE, data);
  } catch (error) {
    if (isRedirectError(error)) return getURLFromRedirectError(error);
    throw error;
  }
}

describe("deciding in an approval chain", () => {
  it("says a stage was passed, not that the plan is approved, until the last stage approves", async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    const lead = await createMember(institution.id, "APPROVER", "lead");
    const director = await createMember(institution.id, "APPROVER", "director");
    await addStage(admin, institution.slug, { name: "Kommunikation", memberIds: [lead.userId] });
    await addStage(admin, institution.slug, { name: "Geschäftsführung", memberIds: [director.userId] });
    const plan = await createPlan(admin, institution.slug, "Plan mit Kette");
    const prisma = await getPrisma();
    await prisma.$transaction((tx) =>
      writePrefill(tx, plan.id, prefillRows(demoPlanContent()), admin.userId),
    );
    await submitPlan(admin, plan.id);

    session.actor = { userId: lead.userId, email: lead.email, name: "Test APPROVER", locale: "de" };
    expect(await whereTheDecisionLeads(institution.slug, plan.id)).toBe(
      `/institutions/${institution.slug}/plans/${plan.id}?decided=stage`,
    );
    session.actor = { userId: director.userId, email: director.email, name: "Test APPROVER", locale: "de" };
    expect(await whereTheDecisionLeads(institution.slug, plan.id)).toBe(
      `/institutions/${institution.slug}/plans/${plan.id}?decided=approve`,
    );
    session.actor = null;
  });

  it("refuses the decision form sent with the revision read before the plan was changed and sent again", async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    const director = await createMember(institution.id, "APPROVER", "director");
    const plan = await createCompletePlan(admin, institution.slug, "Plan im Wandel");
    const prisma = await getPrisma();
    await submitPlan(admin, plan.id);
    const read = (await prisma.plan.findUniqueOrThrow({ where: { id: plan.id } })).revision;
    // Taken back, changed and sent again while the director read: the revision moves on.
    await prisma.plan.update({ where: { id: plan.id }, data: { revision: { increment: 1 } } });

    session.actor = { userId: director.userId, email: director.email, name: "Test APPROVER", locale: "de" };
    expect(await whereTheDecisionLeads(institution.slug, plan.id, { revision: String(read) })).toMatchObject({
      status: "error",
      message: expect.stringContaining("decisionOnOlderRevision"),
    });
    expect((await prisma.plan.findUniqueOrThrow({ where: { id: plan.id } })).status).toBe("IN_REVIEW");
    expect(await whereTheDecisionLeads(institution.slug, plan.id, { revision: String(read + 1) })).toBe(
      `/institutions/${institution.slug}/plans/${plan.id}?decided=approve`,
    );
    session.actor = null;
  });
});
