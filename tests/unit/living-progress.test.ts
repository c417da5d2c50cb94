import { describe, expect, it } from "vitest";
import { chartGeometry } from "@/lib/living/chart";
import { buildProgressReport, type ProgressInput } from "@/lib/living/progress-report";
import { emptyStrategy } from "@/lib/strategy/units";

function content() {
  const strategy = emptyStrategy();
  strategy.commitment.reviewCadence = "quarterly";
  strategy.commitment.horizonMonths = 24;
  strategy.goals.goals = [
    {
      id: "g1",
      title: "Mehr Erstkontakte",
      indicator: "Erstkontakte pro Quartal",
      baseline: 8,
      target: 25,
      unit: "Erstkontakte",
      dueDate: "2027-12-31",
      targetGroup: null,
    },
  ];
  strategy.deficits.deficits = [
    {
      id: "d1",
      deficit: "Kein Diensthandy",
      measure: "Beschaffen",
      owner: "Lena",
      dueDate: "2027-02-15",
      priority: "high",
    },
    {
      id: "d2",
      deficit: "Keine Netiquette",
      measure: "Schreiben",
      owner: "Eva",
      dueDate: "2027-02-26",
      priority: "high",
    },
  ];
  strategy.commitment.milestones = [
    { id: "m1", title: "Kanal gestartet", owner: "Lena", dueDate: "2027-03-15" },
  ];
  return strategy;
}

const input = (checkIns: ProgressInput["checkIns"]): ProgressInput => ({
  planTitle: "Plan",
  version: { number: 2, approvedAt: new Date("2027-01-15T09:00:00Z"), content: content() },
  checkIns,
  now: new Date("2027-05-01T09:00:00Z"),
});

describe("the progress report", () => {
  it("orders each goal's values by date and takes each measure's latest state", () => {
    const report = buildProgressReport(
      input([
        {
          id: "c2",
          versionNumber: 2,
          slot: 1,
          recordedAt: new Date("2027-04-14T10:00:00Z"),
          recordedByName: "Eva",
          note: null,
          entries: [
            { itemId: "g1", value: 14, state: null, note: "besser" },
            { itemId: "d1", value: null, state: "done", note: null },
          ],
        },
        {
          id: "c1",
          versionNumber: 1,
          slot: 1,
          recordedAt: new Date("2026-12-01T10:00:00Z"),
          recordedByName: "Eva",
          note: "alt",
          entries: [
            { itemId: "g1", value: 10, state: null, note: null },
            { itemId: "d1", value: null, state: "late", note: "Lieferung" },
            { itemId: "gone", value: 99, state: null, note: null },
          ],
        },
      ]),
    );
    expect(report.goals[0]!.series.map((p) => [p.date, p.value])).toEqual([
      ["2026-12-01", 10],
      ["2027-04-14", 14],
    ]);
    expect(report.goals[0]!.latest?.note).toBe("besser");
    expect(report.measures.map((m) => [m.itemId, m.kind, m.state])).toEqual([
      ["d1", "measure", "done"],
      ["d2", "measure", null],
      ["m1", "milestone", null],
    ]);
    expect(report.measuresByState).toEqual({ onTrack: 0, atRisk: 0, late: 0, done: 1, notAssessed: 2 });
    expect(report.checkIns.map((c) => c.id)).toEqual(["c2", "c1"]);
    // Version 2's first check-in (slot 1) is answered: the next is due in July.
    expect(report.schedule.nextCheckIn).toEqual({ dueOn: "2027-07-15", state: "upcoming" });
    expect(report.version).toEqual({
      number: 2,
      approvedAt: "2027-01-15T09:00:00.000Z",
      approvedOn: "2027-01-15",
    });
  });

  it("is overdue when version 2 has no check-in after its first due date", () => {
    const report = buildProgressReport(input([]));
    expect(report.schedule.nextCheckIn).toEqual({ dueOn: "2027-04-15", state: "overdue" });
    expect(report.goals[0]!.series).toEqual([]);
  });
});

describe("the progress chart's scales", () => {
  it("puts baseline, target and values on one scale starting at zero", () => {
    const geometry = chartGeometry(
      {
        baseline: 8,
        target: 25,
        dueDate: null,
        series: [
          { date: "2027-01-15", recordedAt: "", value: 8, note: null },
          { date: "2027-04-15", recordedAt: "", value: 14, note: null },
        ],
      },
      "2027-01-15",
    );
    expect(geometry.yTicks[0]!.value).toBe(0);
    expect(geometry.yTicks.at(-1)!.value).toBeGreaterThanOrEqual(25);
    expect(geometry.targetY!).toBeLessThan(geometry.baselineY!);
    expect(geometry.points[0]!.x).toBe(geometry.plot.left);
    expect(geometry.points[1]!.x).toBe(geometry.plot.right);
    expect(geometry.points[0]!.y).toBe(geometry.baselineY);
    expect(geometry.path).toMatch(/^M[\d.]+,[\d.]+ L[\d.]+,[\d.]+$/);
  });

  it("draws an empty chart without values", () => {
    const geometry = chartGeometry({ baseline: null, target: null, dueDate: null, series: [] }, "2027-01-15");
    expect(geometry.points).toEqual([]);
    expect(geometry.xTicks.map((t) => t.date)).toEqual(["2027-01-15", "2027-02-14"]);
    expect(geometry.planned).toBeNull();
  });

  it("runs to the goal's date, with the planned course from baseline to target, from the first day", () => {
    const geometry = chartGeometry(
      {
        baseline: 8,
        target: 25,
        dueDate: "2027-12-31",
        series: [{ date: "2026-12-15", recordedAt: "", value: 12, note: null }],
      },
      "2026-12-01",
    );
    expect(geometry.xTicks.map((t) => t.date)).toEqual(["2026-12-01", "2027-12-31"]);
    expect(geometry.dueX).toBe(geometry.plot.right);
    expect(geometry.planned).toEqual({
      x1: geometry.plot.left,
      y1: geometry.baselineY,
      x2: geometry.plot.right,
      y2: geometry.targetY,
    });
    // Two weeks into a 13-month way: near the start, not at the end of a one-month axis.
    expect(geometry.points[0]!.x).toBeLessThan(
      geometry.plot.left + 0.05 * (geometry.plot.right - geometry.plot.left),
    );
  });

  it("goes on past the goal's date when values come later", () => {
    const geometry = chartGeometry(
      {
        baseline: 8,
        target: 25,
        dueDate: "2027-06-30",
        series: [{ date: "2027-09-30", recordedAt: "", value: 20, note: null }],
      },
      "2027-01-01",
    );
    expect(geometry.xTicks.map((tick) => tick.date)).toEqual(["2027-01-01", "2027-06-30", "2027-09-30"]);
    expect(geometry.dueX!).toBeLessThan(geometry.plot.right);
  });
});
