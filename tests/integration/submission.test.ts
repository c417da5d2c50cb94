import { describe, expect, it } from "vitest";
import { applyChange, getPlanWithContent } from "@/lib/access/plan-content";
import { listNotifications } from "@/lib/access/notifications";
import { withdrawSubmission } from "@/lib/access/plan-withdrawal";
import { describeAccountDeletion } from "@/lib/access/account-deletion";
import { addStage, removeStage } from "@/lib/access/approval-chain-settings";
import { changeMemberRole, removeMember } from "@/lib/access/members";
import {
  decidePlan,
  getPlanHistory,
  getReviewState,
  submissionBlocker,
  submitPlan,
} from "@/lib/access/plan-workflow";
import { createPlan, getPlan } from "@/lib/access/plans";
import { getPrisma } from "@/lib/db/client";
import { writePrefill } from "@/lib/db/prefill";
import { demoPlanContent } from "@/lib/strategy/demo-plan";
import { prefillRows } from "@/lib/strategy/template-rows";
import { createInstitutionWithAdmin, createMember } from "../support/factories";

/** A plan without blockers; `withDirector: false` leaves the institution as registered, with its admin only. */
async function readyPlan({ withDirector = true } = {}) {
  const { admin, institution } = await createInstitutionWithAdmin();
  const plan = await createPlan(admin, institution.slug, "Bereiter Plan");
  const prisma = await getPrisma();
  await prisma.$transaction((tx) => writePrefill(tx, plan.id, prefillRows(demoPlanContent()), admin.userId));
  if (withDirector) await createMember(institution.id, "APPROVER");
  return { admin, institution, plan };
}

async function membershipOf(institutionId: string, userId: string) {
  const prisma = await getPrisma();
  return (await prisma.membership.findFirstOrThrow({ where: { institutionId, userId } })).id;
}

describe("creating from a template", () => {
  it("prefills examples and defaults but leaves the institution's decisions open", async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    const plan = await createPlan(admin, institution.slug, "Aus Vorlage", {
      template: "youthWelfare",
      locale: "de",
    });
    const { content } = await getPlanWithContent(admin, plan.id);
    expect(content.strategy.start.targetGroups.map((g) => g.name)).toContain(
      "Jugendliche von 14 bis 21 Jahren",
    );
    expect(content.strategy.goals.goals[0]?.targetGroup).toBe(content.strategy.start.targetGroups[0]?.id);
    expect(content.strategy.staff.minutesPerPost).toBe(90);
    expect(content.strategy.backing.sponsorName).toBeNull();
    expect(content.strategy.commitment.horizonMonths).toBeNull();
  });

  it("starts empty without a template and refuses an unknown one", async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    const empty = await createPlan(admin, institution.slug, "Leer");
    expect((await getPlanWithContent(admin, empty.id)).content.strategy.start.targetGroups).toEqual([]);
    await expect(
      createPlan(admin, institution.slug, "Falsch", { template: "nope" as never }),
    ).rejects.toThrow();
  });
});

describe("submitting for approval", () => {
  it("refuses a plan with blockers and leaves it a draft", async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    const plan = await createPlan(admin, institution.slug, "Unfertig", { template: "youthWelfare" });
    await expect(submitPlan(admin, plan.id)).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "planHasBlockers",
    });
    expect((await getPlan(admin, plan.id)).plan.status).toBe("DRAFT");
  });

  it("submits a ready plan, which then takes no more edits", async () => {
    const { admin, plan } = await readyPlan();
    await submitPlan(admin, plan.id);
    expect((await getPlan(admin, plan.id)).plan.status).toBe("IN_REVIEW");
    await expect(
      applyChange(admin, plan.id, {
        op: "set",
        key: "start.mission",
        value: "Noch schnell",
        baseRevision: 1,
      }),
    ).rejects.toMatchObject({
      messageKey: "planLocked",
    });
  });

  it("a blocker introduced by an edit stops the submission", async () => {
    const { admin, plan } = await readyPlan();
    const { content } = await getPlanWithContent(admin, plan.id);
    await applyChange(admin, plan.id, {
      op: "set",
      key: "commitment.horizonMonths",
      value: 6,
      baseRevision: content.revisions["commitment.horizonMonths"]!,
    });
    await expect(submitPlan(admin, plan.id)).rejects.toMatchObject({ messageKey: "planHasBlockers" });
  });

  it("only editors and admins submit", async () => {
    const { institution, plan } = await readyPlan();
    for (const role of ["CONSULTANT", "VIEWER", "APPROVER"] as const) {
      const member = await createMember(institution.id, role);
      await expect(submitPlan(member, plan.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const editor = await createMember(institution.id, "EDITOR");
    await submitPlan(editor, plan.id);
  });
});

describe("someone to decide", () => {
  it("a plan nobody may decide is not submitted: it would wait for no one", async () => {
    const { admin, institution, plan } = await readyPlan({ withDirector: false });
    expect(await submissionBlocker(admin, institution.id)).toEqual({ key: "noDecider" });
    await expect(submitPlan(admin, plan.id)).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "noDecider",
    });
    expect((await getPlan(admin, plan.id)).plan.status).toBe("DRAFT");
    expect((await getPlanHistory(admin, plan.id)).submissions).toEqual([]);
    // A stage of the institution's own chain decides as well as a director does.
    await addStage(admin, institution.slug, { name: "Geschäftsführung", memberIds: [admin.userId] });
    const editor = await createMember(institution.id, "EDITOR");
    expect(await submissionBlocker(editor, institution.id)).toBeNull();
    await submitPlan(editor, plan.id);
    expect((await getPlan(admin, plan.id)).plan.status).toBe("IN_REVIEW");
  });

  it("nobody decides their own submission (four eyes): a stage of only the submitter refuses it, and a stage with others waits for them", async () => {
    const { admin, institution, plan } = await readyPlan({ withDirector: false });
    await addStage(admin, institution.slug, { name: "Geschäftsführung", memberIds: [admin.userId] });
    expect(await submissionBlocker(admin, institution.id)).toEqual({
      key: "onlySubmitterDecides",
      stage: "Geschäftsführung",
    });
    await expect(submitPlan(admin, plan.id)).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "onlySubmitterDecides",
    });
    expect((await getPlan(admin, plan.id)).plan.status).toBe("DRAFT");

    // With a second person on the stage, the admin submits, and only the other one decides.
    const colleague = await createMember(institution.id, "EDITOR");
    const prisma = await getPrisma();
    const alone = await prisma.approvalStage.findFirstOrThrow({ where: { institutionId: institution.id } });
    await removeStage(admin, institution.slug, alone.id);
    await addStage(admin, institution.slug, {
      name: "Geschäftsführung",
      memberIds: [admin.userId, colleague.userId],
    });
    await submitPlan(admin, plan.id);
    expect((await getReviewState(admin, plan.id)).mayDecide).toBe(false);
    expect((await getReviewState(admin, plan.id)).ownSubmission).toBe(true);
    await expect(decidePlan(admin, plan.id, { decision: "approve" })).rejects.toMatchObject({
      code: "FORBIDDEN",
      messageKey: "ownSubmission",
    });
    expect((await getReviewState(colleague, plan.id)).mayDecide).toBe(true);
    await decidePlan(colleague, plan.id, { decision: "approve" });
    expect((await getPlan(admin, plan.id)).plan.status).toBe("APPROVED");
  });

  it("the last director cannot leave a plan in review undecided, by a new role or by removal", async () => {
    const { admin, institution, plan } = await readyPlan({ withDirector: false });
    const director = await createMember(institution.id, "APPROVER");
    const membershipId = await membershipOf(institution.id, director.userId);
    await submitPlan(admin, plan.id);
    const refused = {
      code: "CONFLICT",
      messageKey: "lastApproverInReview",
      details: { plan: "Bereiter Plan" },
    };
    await expect(changeMemberRole(admin, institution.slug, membershipId, "EDITOR")).rejects.toMatchObject(
      refused,
    );
    await expect(removeMember(admin, institution.slug, membershipId)).rejects.toMatchObject(refused);
    // With another director the plan still has someone to decide it.
    const deputy = await createMember(institution.id, "APPROVER");
    await changeMemberRole(admin, institution.slug, membershipId, "EDITOR");
    // Decided, nothing waits: the last director may go.
    await decidePlan(deputy, plan.id, { decision: "approve" });
    await removeMember(admin, institution.slug, await membershipOf(institution.id, deputy.userId));
  });

  it("a stage member who may no longer decide does not count: the submitter would be left alone on it", async () => {
    const { admin, institution, plan } = await readyPlan({ withDirector: false });
    const colleague = await createMember(institution.id, "EDITOR");
    await addStage(admin, institution.slug, {
      name: "Geschäftsführung",
      memberIds: [admin.userId, colleague.userId],
    });
    // Allowed: the admin still decides the stage for anyone else's submission.
    await changeMemberRole(
      admin,
      institution.slug,
      await membershipOf(institution.id, colleague.userId),
      "VIEWER",
    );
    expect(await submissionBlocker(admin, institution.id)).toEqual({
      key: "onlySubmitterDecides",
      stage: "Geschäftsführung",
    });
    await expect(submitPlan(admin, plan.id)).rejects.toMatchObject({ messageKey: "onlySubmitterDecides" });
    expect((await getPlan(admin, plan.id)).plan.status).toBe("DRAFT");
  });

  it("a member change does not leave a submitted plan to its submitter alone", async () => {
    const { admin, institution, plan } = await readyPlan({ withDirector: false });
    const colleague = await createMember(institution.id, "EDITOR");
    const membershipId = await membershipOf(institution.id, colleague.userId);
    await addStage(admin, institution.slug, {
      name: "Geschäftsführung",
      memberIds: [admin.userId, colleague.userId],
    });
    await submitPlan(admin, plan.id);
    const refused = {
      code: "CONFLICT",
      messageKey: "lastApproverInReview",
      details: { plan: "Bereiter Plan" },
    };
    // The admin is still on the stage, but never decides their own submission.
    await expect(changeMemberRole(admin, institution.slug, membershipId, "VIEWER")).rejects.toMatchObject(
      refused,
    );
    await expect(removeMember(admin, institution.slug, membershipId)).rejects.toMatchObject(refused);
    expect((await describeAccountDeletion(colleague)).blockedBy).toMatchObject([
      { waitingPlan: "Bereiter Plan", stages: [] },
    ]);
    // Another stage role keeps them deciding.
    await changeMemberRole(admin, institution.slug, membershipId, "APPROVER");
    await decidePlan(colleague, plan.id, { decision: "approve" });
    await changeMemberRole(admin, institution.slug, membershipId, "VIEWER");
  });
});

describe("a note with the submission", () => {
  it("reaches the deciders: in their notification and on the plan while it is in review", async () => {
    const { admin, institution, plan } = await readyPlan();
    const director = await createMember(institution.id, "APPROVER");
    await submitPlan(admin, plan.id, institution.slug, {
      note: "  Bitte vor allem die Ressourcen prüfen.  ",
    });
    expect((await listNotifications(director)).items[0]).toMatchObject({
      kind: "plan.submitted",
      data: { actorName: "Test Admin", note: "Bitte vor allem die Ressourcen prüfen." },
    });
    expect((await getPlanHistory(director, plan.id)).waiting).toMatchObject({
      note: "Bitte vor allem die Ressourcen prüfen.",
      submittedByName: "Test Admin",
    });
    // Decided, the plan is no longer in review; the note stays in its history.
    await decidePlan(director, plan.id, { decision: "requestChanges", note: "Budget fehlt." });
    expect((await getPlanHistory(admin, plan.id)).waiting).toBeNull();
    const history = await getPlanHistory(admin, plan.id);
    expect(history.submissions).toMatchObject([
      { note: "Bitte vor allem die Ressourcen prüfen.", submittedByName: "Test Admin", withdrawnAt: null },
    ]);
  });

  it("is optional, and refused when too long, leaving the plan a draft", async () => {
    const { admin, institution, plan } = await readyPlan();
    await expect(submitPlan(admin, plan.id, institution.slug, { note: "x".repeat(2001) })).rejects.toThrow();
    expect((await getPlan(admin, plan.id)).plan.status).toBe("DRAFT");
    expect((await getPlanHistory(admin, plan.id)).submissions).toEqual([]);
    await submitPlan(admin, plan.id, institution.slug, { note: "   " });
    expect((await getPlanHistory(admin, plan.id)).submissions).toMatchObject([{ note: null }]);
  });

  it("a withdrawn submission is marked so in the history, and only that one", async () => {
    const { admin, institution, plan } = await readyPlan();
    const director = await createMember(institution.id, "APPROVER");
    await submitPlan(admin, plan.id, institution.slug, { note: "Erste Fassung" });
    await decidePlan(director, plan.id, { decision: "requestChanges", note: "Budget fehlt." });
    await submitPlan(admin, plan.id, institution.slug, { note: "Zweite Fassung" });
    await withdrawSubmission(admin, plan.id);
    expect((await getPlanHistory(director, plan.id)).waiting).toBeNull();
    const { submissions } = await getPlanHistory(admin, plan.id);
    expect(submissions.map((s) => [s.note, s.withdrawnAt !== null])).toEqual([
      ["Zweite Fassung", true],
      ["Erste Fassung", false],
    ]);
  });

  it("records who withdrew a submission: here an admin, not the editor who sent it", async () => {
    const { admin, institution, plan } = await readyPlan();
    const editor = await createMember(institution.id, "EDITOR");
    await submitPlan(editor, plan.id, institution.slug, { note: "Bitte prüfen." });
    await withdrawSubmission(admin, plan.id);
    expect((await getPlanHistory(editor, plan.id)).submissions).toMatchObject([
      { submittedByName: "Test EDITOR", withdrawnByName: "Test Admin" },
    ]);
  });
});
