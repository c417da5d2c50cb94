import { describe, expect, it } from "vitest";
import { listAuditEvents } from "@/lib/access/audit";
import { applyChange, getPlanWithContent } from "@/lib/access/plan-content";
import { comparePlanVersions } from "@/lib/access/plan-versions";
import { withdrawSubmission } from "@/lib/access/plan-withdrawal";
import { decidePlan, getPlanHistory, pendingChangeRequest, submitPlan } from "@/lib/access/plan-workflow";
import { createPlan, getPlan, renamePlan } from "@/lib/access/plans";
import { getPrisma } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { writePrefill } from "@/lib/db/prefill";
import { demoPlanContent } from "@/lib/strategy/demo-plan";
import { prefillRows } from "@/lib/strategy/template-rows";
import { type TestActor, createInstitutionWithAdmin, createMember } from "../support/factories";

async function planInReview() {
  const { admin, institution } = await createInstitutionWithAdmin();
  const plan = await createPlan(admin, institution.slug, "Zur Freigabe");
  const prisma = await getPrisma();
  await prisma.$transaction((tx) => writePrefill(tx, plan.id, prefillRows(demoPlanContent()), admin.userId));
  const director = await createMember(institution.id, "APPROVER");
  await submitPlan(admin, plan.id);
  return { admin, institution, plan, director };
}

/** Saves a new mission statement on top of the stored one, as the wizard does. */
async function editMission(actor: TestActor, planId: string, value: string) {
  const { content } = await getPlanWithContent(actor, planId);
  await applyChange(actor, planId, {
    op: "set",
    key: "start.mission",
    value,
    baseRevision: content.revisions["start.mission"]!,
  });
}

describe("review and approval", () => {
  it("a plan waiting for a decision keeps its title: renaming it is refused until then", async () => {
    const { admin, plan, director } = await planInReview();
    await expect(renamePlan(admin, plan.id, "Heimlich umbenannt")).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "titleLocked",
    });
    expect((await getPlan(admin, plan.id)).plan.title).toBe("Zur Freigabe");
    await decidePlan(director, plan.id, { decision: "requestChanges", note: "Bitte den Titel schärfen." });
    await renamePlan(admin, plan.id, "Zur Freigabe, geschärft");
    expect((await getPlan(admin, plan.id)).plan.title).toBe("Zur Freigabe, geschärft");
  });

  it("a plan sent back is known as unchanged until something in it is saved", async () => {
    const { admin, plan, director } = await planInReview();
    await decidePlan(director, plan.id, {
      decision: "requestChanges",
      note: "Bitte die Zielgruppe schärfen.",
    });
    expect(await pendingChangeRequest(admin, plan.id)).toMatchObject({
      note: "Bitte die Zielgruppe schärfen.",
      unchanged: true,
    });
    // Renaming is not a change to what was asked about.
    await renamePlan(admin, plan.id, "Zur Freigabe, zweiter Anlauf");
    expect((await pendingChangeRequest(admin, plan.id))?.unchanged).toBe(true);

    await editMission(admin, plan.id, "Geschärfte Fassung des Auftrags");
    expect((await pendingChangeRequest(admin, plan.id))?.unchanged).toBe(false);

    // Resubmitting unchanged is still allowed (the request may have been settled in person).
    await submitPlan(admin, plan.id);
    await decidePlan(director, plan.id, { decision: "requestChanges", note: "Noch einmal, bitte." });
    expect((await pendingChangeRequest(admin, plan.id))?.unchanged).toBe(true);
  });

  it("role × transition: only approvers decide, only editors and admins submit", async () => {
    const { institution, plan } = await planInReview();
    const roles: Role[] = ["ADMIN", "EDITOR", "CONSULTANT", "VIEWER"];
    for (const role of roles) {
      const member = await createMember(institution.id, role);
      await expect(decidePlan(member, plan.id, { decision: "approve" }), role).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(decidePlan(member, plan.id, { decision: "requestChanges" }), role).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    expect((await getPlan(await createMember(institution.id, "VIEWER"), plan.id)).plan.status).toBe(
      "IN_REVIEW",
    );
  });

  it("a request for changes sends the plan back, signed with name, time and note", async () => {
    const { admin, plan, director } = await planInReview();
    await decidePlan(director, plan.id, {
      decision: "requestChanges",
      note: "Bitte die Krisenkommunikation genauer beschreiben.",
    });
    expect((await getPlan(admin, plan.id)).plan.status).toBe("CHANGES_REQUESTED");
    const history = await getPlanHistory(admin, plan.id);
    expect(history.versions).toEqual([]);
    expect(history.decisions[0]).toMatchObject({
      decision: "CHANGES_REQUESTED",
      note: "Bitte die Krisenkommunikation genauer beschreiben.",
      decidedByName: "Test APPROVER",
    });
    // The editors fix and resubmit.
    await submitPlan(admin, plan.id);
    expect((await getPlan(admin, plan.id)).plan.status).toBe("IN_REVIEW");
  });

  it("a request for changes needs a note saying what to revise", async () => {
    const { admin, plan, director } = await planInReview();
    for (const note of [undefined, "", "   "])
      await expect(decidePlan(director, plan.id, { decision: "requestChanges", note })).rejects.toMatchObject(
        {
          code: "INVALID_INPUT",
          messageKey: "changesNeedNote",
        },
      );
    expect((await getPlan(admin, plan.id)).plan.status).toBe("IN_REVIEW");
    expect((await getPlanHistory(admin, plan.id)).decisions).toEqual([]);
  });

  it("approval freezes a version; editing later starts a new draft and leaves the version as it was", async () => {
    const { admin, plan, director } = await planInReview();
    const { versionNumber } = await decidePlan(director, plan.id, {
      decision: "approve",
      note: "Freigegeben.",
    });
    expect(versionNumber).toBe(1);
    expect((await getPlan(admin, plan.id)).plan.status).toBe("APPROVED");
    let history = await getPlanHistory(admin, plan.id);
    expect(history.versions).toEqual([
      expect.objectContaining({ number: 1, approvedByName: "Test APPROVER", note: "Freigegeben." }),
    ]);
    expect(history.draftDiffers).toBe(false);

    await editMission(admin, plan.id, "Neue Fassung des Auftrags");
    expect((await getPlan(admin, plan.id)).plan.status).toBe("DRAFT");
    history = await getPlanHistory(admin, plan.id);
    expect(history.draftDiffers).toBe(true);

    const prisma = await getPrisma();
    const version = await prisma.planVersion.findFirstOrThrow({ where: { planId: plan.id, number: 1 } });
    expect((version.content as { start: { mission: string } }).start.mission).toBe(
      demoPlanContent().start!.mission,
    );
  });

  it("a version approved before a field existed is not 'different' from the unchanged draft", async () => {
    const { admin, plan, director } = await planInReview();
    await decidePlan(director, plan.id, { decision: "approve" });
    const prisma = await getPrisma();
    const approved = await prisma.planVersion.findFirstOrThrow({ where: { planId: plan.id, number: 1 } });
    // As stored before milestones had an owner: the key is not there at all.
    const content = structuredClone(approved.content) as { commitment: { milestones: object[] } };
    content.commitment.milestones = content.commitment.milestones.map((milestone) => {
      const { owner: _owner, ...rest } = milestone as { owner?: unknown };
      return rest;
    });
    // …and a draft in which nobody has filled in the new field yet.
    await prisma.planValue.deleteMany({
      where: { planId: plan.id, key: { startsWith: "commitment.milestones.", endsWith: ".owner" } },
    });
    await prisma.planVersion.create({
      data: {
        planId: plan.id,
        number: 2,
        title: approved.title,
        institutionType: approved.institutionType,
        content,
        readiness: approved.readiness as object,
        approvedByName: approved.approvedByName,
      },
    });
    const history = await getPlanHistory(admin, plan.id);
    expect(history.versions.map((version) => version.number)).toEqual([2, 1]);
    expect(history.draftDiffers).toBe(false);
  });

  it("compares, unless asked otherwise, the draft with the last approval, or the last two approvals", async () => {
    const { admin, plan, director } = await planInReview();
    await decidePlan(director, plan.id, { decision: "approve" });
    const edit = (value: string) => editMission(admin, plan.id, value);
    await edit("Zweite Fassung des Auftrags");
    let shown = await comparePlanVersions(admin, plan.id, undefined, undefined);
    expect([shown.from.ref, shown.to.ref, shown.changes.length]).toEqual([1, "draft", 1]);

    // Approved again, the draft is that version: what changed is what version 2 changed.
    await submitPlan(admin, plan.id);
    await decidePlan(director, plan.id, { decision: "approve" });
    shown = await comparePlanVersions(admin, plan.id, undefined, undefined);
    expect([shown.from.ref, shown.to.ref, shown.changes.length]).toEqual([1, 2, 1]);

    await edit("Dritte Fassung des Auftrags");
    shown = await comparePlanVersions(admin, plan.id, undefined, undefined);
    expect([shown.from.ref, shown.to.ref]).toEqual([2, "draft"]);
    // A choice is kept as made.
    shown = await comparePlanVersions(admin, plan.id, "1", "draft");
    expect([shown.from.ref, shown.to.ref]).toEqual([1, "draft"]);
  });

  it("a frozen version cannot be changed, not even with raw SQL", async () => {
    const { plan, director } = await planInReview();
    await decidePlan(director, plan.id, { decision: "approve" });
    const prisma = await getPrisma();
    const version = await prisma.planVersion.findFirstOrThrow({ where: { planId: plan.id } });
    await expect(
      prisma.planVersion.update({ where: { id: version.id }, data: { note: "nachträglich" } }),
    ).rejects.toThrow();
    await expect(
      prisma.$executeRawUnsafe(
        `UPDATE "PlanVersion" SET "approvedByName" = 'Fälscher' WHERE id = $1`,
        version.id,
      ),
    ).rejects.toThrow(/immutable/);
    expect((await prisma.planVersion.findUniqueOrThrow({ where: { id: version.id } })).approvedByName).toBe(
      "Test APPROVER",
    );
  });

  it("decides only once, and only on plans in review", async () => {
    const { plan, director, institution } = await planInReview();
    await decidePlan(director, plan.id, { decision: "approve" });
    await expect(decidePlan(director, plan.id, { decision: "approve" })).rejects.toMatchObject({
      messageKey: "notInReview",
    });
    const other = await createMember(institution.id, "APPROVER");
    await expect(decidePlan(other, plan.id, { decision: "requestChanges" })).rejects.toMatchObject({
      messageKey: "notInReview",
    });
  });

  it("refuses a decision on what the director read when the plan was taken back, changed and sent again meanwhile", async () => {
    const { admin, plan, director } = await planInReview();
    const read = (await getPlanWithContent(director, plan.id)).content.planRevision;
    await withdrawSubmission(admin, plan.id);
    await editMission(admin, plan.id, "Still geändert, während die Leitung las.");
    await submitPlan(admin, plan.id);
    await expect(
      decidePlan(director, plan.id, { decision: "approve", revision: read }),
    ).rejects.toMatchObject({ code: "CONFLICT", messageKey: "decisionOnOlderRevision" });
    expect((await getPlan(admin, plan.id)).plan.status).toBe("IN_REVIEW");
    expect((await getPlanHistory(admin, plan.id)).versions).toEqual([]);
    // Read again, the current content is what gets approved.
    const current = (await getPlanWithContent(director, plan.id)).content.planRevision;
    await decidePlan(director, plan.id, { decision: "approve", revision: current });
    const prisma = await getPrisma();
    const version = await prisma.planVersion.findFirstOrThrow({ where: { planId: plan.id } });
    expect((version.content as { start: { mission: string } }).start.mission).toBe(
      "Still geändert, während die Leitung las.",
    );
  });

  it("another institution's director gets 'not found'", async () => {
    const { plan } = await planInReview();
    const stranger = await createInstitutionWithAdmin();
    const foreignDirector = await createMember(stranger.institution.id, "APPROVER");
    await expect(decidePlan(foreignDirector, plan.id, { decision: "approve" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("records submissions, decisions and versions in an append-only audit log for admins", async () => {
    const { admin, institution, plan, director } = await planInReview();
    await decidePlan(director, plan.id, { decision: "approve", note: "Gut so." });
    const { events } = await listAuditEvents(admin, institution.slug);
    expect(events.map((e) => e.action)).toEqual([
      "plan.approved",
      "version.created",
      "plan.submitted",
      "plan.created",
    ]);
    expect(events[0]?.actorName).toContain("Test APPROVER");
    expect(
      (await listAuditEvents(admin, institution.slug, { action: "plan.submitted" })).events,
    ).toHaveLength(1);
    await expect(listAuditEvents(director, institution.slug)).rejects.toMatchObject({ code: "FORBIDDEN" });

    const prisma = await getPrisma();
    await expect(
      prisma.$executeRawUnsafe(
        `UPDATE "AuditEvent" SET action = 'x' WHERE "institutionId" = $1`,
        institution.id,
      ),
    ).rejects.toThrow(/immutable/);
  });

  it("the log names who reopened an approved plan, from which version, and who renamed it", async () => {
    const { admin, institution, plan, director } = await planInReview();
    await decidePlan(director, plan.id, { decision: "approve" });
    const editor = await createMember(institution.id, "EDITOR");
    await editMission(editor, plan.id, "Neu gefasst nach der Freigabe");
    // Only the first edit reopens the plan; the next ones are edits of the draft.
    await editMission(editor, plan.id, "Noch einmal neu gefasst");
    await renamePlan(admin, plan.id, "Zur Freigabe, zweite Fassung");
    await renamePlan(admin, plan.id, "Zur Freigabe, zweite Fassung");
    const { events } = await listAuditEvents(admin, institution.slug);
    expect(events.slice(0, 3).map((e) => [e.action, e.actorName.split(" <")[0], e.details])).toEqual([
      ["plan.renamed", "Test Admin", { title: "Zur Freigabe, zweite Fassung", titleFrom: "Zur Freigabe" }],
      ["plan.reopened", "Test EDITOR", { title: "Zur Freigabe", version: 1 }],
      ["plan.approved", "Test APPROVER", expect.anything()],
    ]);
  });
});
