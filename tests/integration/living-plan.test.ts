import { describe, expect, it } from "vitest";
import { listAuditEvents } from "@/lib/access/audit";
import { loadProgressReport, recordCheckIn } from "@/lib/access/check-ins";
import { listNotifications } from "@/lib/access/notifications";
import { loadPlanContent } from "@/lib/access/plan-content";
import { decidePlan, submitPlan } from "@/lib/access/plan-workflow";
import { createPlan, getPlan } from "@/lib/access/plans";
import { findOverduePlans, sendDueReminders } from "@/lib/access/reminders";
import { getPrisma } from "@/lib/db/client";
import { writePrefill } from "@/lib/db/prefill";
import { addMonths, berlinDate, startOfBerlinDay } from "@/lib/living/schedule";
import { demoPlanContent } from "@/lib/strategy/demo-plan";
import { prefillRows } from "@/lib/strategy/template-rows";
import { createInstitutionWithAdmin, createMember } from "../support/factories";

/** An approved copy of the demo plan (quarterly check-ins, 24 months) in a fresh institution. */
async function approvedPlan() {
  const { admin, institution } = await createInstitutionWithAdmin();
  const plan = await createPlan(admin, institution.slug, "Lebendiger Plan");
  const prisma = await getPrisma();
  await prisma.$transaction((tx) => writePrefill(tx, plan.id, prefillRows(demoPlanContent()), admin.userId));
  const director = await createMember(institution.id, "APPROVER");
  await submitPlan(admin, plan.id);
  await decidePlan(director, plan.id, { decision: "approve" });
  const version = await prisma.planVersion.findFirstOrThrow({ where: { planId: plan.id } });
  const { strategy } = await loadPlanContent(plan.id);
  /** A moment `days` after the first quarterly check-in is due (noon, Berlin). */
  const afterFirstDue = (days: number) =>
    new Date(
      startOfBerlinDay(addMonths(berlinDate(version.approvedAt), 3)).getTime() + (days * 24 + 12) * 3_600_000,
    );
  return { admin, institution, plan, director, version, strategy, afterFirstDue };
}

describe("the living plan", () => {
  it("a check-in records values and states without touching the approved version or the draft", async () => {
    const { admin, plan, version, strategy } = await approvedPlan();
    const prisma = await getPrisma();
    const before = await loadPlanContent(plan.id);
    const [goal] = strategy.goals.goals;
    const [deficit] = strategy.deficits.deficits;
    const [milestone] = strategy.commitment.milestones;
    await recordCheckIn(admin, plan.id, {
      note: "Erstes Quartal",
      goals: [{ itemId: goal!.id, value: 12, note: "Start im März" }],
      measures: [
        { itemId: deficit!.id, state: "done", note: null },
        { itemId: milestone!.id, state: "atRisk", note: "Kamera fehlt" },
      ],
    });

    const after = await prisma.planVersion.findUniqueOrThrow({ where: { id: version.id } });
    expect(after).toEqual(version);
    expect((await getPlan(admin, plan.id)).plan.status).toBe("APPROVED");
    expect((await loadPlanContent(plan.id)).planRevision).toBe(before.planRevision);

    const report = (await loadProgressReport(admin, plan.id))!;
    expect(report.version.number).toBe(1);
    expect(report.goals[0]).toMatchObject({
      itemId: goal!.id,
      baseline: goal!.baseline,
      target: goal!.target,
      unit: goal!.unit,
      latest: { value: 12, note: "Start im März" },
    });
    expect(report.goals[0]!.series).toHaveLength(1);
    // The milestone's owner is who the report names for it, as for a deficit's measure.
    expect(report.measures.find((m) => m.itemId === milestone!.id)).toMatchObject({
      kind: "milestone",
      owner: "Eva Engel",
      state: "atRisk",
      note: "Kamera fehlt",
    });
    const total = strategy.deficits.deficits.length + strategy.commitment.milestones.length;
    expect(report.measuresByState).toEqual({
      onTrack: 0,
      atRisk: 1,
      late: 0,
      done: 1,
      notAssessed: total - 2,
    });
    expect(report.checkIns).toEqual([
      expect.objectContaining({ note: "Erstes Quartal", recordedByName: "Test Admin" }),
    ]);

    const { events } = await listAuditEvents(admin, (await getPlan(admin, plan.id)).institution.slug);
    // One actual value and two assessments, counted apart.
    expect(events[0]).toMatchObject({
      action: "checkin.recorded",
      targetType: "checkIn",
      details: { values: 1, states: 2 },
    });
  });

  it("refuses viewers, approvers, strangers, unknown items, empty check-ins and unapproved plans", async () => {
    const { institution, plan, director, strategy, admin } = await approvedPlan();
    const goalId = strategy.goals.goals[0]!.id;
    const input = { goals: [{ itemId: goalId, value: 3, note: null }], measures: [] };
    const viewer = await createMember(institution.id, "VIEWER");
    await expect(recordCheckIn(viewer, plan.id, input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(recordCheckIn(director, plan.id, input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const stranger = await createInstitutionWithAdmin();
    await expect(recordCheckIn(stranger.admin, plan.id, input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(loadProgressReport(stranger.admin, plan.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      recordCheckIn(admin, plan.id, { goals: [{ itemId: "nicht-da", value: 1, note: null }], measures: [] }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", messageKey: "unknownItem" });
    await expect(
      recordCheckIn(admin, plan.id, { goals: [{ itemId: goalId, value: null, note: null }], measures: [] }),
    ).rejects.toMatchObject({ messageKey: "emptyCheckIn" });
    const draft = await createPlan(admin, institution.slug, "Noch nicht freigegeben");
    await expect(recordCheckIn(admin, draft.id, input)).rejects.toMatchObject({ messageKey: "notApproved" });
    expect(await loadProgressReport(admin, draft.id)).toBeNull();
  });

  it("finds overdue plans, and a check-in answers the overdue one", async () => {
    const { admin, institution, plan, strategy, afterFirstDue } = await approvedPlan();
    const ids = [institution.id];
    expect(await findOverduePlans(afterFirstDue(-10), ids)).toEqual([]);
    expect(await findOverduePlans(afterFirstDue(-1), ids)).toEqual([]);
    const overdue = await findOverduePlans(afterFirstDue(1), ids);
    expect(overdue.map((p) => p.id)).toEqual([plan.id]);
    expect(overdue[0]!.schedule.next).toMatchObject({ slot: 1, state: "overdue" });

    const at = afterFirstDue(2);
    const checkIn = await recordCheckIn(
      admin,
      plan.id,
      { goals: [{ itemId: strategy.goals.goals[0]!.id, value: 9, note: null }], measures: [] },
      { at },
    );
    expect(checkIn.slot).toBe(1);
    expect(await findOverduePlans(at, ids)).toEqual([]);
    const report = (await loadProgressReport(admin, plan.id, { at }))!;
    expect(report.schedule.nextCheckIn).toEqual({
      dueOn: addMonths(report.version.approvedOn, 6),
      state: "upcoming",
    });
  });

  it("sends each reminder once, however often and from however many instances it is evaluated", async () => {
    const { institution, plan, version, afterFirstDue } = await approvedPlan();
    const editor = await createMember(institution.id, "EDITOR");
    const viewer = await createMember(institution.id, "VIEWER");
    const ids = [institution.id];

    expect(await sendDueReminders(afterFirstDue(-20), ids)).toBe(0);
    // A week ahead: "due soon", evaluated by three instances at the same moment.
    const soon = afterFirstDue(-3);
    const counts = await Promise.all([
      sendDueReminders(soon, ids),
      sendDueReminders(soon, ids),
      sendDueReminders(soon, ids),
    ]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await sendDueReminders(soon, ids)).toBe(0);
    // Overdue: one more, once.
    expect(await sendDueReminders(afterFirstDue(1), ids)).toBe(1);
    expect(await sendDueReminders(afterFirstDue(5), ids)).toBe(0);

    const { items } = await listNotifications(editor);
    expect(items.filter((n) => n.planId === plan.id).map((n) => n.kind)).toEqual([
      "checkin.overdue",
      "checkin.due_soon",
    ]);
    expect(items[0]!.data.dueOn).toBe(addMonths(berlinDate(version.approvedAt), 3));
    expect((await listNotifications(viewer)).items).toEqual([]);
  });
});
