import { describe, expect, it } from "vitest";
import { listAuditEvents } from "@/lib/access/audit";
import { getInstitutionSettings, updateInstitutionSettings } from "@/lib/access/institution-settings";
import { getPlanDocumentSource } from "@/lib/access/plan-document";
import { decidePlan, submitPlan } from "@/lib/access/plan-workflow";
import { createPlan } from "@/lib/access/plans";
import { getPrisma } from "@/lib/db/client";
import { writePrefill } from "@/lib/db/prefill";
import { demoPlanContent } from "@/lib/strategy/demo-plan";
import { prefillRows } from "@/lib/strategy/template-rows";
import { createInstitutionWithAdmin, createMember } from "../support/factories";

async function stored(id: string) {
  const prisma = await getPrisma();
  return prisma.institution.findUniqueOrThrow({
    where: { id },
    select: { name: true, type: true, slug: true },
  });
}

/** A plan filled in completely, so it can be submitted. */
async function readyPlan(actor: { userId: string }, slug: string) {
  const plan = await createPlan(actor, slug, "Strategie 2027");
  const prisma = await getPrisma();
  await prisma.$transaction((tx) => writePrefill(tx, plan.id, prefillRows(demoPlanContent()), actor.userId));
  return plan;
}

describe("the institution's settings", () => {
  it("let an admin correct the name and type; the address stays and the audit log says what changed", async () => {
    const { admin, institution } = await createInstitutionWithAdmin("Jugendhilfe Nord e.V.");
    const result = await updateInstitutionSettings(admin, institution.slug, {
      name: "  Jugendamt Nordstadt ",
      type: "MUNICIPALITY",
    });
    expect(result).toEqual({ changed: true });
    expect(await stored(institution.id)).toEqual({
      name: "Jugendamt Nordstadt",
      type: "MUNICIPALITY",
      slug: institution.slug,
    });
    const { events } = await listAuditEvents(admin, institution.slug, { action: "institution.updated" });
    expect(events).toHaveLength(1);
    expect(events[0]!.details).toEqual({
      nameFrom: "Jugendhilfe Nord e.V.",
      nameTo: "Jugendamt Nordstadt",
      typeFrom: "YOUTH_WELFARE",
      typeTo: "MUNICIPALITY",
    });
  });

  it("record nothing when nothing changed, and only what changed otherwise", async () => {
    const { admin, institution } = await createInstitutionWithAdmin("Beratung Süd");
    expect(
      await updateInstitutionSettings(admin, institution.slug, {
        name: "Beratung Süd",
        type: "YOUTH_WELFARE",
      }),
    ).toEqual({ changed: false });
    await updateInstitutionSettings(admin, institution.slug, {
      name: "Beratung Süd",
      type: "COUNSELLING_CENTRE",
    });
    const { events } = await listAuditEvents(admin, institution.slug, { action: "institution.updated" });
    expect(events.map((event) => event.details)).toEqual([
      { typeFrom: "YOUTH_WELFARE", typeTo: "COUNSELLING_CENTRE" },
    ]);
  });

  it("refuse bad input and change nothing", async () => {
    const { admin, institution } = await createInstitutionWithAdmin("Träger West");
    await expect(
      updateInstitutionSettings(admin, institution.slug, { name: " ", type: "AGENCY" }),
    ).rejects.toThrow(/required/);
    // One letter is not empty: it is too short, and says so.
    await expect(
      updateInstitutionSettings(admin, institution.slug, { name: "A", type: "AGENCY" }),
    ).rejects.toThrow(/atLeastTwo/);
    await expect(
      updateInstitutionSettings(admin, institution.slug, { name: "x".repeat(161), type: "AGENCY" }),
    ).rejects.toThrow(/atMost160/);
    await expect(
      updateInstitutionSettings(admin, institution.slug, { name: "Träger Ost", type: "PARTY" as "AGENCY" }),
    ).rejects.toThrow();
    expect(await stored(institution.id)).toMatchObject({ name: "Träger West", type: "YOUTH_WELFARE" });
  });

  it("are for admins only, and another institution's admin finds nothing", async () => {
    const { institution } = await createInstitutionWithAdmin("Träger Mitte");
    const editor = await createMember(institution.id, "EDITOR");
    const { admin: outsider } = await createInstitutionWithAdmin();
    const input = { name: "Übernommen", type: "AGENCY" } as const;
    await expect(updateInstitutionSettings(editor, institution.slug, input)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(getInstitutionSettings(editor, institution.slug)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(updateInstitutionSettings(outsider, institution.slug, input)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await stored(institution.id)).toMatchObject({ name: "Träger Mitte", type: "YOUTH_WELFARE" });
  });

  it("keep the type while a plan waits for approval, and approved versions keep the type they were approved under", async () => {
    const { admin, institution } = await createInstitutionWithAdmin("Stadt Beispielheim");
    await updateInstitutionSettings(admin, institution.slug, {
      name: "Stadt Beispielheim",
      type: "MUNICIPALITY",
    });
    const director = await createMember(institution.id, "APPROVER");
    const plan = await readyPlan(admin, institution.slug);
    await submitPlan(admin, plan.id);
    expect((await getInstitutionSettings(admin, institution.slug)).plansInReview).toEqual([
      { id: plan.id, title: "Strategie 2027" },
    ]);

    await expect(
      updateInstitutionSettings(admin, institution.slug, {
        name: "Stadt Beispielheim (neu)",
        type: "ASSOCIATION",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", messageKey: "typeLockedInReview" });
    expect(await stored(institution.id)).toMatchObject({ name: "Stadt Beispielheim", type: "MUNICIPALITY" });
    // The name alone may change meanwhile.
    await updateInstitutionSettings(admin, institution.slug, {
      name: "Stadt Beispielheim (neu)",
      type: "MUNICIPALITY",
    });

    await decidePlan(director, plan.id, { decision: "approve" });
    await updateInstitutionSettings(admin, institution.slug, {
      name: "Verein Beispielheim",
      type: "ASSOCIATION",
    });
    const approved = await getPlanDocumentSource(admin, plan.id, 1);
    const draft = await getPlanDocumentSource(admin, plan.id, "draft");
    expect(approved.source.institution).toEqual({ name: "Verein Beispielheim", isPublicBody: true });
    expect(draft.source.institution).toEqual({ name: "Verein Beispielheim", isPublicBody: false });
  });
});
