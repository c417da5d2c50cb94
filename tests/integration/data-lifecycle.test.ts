import { describe, expect, it, vi } from "vitest";
import { deleteAccount, describeAccountDeletion } from "@/lib/access/account-deletion";
import { currentActor } from "@/lib/access/actor";
import { addStage, getChainSettings, removeStage } from "@/lib/access/approval-chain-settings";
import { listAuditEvents } from "@/lib/access/audit";
import { recordCheckIn } from "@/lib/access/check-ins";
import { addComment, listComments } from "@/lib/access/comments";
import { deleteInstitution, institutionSubjectHash } from "@/lib/access/institution-deletion";
import { exportInstitution } from "@/lib/access/institution-export";
import { createInvitation } from "@/lib/access/invitations";
import { createWorkshopLink } from "@/lib/access/workshop";
import { joinWorkshop } from "@/lib/access/workshop-guests";
import { changeMemberRole } from "@/lib/access/members";
import { listNotifications } from "@/lib/access/notifications";
import { loadPlanContent } from "@/lib/access/plan-content";
import { decidePlan, getPlanHistory, submitPlan } from "@/lib/access/plan-workflow";
import { withdrawSubmission } from "@/lib/access/plan-withdrawal";
import { createPlan } from "@/lib/access/plans";
import { createShareLink, openShareLink } from "@/lib/access/share-links";
import { beginLoginAttempt } from "@/lib/auth/login-throttle";
import { getPrisma } from "@/lib/db/client";
import { writePrefill } from "@/lib/db/prefill";
import { demoPlanContent } from "@/lib/strategy/demo-plan";
import { prefillRows } from "@/lib/strategy/template-rows";
import { GET as exportRoute } from "@/app/api/institutions/[slug]/export.json/route";
import {
  TEST_PASSWORD,
  createCompletePlan,
  createInstitutionWithAdmin,
  createMember,
} from "../support/factories";
import { clientRequest } from "../support/mock-next-headers";
import { SESSION_COOKIE, sessionCookieFor } from "../support/session-cookie";

vi.mock("next/headers", () => import("../support/mock-next-headers"));

/** Holds the session cookie signing in would set: currentActor() reads and checks it for real. */
async function signIn(userId: string) {
  clientRequest.cookies.set(SESSION_COOKIE, await sessionCookieFor(userId));
}

/** An institution with one of everything: members, an invitation, an approved plan, comments, a check-in, a share link. */
async function busyInstitution() {
  const { admin, institution } = await createInstitutionWithAdmin();
  const editor = await createMember(institution.id, "EDITOR");
  const director = await createMember(institution.id, "APPROVER");
  const viewer = await createMember(institution.id, "VIEWER");
  const plan = await createPlan(admin, institution.slug, "Strategie zum Löschen");
  const prisma = await getPrisma();
  await prisma.$transaction((tx) => writePrefill(tx, plan.id, prefillRows(demoPlanContent()), admin.userId));
  const invitation = await createInvitation(admin, institution.slug, {
    role: "EDITOR",
    email: "neu@test.example",
  });
  const comment = await addComment(director, plan.id, { step: "goals", body: "Bitte das Ziel schärfen." });
  const workshopLink = await createWorkshopLink(editor, plan.id, {});
  const guest = await joinWorkshop({ token: workshopLink.token, name: "Gerda Gast" }, "203.0.113.77");
  await submitPlan(editor, plan.id, institution.slug, { note: "Bitte prüfen." });
  await decidePlan(director, plan.id, { decision: "approve", note: "Passt." });
  const { strategy } = await loadPlanContent(plan.id);
  await recordCheckIn(editor, plan.id, {
    note: "Erstes Quartal",
    goals: [{ itemId: strategy.goals.goals[0]!.id, value: 11, note: null }],
    measures: [],
  });
  const share = await createShareLink(editor, plan.id, { version: "draft", language: "de" });
  return {
    admin,
    editor,
    director,
    viewer,
    institution,
    plan,
    invitation,
    comment,
    share,
    workshopLink,
    guest,
  };
}

describe("exporting an institution's data", () => {
  it("contains every kind of record, and no secrets", async () => {
    const { admin, editor, director, institution, plan, invitation, share, workshopLink, guest } =
      await busyInstitution();
    const data = await exportInstitution(admin, institution.slug);

    expect(data).toMatchObject({
      format: "wegweiser-institution",
      version: 1,
      institution: { id: institution.id, name: institution.name, slug: institution.slug },
    });
    expect(data.members.map((m) => m.role).sort()).toEqual(["ADMIN", "APPROVER", "EDITOR", "VIEWER"]);
    expect(data.members.find((m) => m.role === "ADMIN")).toMatchObject({
      email: admin.email,
      name: "Test Admin",
    });
    expect(data.invitations).toEqual([
      expect.objectContaining({ id: invitation.id, email: "neu@test.example", role: "EDITOR" }),
    ]);
    const [exported] = data.plans;
    expect(exported).toMatchObject({ id: plan.id, title: "Strategie zum Löschen", status: "APPROVED" });
    expect(exported!.draft.goals.goals.length).toBeGreaterThan(0);
    expect(exported!.versions).toEqual([
      expect.objectContaining({
        number: 1,
        note: "Passt.",
        approvedBy: { userId: director.userId, name: "Test APPROVER" },
      }),
    ]);
    expect(exported!.versions[0]!.content).toMatchObject({ goals: expect.any(Object) });
    expect(exported!.versions[0]!.institutionType).toBe("YOUTH_WELFARE");
    expect(exported!.decisions).toEqual([expect.objectContaining({ decision: "APPROVED" })]);
    expect(exported!.submissions).toEqual([
      expect.objectContaining({
        note: "Bitte prüfen.",
        submittedBy: { userId: editor.userId, name: "Test EDITOR" },
        withdrawnAt: null,
      }),
    ]);
    expect(exported!.comments).toEqual([expect.objectContaining({ body: "Bitte das Ziel schärfen." })]);
    expect(exported!.checkIns).toEqual([
      expect.objectContaining({ note: "Erstes Quartal", entries: [expect.objectContaining({ value: 11 })] }),
    ]);
    expect(exported!.shareLinks).toEqual([expect.objectContaining({ id: share.id, edition: "draft" })]);
    expect(exported!.workshop.guestLinks).toEqual([
      expect.objectContaining({
        id: workshopLink.id,
        guests: [expect.objectContaining({ name: "Gerda Gast" })],
      }),
    ]);
    expect(data.auditLog.map((a) => a.action)).toEqual(
      expect.arrayContaining(["plan.created", "invitation.created", "plan.approved", "share.created"]),
    );

    const text = JSON.stringify(data);
    const prisma = await getPrisma();
    const secrets = [
      ...(
        await prisma.user.findMany({ where: { memberships: { some: { institutionId: institution.id } } } })
      ).map((u) => u.passwordHash),
      (await prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).tokenHash,
      (await prisma.shareLink.findUniqueOrThrow({ where: { id: share.id } })).tokenHash,
      (await prisma.workshopLink.findUniqueOrThrow({ where: { id: workshopLink.id } })).tokenHash,
      (await prisma.workshopGuest.findFirstOrThrow({ where: { linkId: workshopLink.id } })).secretHash,
      invitation.token,
      share.token,
      workshopLink.token,
      guest.secret,
    ];
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/passwordHash|tokenHash|secretHash|sessionVersion/);

    // The export itself is in the audit log.
    const { events } = await listAuditEvents(admin, institution.slug);
    expect(events[0]?.action).toBe("institution.exported");
  });

  it("is a JSON download for admins; other roles are refused, strangers see 'not found'", async () => {
    const { admin, editor, institution } = await busyInstitution();
    const stranger = await createInstitutionWithAdmin();
    const call = () =>
      exportRoute(new Request("http://localhost/x"), { params: Promise.resolve({ slug: institution.slug }) });

    await signIn(admin.userId);
    const ok = await call();
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(ok.headers.get("content-disposition")).toMatch(/^attachment; filename="wegweiser-.+\.json"/);
    expect(((await ok.json()) as { format: string }).format).toBe("wegweiser-institution");

    await signIn(editor.userId);
    expect((await call()).status).toBe(403);
    await signIn(stranger.admin.userId);
    const foreign = await call();
    expect(foreign.status).toBe(404);
    expect(await foreign.json()).toEqual({ error: "NOT_FOUND", message: "NOT_FOUND" });
    clientRequest.cookies.delete(SESSION_COOKIE);
    expect((await call()).status).toBe(401);
  });
});

describe("deleting an institution", () => {
  it("only its admins may, and only with the exact name; anything else changes nothing", async () => {
    const { admin, editor, institution } = await busyInstitution();
    const stranger = await createInstitutionWithAdmin();
    const name = institution.name;
    await expect(deleteInstitution(editor, institution.slug, { confirmName: name })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      deleteInstitution(stranger.admin, institution.slug, { confirmName: name }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      deleteInstitution(admin, institution.slug, { confirmName: name.toUpperCase() }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", messageKey: "confirmNameMismatch" });
    await expect(deleteInstitution(admin, institution.slug, { confirmName: "" })).rejects.toMatchObject({
      messageKey: "confirmNameMismatch",
    });
    const prisma = await getPrisma();
    expect(await prisma.institution.count({ where: { id: institution.id } })).toBe(1);
    expect(await prisma.plan.count({ where: { institutionId: institution.id } })).toBe(1);
  });

  it("removes every row of the institution, stops its share links, keeps its members' accounts and an anonymous record", async () => {
    const { admin, editor, director, viewer, institution, plan, share } = await busyInstitution();
    const prisma = await getPrisma();
    // A member of two institutions keeps the other one.
    const other = await createInstitutionWithAdmin();
    await prisma.membership.create({
      data: { userId: editor.userId, institutionId: other.institution.id, role: "EDITOR" },
    });
    expect((await openShareLink(share.token)).status).toBe("ok");
    const checkInIds = (await prisma.checkIn.findMany({ where: { planId: plan.id } })).map((c) => c.id);
    const stageIds = (await prisma.approvalStage.findMany({ where: { institutionId: institution.id } })).map(
      (s) => s.id,
    );
    expect(await prisma.notification.count({ where: { institutionId: institution.id } })).toBeGreaterThan(0);

    await deleteInstitution(admin, institution.slug, { confirmName: ` ${institution.name} ` });

    const byInstitution = { where: { institutionId: institution.id } };
    const byPlan = { where: { planId: plan.id } };
    expect({
      institution: await prisma.institution.count({ where: { id: institution.id } }),
      memberships: await prisma.membership.count(byInstitution),
      invitations: await prisma.invitation.count(byInstitution),
      plans: await prisma.plan.count(byInstitution),
      auditEvents: await prisma.auditEvent.count(byInstitution),
      stages: await prisma.approvalStage.count(byInstitution),
      stageMembers: await prisma.approvalStageMember.count({ where: { stageId: { in: stageIds } } }),
      notifications: await prisma.notification.count(byInstitution),
      items: await prisma.planItem.count(byPlan),
      values: await prisma.planValue.count(byPlan),
      versions: await prisma.planVersion.count(byPlan),
      decisions: await prisma.planDecision.count(byPlan),
      submissions: await prisma.planSubmission.count(byPlan),
      comments: await prisma.comment.count(byPlan),
      shareLinks: await prisma.shareLink.count(byPlan),
      checkIns: await prisma.checkIn.count(byPlan),
      checkInEntries: await prisma.checkInEntry.count({ where: { checkInId: { in: checkInIds } } }),
      reminders: await prisma.planReminder.count(byPlan),
      presence: await prisma.planPresence.count(byPlan),
    }).toEqual({
      institution: 0,
      memberships: 0,
      invitations: 0,
      plans: 0,
      auditEvents: 0,
      stages: 0,
      stageMembers: 0,
      notifications: 0,
      items: 0,
      values: 0,
      versions: 0,
      decisions: 0,
      submissions: 0,
      comments: 0,
      shareLinks: 0,
      checkIns: 0,
      checkInEntries: 0,
      reminders: 0,
      presence: 0,
    });
    expect(await openShareLink(share.token)).toEqual({ status: "missing" });
    for (const person of [admin, editor, director, viewer]) {
      expect(await prisma.user.count({ where: { id: person.userId } })).toBe(1);
    }
    expect(await prisma.membership.count({ where: { userId: editor.userId } })).toBe(1);

    const record = await prisma.systemAuditEvent.findFirstOrThrow({ where: { subjectId: institution.id } });
    expect(record).toMatchObject({
      action: "institution.deleted",
      subjectHash: institutionSubjectHash(institution.slug),
      details: { reason: "admin", members: 4, plans: 1 },
    });
    const recordText = JSON.stringify(record);
    for (const personal of [institution.name, institution.slug, admin.email, admin.userId, "Test Admin"]) {
      expect(recordText).not.toContain(personal);
    }
    // Raw SQL: Prisma's PostgreSQL adapter reports the trigger's error code as a foreign-key error.
    await expect(
      prisma.$executeRawUnsafe(`UPDATE "SystemAuditEvent" SET "action" = 'x' WHERE id = $1`, record.id),
    ).rejects.toThrow(/immutable/);
  });
});

describe("deleting one's own account", () => {
  it("needs the password, anonymises what stays, removes the person and ends their sessions", async () => {
    const { admin, director, institution, plan } = await busyInstitution();
    const prisma = await getPrisma();
    const person = await prisma.user.findUniqueOrThrow({ where: { id: director.userId } });
    await beginLoginAttempt(person.email, "198.51.100.7");
    const failuresBefore = await prisma.loginFailure.count();
    await signIn(director.userId);
    expect(await currentActor()).toMatchObject({ userId: director.userId });

    await expect(deleteAccount(director, { password: "nicht mein Passwort" })).rejects.toMatchObject({
      messageKey: "wrongPasswordForDeletion",
    });
    expect(await prisma.user.count({ where: { id: director.userId } })).toBe(1);

    await deleteAccount(director, { password: TEST_PASSWORD });

    expect(await prisma.user.count({ where: { id: director.userId } })).toBe(0);
    expect(await prisma.membership.count({ where: { userId: director.userId } })).toBe(0);
    // The session cookie the person still holds is worth nothing now.
    expect(await currentActor()).toBeNull();

    // The comment, the approval and the audit entries stay, without name or id.
    const { comments } = await listComments(admin, plan.id);
    expect(comments).toEqual([expect.objectContaining({ body: "Bitte das Ziel schärfen.", authorName: "" })]);
    const history = await getPlanHistory(admin, plan.id);
    expect(history.versions[0]).toMatchObject({ number: 1, approvedByName: "" });
    expect(history.decisions[0]).toMatchObject({ decision: "APPROVED", decidedByName: "" });
    const approvals = await prisma.auditEvent.findMany({
      where: { institutionId: institution.id, action: "plan.approved" },
    });
    expect(approvals).toEqual([expect.objectContaining({ actorId: null, actorName: "" })]);
    // Others' notifications of the person's comment stay, without the name.
    const { items: notifications } = await listNotifications(admin);
    expect(notifications.length).toBeGreaterThan(0);
    expect(JSON.stringify(notifications)).not.toContain(person.name);
    expect(notifications).toContainEqual(
      expect.objectContaining({ data: expect.objectContaining({ actorName: "" }) }),
    );
    const { events } = await listAuditEvents(admin, institution.slug);
    expect(events[0]).toMatchObject({ action: "member.account_deleted", actorName: "" });

    // Nothing anywhere still holds the person's e-mail address, name or id.
    const leftovers = JSON.stringify(await exportInstitution(admin, institution.slug));
    expect(leftovers).not.toContain(person.email);
    expect(leftovers).not.toContain(director.userId);
    expect(await prisma.auditEvent.count({ where: { actorName: { contains: person.email } } })).toBe(0);
    expect(await prisma.loginFailure.count()).toBe(failuresBefore - 1);

    // The audit log stays append-only apart from anonymisation.
    await expect(
      prisma.$executeRawUnsafe(
        `UPDATE "AuditEvent" SET "action" = 'plan.deleted' WHERE "institutionId" = $1`,
        institution.id,
      ),
    ).rejects.toThrow(/immutable/);
    await expect(
      prisma.$executeRawUnsafe(
        `UPDATE "AuditEvent" SET "actorName" = 'Jemand anderes' WHERE "institutionId" = $1`,
        institution.id,
      ),
    ).rejects.toThrow(/immutable/);
  });

  it("keeps the person's submissions in the plan's history, without their name", async () => {
    const { admin, editor, plan } = await busyInstitution();
    await deleteAccount(editor, { password: TEST_PASSWORD });
    const { submissions } = await getPlanHistory(admin, plan.id);
    expect(submissions).toEqual([expect.objectContaining({ note: "Bitte prüfen.", submittedByName: "" })]);
  });

  it("stops the person's links to the draft and their workshop links, as a removal does", async () => {
    const { admin, editor, institution, plan, share, workshopLink } = await busyInstitution();
    const approved = await createShareLink(editor, plan.id, { version: 1, language: "de" });
    await deleteAccount(editor, { password: TEST_PASSWORD });
    expect(await openShareLink(share.token)).toEqual({ status: "missing" });
    await expect(
      joinWorkshop({ token: workshopLink.token, name: "Gast" }, "203.0.113.78"),
    ).rejects.toMatchObject({
      code: "GONE",
    });
    // The approved version, sent out for the institution, stays readable.
    expect((await openShareLink(approved.token)).status).toBe("ok");
    expect((await getPlanHistory(admin, plan.id)).versions).toHaveLength(1);
    // The institution's log says how many stopped working, as it does for a removal.
    const { events } = await listAuditEvents(admin, institution.slug);
    expect(events.find((event) => event.action === "member.account_deleted")?.details).toEqual({
      linksRevoked: 2,
    });
  });

  it("keeps a submission the person withdrew, without their name as the one who withdrew it", async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    const editor = await createMember(institution.id, "EDITOR");
    const director = await createMember(institution.id, "APPROVER");
    const plan = await createCompletePlan(admin, institution.slug, "Zurückgezogen");
    await submitPlan(admin, plan.id, institution.slug, { note: "Zweite Runde" });
    await withdrawSubmission(editor, plan.id);
    await deleteAccount(editor, { password: TEST_PASSWORD });
    const { submissions } = await getPlanHistory(director, plan.id);
    expect(submissions[0]).toMatchObject({
      note: "Zweite Runde",
      submittedByName: "Test Admin",
      withdrawnByName: "",
    });
  });

  it("is refused for the last admin of an institution with other members, until they hand over", async () => {
    const { admin, editor, institution } = await busyInstitution();
    const prisma = await getPrisma();
    expect(await describeAccountDeletion(admin)).toEqual({
      blockedBy: [
        { slug: institution.slug, name: institution.name, lastAdmin: true, stages: [], waitingPlan: null },
      ],
      deletedWith: [],
    });
    await expect(deleteAccount(admin, { password: TEST_PASSWORD })).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "lastAdminOfInstitution",
      details: { institutions: institution.name },
    });
    expect(await prisma.user.count({ where: { id: admin.userId } })).toBe(1);
    expect(await prisma.membership.count({ where: { institutionId: institution.id } })).toBe(4);

    const editorMembership = await prisma.membership.findFirstOrThrow({ where: { userId: editor.userId } });
    await changeMemberRole(admin, institution.slug, editorMembership.id, "ADMIN");
    await deleteAccount(admin, { password: TEST_PASSWORD });
    expect(await prisma.user.count({ where: { id: admin.userId } })).toBe(0);
    expect(await prisma.institution.count({ where: { id: institution.id } })).toBe(1);
  });

  it("is refused for the only decider of an approval stage, until the stage has someone else", async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    const director = await createMember(institution.id, "APPROVER");
    const deputy = await createMember(institution.id, "APPROVER");
    await addStage(admin, institution.slug, { name: "Amtsleitung", memberIds: [director.userId] });
    expect(await describeAccountDeletion(director)).toEqual({
      blockedBy: [
        {
          slug: institution.slug,
          name: institution.name,
          lastAdmin: false,
          stages: ["Amtsleitung"],
          waitingPlan: null,
        },
      ],
      deletedWith: [],
    });
    await expect(deleteAccount(director, { password: TEST_PASSWORD })).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "soleStageDeciderAccount",
      details: { institution: institution.name, stages: "Amtsleitung", count: 1 },
    });
    const prisma = await getPrisma();
    expect(await prisma.user.count({ where: { id: director.userId } })).toBe(1);
    expect(await prisma.approvalStageMember.count({ where: { userId: director.userId } })).toBe(1);

    // With a second decider on the stage, leaving no longer strands a plan there.
    const [stage] = (await getChainSettings(admin, institution.slug)).stages;
    await removeStage(admin, institution.slug, stage!.id);
    await addStage(admin, institution.slug, {
      name: "Amtsleitung",
      memberIds: [director.userId, deputy.userId],
    });
    expect((await describeAccountDeletion(director)).blockedBy).toEqual([]);
    await deleteAccount(director, { password: TEST_PASSWORD });
    expect(await prisma.user.count({ where: { id: director.userId } })).toBe(0);
    expect((await getChainSettings(admin, institution.slug)).stages[0]!.members).toEqual([
      expect.objectContaining({ id: deputy.userId }),
    ]);
  });

  it("is refused for the last approver while a plan waits for a decision, until it is decided", async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    const director = await createMember(institution.id, "APPROVER");
    const plan = await createPlan(admin, institution.slug, "Wartet auf die Leitung");
    const prisma = await getPrisma();
    await prisma.$transaction((tx) =>
      writePrefill(tx, plan.id, prefillRows(demoPlanContent()), admin.userId),
    );
    await submitPlan(admin, plan.id, institution.slug, {});
    expect((await describeAccountDeletion(director)).blockedBy).toEqual([
      {
        slug: institution.slug,
        name: institution.name,
        lastAdmin: false,
        stages: [],
        waitingPlan: "Wartet auf die Leitung",
      },
    ]);
    await expect(deleteAccount(director, { password: TEST_PASSWORD })).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "lastApproverInReviewAccount",
      details: { institution: institution.name, plan: "Wartet auf die Leitung" },
    });
    expect(await prisma.user.count({ where: { id: director.userId } })).toBe(1);

    await decidePlan(director, plan.id, { decision: "approve", note: "" });
    expect((await describeAccountDeletion(director)).blockedBy).toEqual([]);
    await deleteAccount(director, { password: TEST_PASSWORD });
    expect(await prisma.user.count({ where: { id: director.userId } })).toBe(0);
  });

  it("takes along an institution whose only member they are", async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    const plan = await createPlan(admin, institution.slug, "Allein");
    expect(await describeAccountDeletion(admin)).toEqual({
      blockedBy: [],
      deletedWith: [{ slug: institution.slug, name: institution.name }],
    });
    await deleteAccount(admin, { password: TEST_PASSWORD });
    const prisma = await getPrisma();
    expect(await prisma.institution.count({ where: { id: institution.id } })).toBe(0);
    expect(await prisma.plan.count({ where: { id: plan.id } })).toBe(0);
    expect(await prisma.systemAuditEvent.findFirst({ where: { subjectId: institution.id } })).toMatchObject({
      details: { reason: "lastMemberDeletedAccount", members: 1, plans: 1 },
    });
  });
});
