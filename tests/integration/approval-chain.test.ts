import { describe, expect, it } from "vitest";
import { lockChain } from "@/lib/access/approval-chain";
import {
  addStage,
  getChainSettings,
  moveStage,
  removeStage,
  updateStage,
} from "@/lib/access/approval-chain-settings";
import { listAuditEvents } from "@/lib/access/audit";
import { changeMemberRole, removeMember } from "@/lib/access/members";
import { withdrawSubmission } from "@/lib/access/plan-withdrawal";
import { listNotifications } from "@/lib/access/notifications";
import { decidePlan, getPlanHistory, getReviewState, submitPlan } from "@/lib/access/plan-workflow";
import { createPlan, getPlan, listPlans } from "@/lib/access/plans";
import { getPrisma } from "@/lib/db/client";
import { writePrefill } from "@/lib/db/prefill";
import { demoPlanContent } from "@/lib/strategy/demo-plan";
import { prefillRows } from "@/lib/strategy/template-rows";
import { createInstitutionWithAdmin, createMember } from "../support/factories";

async function chainOfThree() {
  const { admin, institution } = await createInstitutionWithAdmin();
  const lead = await createMember(institution.id, "EDITOR", "lead");
  const dpo = await createMember(institution.id, "APPROVER", "dpo");
  const director = await createMember(institution.id, "APPROVER", "director");
  await addStage(admin, institution.slug, { name: "Kommunikationsleitung", memberIds: [lead.userId] });
  await addStage(admin, institution.slug, { name: "Datenschutz", memberIds: [dpo.userId] });
  await addStage(admin, institution.slug, { name: "Geschäftsführung", memberIds: [director.userId] });
  const plan = await createPlan(admin, institution.slug, "Plan mit Kette");
  const prisma = await getPrisma();
  await prisma.$transaction((tx) => writePrefill(tx, plan.id, prefillRows(demoPlanContent()), admin.userId));
  await submitPlan(admin, plan.id);
  return { admin, institution, lead, dpo, director, plan };
}

describe("approval chains", () => {
  it("pass a plan through every stage in order; only the last approval freezes a version", async () => {
    const { admin, institution, lead, dpo, director, plan } = await chainOfThree();
    expect(await getReviewState(lead, plan.id)).toMatchObject({ current: 0, mayDecide: true });
    expect((await listNotifications(lead)).items.map((n) => n.kind)).toEqual(["plan.submitted"]);

    await expect(decidePlan(dpo, plan.id, { decision: "approve" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    // The plan list marks it for whoever decides the stage it waits at, and for nobody else.
    const awaits = async (who: typeof lead) =>
      (await listPlans(who, institution.slug)).plans.find((p) => p.id === plan.id)!.awaitsYou;
    expect([await awaits(lead), await awaits(dpo), await awaits(admin)]).toEqual([true, false, false]);
    await decidePlan(lead, plan.id, { decision: "approve" });
    expect([await awaits(lead), await awaits(dpo)]).toEqual([false, true]);
    expect(await getReviewState(dpo, plan.id)).toMatchObject({ current: 1, mayDecide: true });
    // The next stage hears that its turn has come, from whom and after which stage.
    expect((await listNotifications(dpo)).items).toMatchObject([
      { kind: "plan.stage_passed", data: { actorName: "Test EDITOR", stage: "Kommunikationsleitung" } },
    ]);
    await decidePlan(dpo, plan.id, { decision: "approve" });
    expect((await getPlan(admin, plan.id)).plan.status).toBe("IN_REVIEW");
    expect((await getPlanHistory(admin, plan.id)).versions).toEqual([]);

    await decidePlan(director, plan.id, { decision: "approve" });
    expect((await getPlan(admin, plan.id)).plan.status).toBe("APPROVED");
    const history = await getPlanHistory(admin, plan.id);
    expect(history.versions.map((v) => v.number)).toEqual([1]);
  });

  it("stays as it is while a plan waits for a decision, so no stage is skipped or asked twice", async () => {
    const { admin, institution, lead, dpo, plan } = await chainOfThree();
    const settings = await getChainSettings(admin, institution.slug);
    expect(settings.inReview).toEqual(["Plan mit Kette"]);
    const refused = { code: "CONFLICT", messageKey: "chainInUse", details: { plan: "Plan mit Kette" } };
    await expect(removeStage(admin, institution.slug, settings.stages[0]!.id)).rejects.toMatchObject(refused);
    await expect(moveStage(admin, institution.slug, settings.stages[1]!.id, -1)).rejects.toMatchObject(
      refused,
    );
    await expect(
      addStage(admin, institution.slug, { name: "Personalrat", memberIds: [dpo.userId] }),
    ).rejects.toMatchObject(refused);
    await expect(
      updateStage(admin, institution.slug, settings.stages[1]!.id, {
        name: "Datenschutz",
        memberIds: [lead.userId],
      }),
    ).rejects.toMatchObject(refused);
    expect((await getChainSettings(admin, institution.slug)).stages.map((s) => s.name)).toEqual([
      "Kommunikationsleitung",
      "Datenschutz",
      "Geschäftsführung",
    ]);
    // Decided, the chain can change again.
    await decidePlan(lead, plan.id, { decision: "requestChanges", note: "Bitte ergänzen." });
    await removeStage(admin, institution.slug, settings.stages[0]!.id);
    expect((await getChainSettings(admin, institution.slug)).inReview).toEqual([]);
  });

  it("a chain change overlapping a submission waits for it, then sees the plan in review", async () => {
    const { admin, institution, lead, plan } = await chainOfThree();
    await decidePlan(lead, plan.id, { decision: "requestChanges", note: "Bitte ergänzen." });
    const [first] = (await getChainSettings(admin, institution.slug)).stages;
    const prisma = await getPrisma();
    let removal: Promise<unknown> | undefined;
    // A submission's transaction as submitPlan runs it, held open while the admin removes a stage.
    await prisma.$transaction(async (tx) => {
      await lockChain(tx, institution.id, "submit");
      await tx.plan.update({ where: { id: plan.id }, data: { status: "IN_REVIEW", reviewStage: 0 } });
      removal = removeStage(admin, institution.slug, first!.id).catch((error: unknown) => error);
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    expect(await removal).toMatchObject({ code: "CONFLICT", messageKey: "chainInUse" });
    expect((await getChainSettings(admin, institution.slug)).stages).toHaveLength(3);
  });

  it("keeps every stage decidable: its only decider cannot be made a viewer or removed", async () => {
    const { admin, institution, dpo, plan, lead } = await chainOfThree();
    await decidePlan(lead, plan.id, { decision: "requestChanges", note: "Noch offen." });
    const prisma = await getPrisma();
    const membership = await prisma.membership.findFirstOrThrow({
      where: { institutionId: institution.id, userId: dpo.userId },
    });
    const refused = { code: "CONFLICT", messageKey: "soleStageDecider", details: { stage: "Datenschutz" } };
    await expect(changeMemberRole(admin, institution.slug, membership.id, "VIEWER")).rejects.toMatchObject(
      refused,
    );
    await expect(removeMember(admin, institution.slug, membership.id)).rejects.toMatchObject(refused);
    // Another role that decides is fine; so is leaving once someone else decides the stage too.
    await changeMemberRole(admin, institution.slug, membership.id, "EDITOR");
    await removeStage(
      admin,
      institution.slug,
      (await getChainSettings(admin, institution.slug)).stages[1]!.id,
    );
    await addStage(admin, institution.slug, { name: "Datenschutz", memberIds: [dpo.userId, admin.userId] });
    await removeMember(admin, institution.slug, membership.id);
    const stages = (await getChainSettings(admin, institution.slug)).stages;
    expect(stages.find((s) => s.name === "Datenschutz")!.members.map((m) => m.id)).toEqual([admin.userId]);
  });

  it("a submission withdrawn goes back to draft, tells the stage it waited at, and starts the chain again", async () => {
    const { admin, institution, lead, dpo, director, plan } = await chainOfThree();
    await decidePlan(lead, plan.id, { decision: "approve" });
    // Only those who may submit may take it back.
    await expect(withdrawSubmission(dpo, plan.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await withdrawSubmission(admin, plan.id);
    expect((await getPlan(admin, plan.id)).plan).toMatchObject({ status: "DRAFT", reviewStage: null });
    await expect(decidePlan(dpo, plan.id, { decision: "approve" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(withdrawSubmission(admin, plan.id)).rejects.toMatchObject({ messageKey: "notInReview" });
    expect((await listNotifications(dpo)).items[0]).toMatchObject({
      kind: "plan.withdrawn",
      data: { actorName: "Test Admin" },
    });
    expect((await listNotifications(director)).items).toEqual([]);
    const { events } = await listAuditEvents(admin, institution.slug, { action: "plan.withdrawn" });
    expect(events).toHaveLength(1);
    // Submitted again, it starts at the first stage.
    await submitPlan(admin, plan.id);
    expect(await getReviewState(lead, plan.id)).toMatchObject({ current: 0, mayDecide: true });
  });

  it("a request for changes at any stage sends the plan back to draft", async () => {
    const { admin, lead, dpo, plan } = await chainOfThree();
    await decidePlan(lead, plan.id, { decision: "approve" });
    await decidePlan(dpo, plan.id, { decision: "requestChanges", note: "Auftragsverarbeitung fehlt." });
    expect((await getPlan(admin, plan.id)).plan.status).toBe("CHANGES_REQUESTED");
    const history = await getPlanHistory(admin, plan.id);
    expect(history.decisions[0]).toMatchObject({
      decision: "CHANGES_REQUESTED",
      note: "Auftragsverarbeitung fehlt.",
    });
    // Resubmitted, it starts at the first stage again.
    await submitPlan(admin, plan.id);
    expect((await getReviewState(lead, plan.id)).current).toBe(0);
  });

  it("is configured by admins only, with eligible members of the institution", async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    const consultant = await createMember(institution.id, "CONSULTANT");
    const editor = await createMember(institution.id, "EDITOR");
    const outsider = await createInstitutionWithAdmin();
    await expect(
      addStage(admin, institution.slug, { name: "Beratung", memberIds: [consultant.userId] }),
    ).rejects.toMatchObject({ messageKey: "stageMembersInvalid" });
    await expect(
      addStage(admin, institution.slug, { name: "Fremd", memberIds: [outsider.admin.userId] }),
    ).rejects.toMatchObject({ messageKey: "stageMembersInvalid" });
    await expect(
      addStage(editor, institution.slug, { name: "Selbst", memberIds: [editor.userId] }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await addStage(admin, institution.slug, { name: "Erste", memberIds: [editor.userId] });
    await addStage(admin, institution.slug, { name: "Zweite", memberIds: [admin.userId] });
    let { stages } = await getChainSettings(admin, institution.slug);
    await moveStage(admin, institution.slug, stages[1]!.id, -1);
    ({ stages } = await getChainSettings(admin, institution.slug));
    expect(stages.map((s) => s.name)).toEqual(["Zweite", "Erste"]);
    await removeStage(admin, institution.slug, stages[0]!.id);
    expect((await getChainSettings(admin, institution.slug)).stages.map((s) => s.name)).toEqual(["Erste"]);
    await expect(removeStage(outsider.admin, institution.slug, stages[1]!.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("a stage is renamed and its deciders set in its place, with a record of who decides now", async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    const first = await createMember(institution.id, "EDITOR", "erste");
    const second = await createMember(institution.id, "APPROVER", "zweite");
    const consultant = await createMember(institution.id, "CONSULTANT");
    const outsider = await createInstitutionWithAdmin();
    await addStage(admin, institution.slug, { name: "Kommunikation", memberIds: [first.userId] });
    await addStage(admin, institution.slug, { name: "Leitung", memberIds: [admin.userId] });
    const [stage] = (await getChainSettings(admin, institution.slug)).stages;

    await updateStage(admin, institution.slug, stage!.id, {
      name: "Kommunikationsleitung",
      memberIds: [second.userId, first.userId],
    });
    const { stages } = await getChainSettings(admin, institution.slug);
    expect(stages.map((s) => s.name)).toEqual(["Kommunikationsleitung", "Leitung"]);
    expect(stages[0]!.members.map((m) => m.id).sort()).toEqual([first.userId, second.userId].sort());
    const { events } = await listAuditEvents(admin, institution.slug);
    expect(events[0]).toMatchObject({
      action: "chain.changed",
      details: { stage: "Kommunikationsleitung", stageFrom: "Kommunikation" },
    });
    expect(
      String((events[0]!.details as Record<string, unknown>).deciders)
        .split(", ")
        .sort(),
    ).toEqual(["Test APPROVER", "Test EDITOR"]);

    // Nobody who may not decide, nobody from elsewhere; nobody else's stage; admins only.
    const unchanged = { name: "Geändert", memberIds: [consultant.userId] };
    await expect(updateStage(admin, institution.slug, stage!.id, unchanged)).rejects.toMatchObject({
      messageKey: "stageMembersInvalid",
    });
    await expect(
      updateStage(admin, institution.slug, stage!.id, {
        name: "Geändert",
        memberIds: [outsider.admin.userId],
      }),
    ).rejects.toMatchObject({ messageKey: "stageMembersInvalid" });
    await expect(
      updateStage(outsider.admin, outsider.institution.slug, stage!.id, {
        name: "Übernommen",
        memberIds: [outsider.admin.userId],
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      updateStage(first, institution.slug, stage!.id, { name: "Selbst", memberIds: [first.userId] }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await getChainSettings(admin, institution.slug)).stages[0]!.name).toBe("Kommunikationsleitung");

    // A member made viewer stays on the stage, marked as not deciding.
    const prisma = await getPrisma();
    const membership = await prisma.membership.findFirstOrThrow({
      where: { institutionId: institution.id, userId: second.userId },
    });
    await changeMemberRole(admin, institution.slug, membership.id, "VIEWER");
    expect((await getChainSettings(admin, institution.slug)).stages[0]!.members).toContainEqual(
      expect.objectContaining({ id: second.userId, decides: false }),
    );
  });
});
