import { describe, expect, it } from "vitest";
import { addComment, listComments, setCommentResolved } from "@/lib/access/comments";
import { listNotifications, markNotificationsRead, openNotification } from "@/lib/access/notifications";
import { decidePlan, submitPlan } from "@/lib/access/plan-workflow";
import { applyChange } from "@/lib/access/plan-content";
import { createPlan } from "@/lib/access/plans";
import { getPrisma } from "@/lib/db/client";
import { writePrefill } from "@/lib/db/prefill";
import { demoPlanContent } from "@/lib/strategy/demo-plan";
import { prefillRows } from "@/lib/strategy/template-rows";
import { createInstitutionWithAdmin, createMember } from "../support/factories";

async function setup() {
  const { admin, institution } = await createInstitutionWithAdmin();
  const editor = await createMember(institution.id, "EDITOR");
  const plan = await createPlan(editor, institution.slug, "Kommentierter Plan");
  const director = await createMember(institution.id, "APPROVER");
  const viewer = await createMember(institution.id, "VIEWER");
  return { admin, institution, editor, plan, director, viewer };
}

describe("comments", () => {
  it("on a step and on a list item, with one level of replies, resolved and reopened", async () => {
    const { editor, plan, director, viewer } = await setup();
    const item = "11111111-1111-4111-8111-111111111111";
    await applyChange(editor, plan.id, { op: "addItem", list: "goals.goals", itemId: item });
    const onStep = await addComment(director, plan.id, {
      step: "backing",
      body: "Der Krisenweg fehlt noch.",
    });
    await addComment(viewer, plan.id, { step: "goals", itemId: item, body: "Ist das Ziel messbar?" });
    await addComment(editor, plan.id, { step: "goals", parentId: onStep.id, body: "Ergänze ich." });

    const { comments } = await listComments(editor, plan.id);
    expect(comments.map((c) => [c.step, c.itemId, c.body, c.replies.map((r) => r.body)])).toEqual([
      ["backing", null, "Der Krisenweg fehlt noch.", ["Ergänze ich."]],
      ["goals", item, "Ist das Ziel messbar?", []],
    ]);
    // A step's page asks only for its own threads; a reply stays with its thread.
    const onBacking = await listComments(editor, plan.id, undefined, { step: "backing" });
    expect(onBacking.comments.map((c) => [c.body, c.replies.map((r) => r.body)])).toEqual([
      ["Der Krisenweg fehlt noch.", ["Ergänze ich."]],
    ]);

    await setCommentResolved(editor, onStep.id, true);
    expect((await listComments(editor, plan.id)).comments[0]?.resolvedAt).not.toBeNull();
    await setCommentResolved(director, onStep.id, false);
    expect((await listComments(editor, plan.id)).comments[0]?.resolvedAt).toBeNull();
  });

  it("refuses replies to replies, items of other steps, empty text and strangers", async () => {
    const { editor, plan, director } = await setup();
    const top = await addComment(director, plan.id, { step: "start", body: "Frage" });
    const reply = await addComment(editor, plan.id, { step: "start", parentId: top.id, body: "Antwort" });
    await expect(
      addComment(director, plan.id, { step: "start", parentId: reply.id, body: "Zu tief" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(addComment(director, plan.id, { step: "start", body: "   " })).rejects.toThrow();
    await expect(
      addComment(director, plan.id, { step: "start", itemId: "not-there", body: "x" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const stranger = await createInstitutionWithAdmin();
    await expect(addComment(stranger.admin, plan.id, { step: "start", body: "Hallo" })).rejects.toMatchObject(
      { code: "NOT_FOUND" },
    );
    await expect(setCommentResolved(stranger.admin, top.id, true)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("notifications", () => {
  it("tell the mentioned person and the plan's author, with an unread count", async () => {
    const { editor, plan, director, admin } = await setup();
    const prisma = await getPrisma();
    const adminUser = await prisma.user.findUniqueOrThrow({ where: { id: admin.userId } });
    await addComment(director, plan.id, { step: "staff", body: `Bitte @${adminUser.name} ansehen.` });

    const forAdmin = await listNotifications(admin);
    expect(forAdmin.unread).toBe(1);
    expect(forAdmin.items[0]).toMatchObject({
      kind: "comment.mention",
      data: { actorName: "Test APPROVER", planTitle: "Kommentierter Plan", step: "staff" },
    });
    const forEditor = await listNotifications(editor);
    expect(forEditor.items.map((n) => n.kind)).toEqual(["comment.created"]);
    // Only someone in several institutions needs to be told which one a notice is from.
    expect(forAdmin.items[0]!.institutionName).toBeNull();
    const { institution: other } = await createInstitutionWithAdmin("Zweite Einrichtung");
    await prisma.membership.create({
      data: { userId: admin.userId, institutionId: other.id, role: "VIEWER" },
    });
    const named = (await listNotifications(admin)).items[0]!;
    expect(named.institutionName).toBe(
      (await prisma.institution.findFirstOrThrow({ where: { plans: { some: { id: plan.id } } } })).name,
    );
    expect((await listNotifications(director)).unread).toBe(0);

    // Following one marks it read; someone else's leads nowhere and stays unread.
    expect(await openNotification(editor, forAdmin.items[0]!.id)).toBe("/notifications");
    expect((await listNotifications(admin)).unread).toBe(1);
    expect(await openNotification(admin, forAdmin.items[0]!.id)).toBe(
      `/institutions/${forAdmin.items[0]!.data.institutionSlug}/plans/${plan.id}/steps/staff`,
    );
    expect((await listNotifications(admin)).unread).toBe(0);
    expect((await listNotifications(editor)).unread).toBe(1);

    await markNotificationsRead(editor);
    expect((await listNotifications(editor)).unread).toBe(0);
  });

  it("tell approvers about a submission and editors about the decision", async () => {
    const { editor, plan, director } = await setup();
    const prisma = await getPrisma();
    await prisma.$transaction((tx) =>
      writePrefill(tx, plan.id, prefillRows(demoPlanContent()), editor.userId),
    );
    await submitPlan(editor, plan.id);
    expect((await listNotifications(director)).items.map((n) => n.kind)).toEqual(["plan.submitted"]);
    expect((await listNotifications(director)).unread).toBe(1);
    await decidePlan(director, plan.id, { decision: "requestChanges", note: "Bitte nachschärfen." });
    // Deciding settles the director's "submitted for approval": it is no longer new to them.
    expect((await listNotifications(director)).unread).toBe(0);
    expect((await listNotifications(editor)).items[0]).toMatchObject({
      kind: "plan.changes_requested",
      data: { note: "Bitte nachschärfen." },
    });
  });
});
