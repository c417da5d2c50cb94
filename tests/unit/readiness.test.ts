import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { loadMessages } from "@/lib/i18n/catalogue";
import { findingValues } from "@/lib/strategy/finding-values";
import { checkReadiness, type Finding, type ReadinessResult } from "@/lib/strategy/readiness";
import type { TStrategy } from "@/lib/strategy/steps";
import { emptyStrategy } from "@/lib/strategy/units";
import { readyStrategy } from "./fixtures/strategy";

const codes = (findings: { code: string }[]) => findings.map((f) => f.code);
const check = (s: TStrategy, isPublicBody = false) => checkReadiness(s, { isPublicBody });

/** A finding as the reader sees it, its entries named the way the app names them. */
async function findingText(finding: Finding, locale: "de" | "en") {
  const t = createTranslator({ locale, messages: await loadMessages(locale) });
  return t(
    `readiness.findings.${finding.code}` as never,
    findingValues(finding, {
      platform: (platform) => t(`strategy.options.platform.${platform}` as never),
      untitled: (step, list, number) =>
        t(`strategy.steps.${step}.lists.${list}.itemFallback` as never, { number } as never),
    }) as never,
  );
}
const gradeOf = (result: ReadinessResult, key: string) => result.criteria.find((c) => c.key === key)?.grade;

function variant(change: (s: TStrategy) => void): TStrategy {
  const s = readyStrategy();
  change(s);
  return s;
}

describe("readiness check", () => {
  it("passes the complete demo plan with every criterion met", () => {
    const result = check(readyStrategy());
    expect(result.blockers).toEqual([]);
    expect(result.canSubmit).toBe(true);
    expect(result.score).toBe(100);
  });

  it("grades an empty plan as missing everywhere and blocks it", () => {
    const result = check(emptyStrategy());
    expect(result.criteria.filter((c) => !c.key.startsWith("own:")).map((c) => c.grade)).toEqual(
      Array(7).fill("missing"),
    );
    expect(codes(result.blockers).sort()).toEqual([
      "noHorizon",
      "noMeasurableGoal",
      "noSponsor",
      "noTimeFreed",
    ]);
    expect(result.canSubmit).toBe(false);
    expect(result.score).toBe(0);
  });

  describe("blockers", () => {
    it("no working time freed up: hours without relief is a blocker, not a warning", () => {
      const s = variant((s) => s.staff.people.forEach((p) => (p.relievedOf = null)));
      const result = check(s);
      expect(codes(result.blockers)).toContain("noTimeFreed");
      expect(codes(result.warnings)).not.toContain("noTimeFreed");
      // Hours on top of a full day are no time for it: none is granted.
      expect(gradeOf(result, "time")).toBe("missing");
      expect(codes(result.blockers)).not.toContain("workloadFarAbove");
      expect(codes(check(readyStrategy()).blockers)).not.toContain("noTimeFreed");
    });

    it("one hour freed does not make thirty on top count: only freed time is compared with the workload", () => {
      const s = variant((s) => {
        s.staff.people.forEach((p, index) => {
          p.hoursPerWeek = index === 0 ? 1 : 30;
          if (index > 0) p.relievedOf = null;
        });
      });
      const result = check(s);
      expect(codes(result.blockers)).not.toContain("noTimeFreed");
      expect(result.blockers).toContainEqual(
        expect.objectContaining({
          code: "workloadFarAbove",
          params: expect.objectContaining({ granted: 1 }),
        }),
      );
    });

    it("no time freed when nobody has hours", () => {
      const result = check(variant((s) => s.staff.people.forEach((p) => (p.hoursPerWeek = 0))));
      expect(codes(result.blockers)).toContain("noTimeFreed");
      expect(gradeOf(result, "time")).toBe("missing");
    });

    it("no leadership sponsor, or leadership against the project", () => {
      expect(codes(check(variant((s) => (s.backing.sponsorName = null))).blockers)).toEqual(["noSponsor"]);
      expect(codes(check(variant((s) => (s.backing.leadershipBacking = "none"))).blockers)).toEqual([
        "leadershipAgainst",
      ]);
      expect(codes(check(variant((s) => (s.backing.leadershipBacking = "partial"))).blockers)).toEqual([]);
    });

    it("a horizon under 12 months, or none", () => {
      const short = check(variant((s) => (s.commitment.horizonMonths = 6)));
      expect(short.blockers).toEqual([
        expect.objectContaining({
          code: "shortHorizon",
          params: { months: 6 },
          target: { step: "commitment", field: "horizonMonths" },
        }),
      ]);
      expect(codes(check(variant((s) => (s.commitment.horizonMonths = null))).blockers)).toEqual([
        "noHorizon",
      ]);
      expect(codes(check(variant((s) => (s.commitment.horizonMonths = 12))).blockers)).toEqual([]);
    });

    it("no measurable goal: each goal lacks an indicator, a target or a date", () => {
      const result = check(
        variant((s) => {
          s.goals.goals[0]!.target = null;
          s.goals.goals[1]!.dueDate = null;
        }),
      );
      expect(codes(result.blockers)).toEqual(["noMeasurableGoal"]);
      expect(codes(check(variant((s) => (s.goals.goals[0]!.target = null))).blockers)).toEqual([]);
    });

    it("workload far above the hours granted", () => {
      const result = check(variant((s) => (s.channels.channels[0]!.postsPerWeek = 14)));
      expect(result.blockers).toEqual([
        expect.objectContaining({ code: "workloadFarAbove", target: { step: "staff", list: "people" } }),
      ]);
      expect(gradeOf(result, "time")).toBe("partial");
    });

    it("workload somewhat above the hours granted is only a warning", () => {
      // Far more posts than the demo plan's granted hours can carry, but not 1.5 times as much.
      const result = check(variant((s) => (s.channels.channels[0]!.postsPerWeek = 7)));
      expect(codes(result.warnings)).toContain("workloadAbove");
      expect(codes(result.blockers)).toEqual([]);
      expect(result.canSubmit).toBe(true);
    });
  });

  describe("warnings and grades", () => {
    it("everything resting on one person", () => {
      const result = check(variant((s) => (s.staff.people = s.staff.people.slice(0, 1))));
      expect(codes(result.warnings)).toContain("singlePerson");
      expect(codes(check(readyStrategy()).warnings)).not.toContain("singlePerson");
    });

    it("people without cover", () => {
      const result = check(variant((s) => (s.staff.people[0]!.coveredBy = null)));
      expect(result.warnings).toContainEqual(
        expect.objectContaining({ code: "personNoCover", params: { name: "Eva Engel" } }),
      );
    });

    it("an explicit budget of 0 counts as an answer, an empty one does not", () => {
      expect(gradeOf(check(variant((s) => (s.resources.budgetPerYear = 0))), "resources")).toBe("complete");
      const open = check(variant((s) => (s.resources.budgetPerYear = null)));
      expect(gradeOf(open, "resources")).toBe("partial");
      expect(open.criteria.find((c) => c.key === "resources")?.findings[0]).toMatchObject({
        code: "noBudgetAnswer",
        target: { step: "resources", field: "budgetPerYear" },
      });
    });

    it("goals: missing baseline warns and points at the goal's field", () => {
      const s = variant((s) => (s.goals.goals[0]!.baseline = null));
      const goal = s.goals.goals[0]!;
      expect(check(s).warnings).toContainEqual({
        code: "goalNoBaseline",
        params: { name: goal.title! },
        target: { step: "goals", list: "goals", itemId: goal.id, field: "baseline" },
      });
    });

    it("backing: partial leadership and staff not behind make it partial", () => {
      const result = check(variant((s) => (s.backing.staffBacking = "partial")));
      expect(gradeOf(result, "backing")).toBe("partial");
      expect(codes(result.warnings)).toContain("staffNotBehind");
    });

    it("long-term: milestones without date and nothing secured beyond a pilot", () => {
      const result = check(
        variant((s) => {
          s.commitment.milestones[0]!.dueDate = null;
          s.commitment.securedBeyondPilot = null;
        }),
      );
      expect(gradeOf(result, "longTerm")).toBe("partial");
      expect(codes(result.criteria.find((c) => c.key === "longTerm")!.findings)).toEqual([
        "milestoneNoDate",
        "notSecured",
      ]);
    });

    it("long-term: a milestone nobody answers for makes it partial, pointing at its owner field", () => {
      const result = check(variant((s) => (s.commitment.milestones[1]!.owner = null)));
      expect(gradeOf(result, "longTerm")).toBe("partial");
      const [finding] = result.criteria.find((c) => c.key === "longTerm")!.findings;
      expect(finding).toMatchObject({
        code: "milestoneNoOwner",
        params: { name: "Instagram und WhatsApp-Kanal gestartet" },
        target: { step: "commitment", list: "milestones", field: "owner" },
      });
      expect(result.blockers).toEqual([]);
    });

    it("involvement: described but undated is partial, pointing at the date", () => {
      const result = check(variant((s) => (s.involvement.involvedSince = null)));
      expect(gradeOf(result, "involvement")).toBe("partial");
      expect(result.criteria.find((c) => c.key === "involvement")!.findings).toEqual([
        { code: "involvementUndated", target: { step: "involvement", field: "involvedSince" } },
      ]);
    });

    it("involvement: without a feedback loop it is partial; without anything missing", () => {
      expect(gradeOf(check(variant((s) => (s.involvement.feedbackLoop = null))), "involvement")).toBe(
        "partial",
      );
      expect(
        gradeOf(
          check(variant((s) => ((s.involvement.feedbackLoop = null), (s.involvement.howInvolved = null)))),
          "involvement",
        ),
      ).toBe("missing");
    });

    it("involvement: reservations named at the start and left unanswered make it partial, with a warning", async () => {
      const result = check(variant((s) => (s.involvement.reservationsResponse = null)));
      const finding: Finding = {
        code: "reservationsUnanswered",
        target: { step: "involvement", field: "reservationsResponse" },
      };
      expect(gradeOf(result, "involvement")).toBe("partial");
      expect(result.criteria.find((c) => c.key === "involvement")!.findings).toEqual([finding]);
      expect(result.warnings).toContainEqual(finding);
      expect(result.canSubmit).toBe(true);
      expect(await findingText(finding, "de")).toBe(
        "Im Ausgangspunkt sind Vorbehalte im Haus benannt, aber nicht, wie Sie ihnen begegnen.",
      );
      // Without reservations there is nothing to answer.
      const none = check(
        variant((s) => ((s.start.reservations = null), (s.involvement.reservationsResponse = null))),
      );
      expect(gradeOf(none, "involvement")).toBe("complete");
      expect(none.warnings.map((w) => w.code)).not.toContain("reservationsUnanswered");
    });

    it("deficits: each needs measure, owner, due date and priority", () => {
      const result = check(variant((s) => (s.deficits.deficits[0]!.owner = null)));
      expect(gradeOf(result, "deficits")).toBe("partial");
      expect(codes(result.criteria.find((c) => c.key === "deficits")!.findings)).toEqual(["deficitNoOwner"]);
      expect(gradeOf(check(variant((s) => (s.deficits.deficits = []))), "deficits")).toBe("missing");
    });

    it("public bodies' channels pass the compliance gate or the plan is blocked; others are not asked", () => {
      const s = variant((s) => (s.channels.channels[0]!.imprint = false));
      const publicBody = check(s, true);
      expect(publicBody.blockers).toContainEqual(
        expect.objectContaining({ code: "complianceOpen", params: { name: "@demo.jugendhilfe", count: 1 } }),
      );
      expect(publicBody.canSubmit).toBe(false);
      expect(codes([...check(s, false).warnings, ...check(s, false).blockers])).not.toContain(
        "complianceOpen",
      );
      expect(check(readyStrategy(), true).canSubmit).toBe(true);
    });

    it("joint controllership answered 'no' is not settled: the gate stays closed", () => {
      const s = variant((s) => (s.channels.channels[0]!.jointControllership = false));
      expect(codes(check(s, true).blockers)).toContain("complianceOpen");
    });

    it("the gate asks the same of X, Bluesky, Threads, Telegram, XING and a platform not listed", () => {
      for (const platform of ["x", "bluesky", "threads", "telegram", "xing", "otherPlatform"] as const) {
        const s = variant((s) => (s.channels.channels[0]!.platform = platform));
        expect(codes(check(s, true).blockers), platform).not.toContain("complianceOpen");
        s.channels.channels[0]!.imprint = false;
        expect(codes(check(s, true).blockers), platform).toContain("complianceOpen");
      }
      // A channel without a platform (radio, say) has none to answer for.
      const radio = variant((s) => {
        s.channels.channels[0]!.platform = "other";
        s.channels.channels[0]!.imprint = false;
      });
      expect(codes(check(radio, true).blockers)).not.toContain("complianceOpen");
    });

    it("an unnamed channel is named by its platform, in the reader's language", async () => {
      const s = variant((s) => {
        s.channels.channels[0]!.imprint = false;
        s.channels.channels[0]!.name = null;
      });
      const finding = check(s, true).blockers.find((w) => w.code === "complianceOpen")!;
      expect(await findingText(finding, "de")).toMatch(/^Beim Kanal „Instagram“/);
    });

    it("a goal due on a day that has passed is flagged, once the check knows today", () => {
      const s = variant((s) => (s.goals.goals[0]!.dueDate = "2020-01-01"));
      const flagged = (today?: string) =>
        checkReadiness(s, { isPublicBody: false, today }).warnings.filter((w) => w.code === "goalDuePast");
      expect(flagged("2026-11-30")).toEqual([
        expect.objectContaining({
          target: expect.objectContaining({ itemId: s.goals.goals[0]!.id, field: "dueDate" }),
        }),
      ]);
      expect(flagged(undefined)).toEqual([]);
      // Due today is not past yet.
      expect(flagged("2020-01-01")).toEqual([]);
    });

    it("an entry without a title is named as the form names it, in the reader's language", async () => {
      const s = variant((s) => {
        s.goals.goals[1]!.title = null;
        s.goals.goals[1]!.baseline = null;
      });
      const finding = check(s).warnings.find((w) => w.code === "goalNoBaseline")!;
      for (const [locale, expected] of [
        ["de", /^Beim Ziel „Ziel 2“ fehlt der Ausgangswert/],
        ["en", /^The goal “Goal 2” has no baseline/],
      ] as const) {
        expect(await findingText(finding, locale)).toMatch(expected);
      }
    });

    it("a channel being left needs no compliance answers and adds no workload", () => {
      const s = variant((s) => (s.channels.channels[2]!.state = "leaving"));
      expect(check(s, true).warnings.filter((w) => w.target.itemId === s.channels.channels[2]!.id)).toEqual(
        [],
      );
    });

    it("a channel whose target group was removed has none, though the choice is kept for an undo", () => {
      const s = variant((s) => s.start.targetGroups.splice(0, 1));
      const orphaned = s.channels.channels.filter(
        (channel) =>
          channel.state !== "leaving" && channel.targetGroup === readyStrategy().start.targetGroups[0]!.id,
      );
      expect(orphaned.length).toBeGreaterThan(0);
      const flagged = check(s)
        .warnings.filter((w) => w.code === "channelNoTargetGroup")
        .map((w) => w.target.itemId);
      expect(flagged).toEqual(orphaned.map((channel) => channel.id));
      // Checked, not changed: the wizard still holds the reference.
      expect(orphaned[0]!.targetGroup).toBe(readyStrategy().start.targetGroups[0]!.id);
    });

    it("warns of a goal serving no target group and of post approval with no time frame", () => {
      const s = variant((s) => {
        s.goals.goals[1]!.targetGroup = null;
        s.backing.approvalHours = null;
      });
      const result = check(s);
      expect(result.warnings).toContainEqual(
        expect.objectContaining({
          code: "goalNoTargetGroup",
          target: expect.objectContaining({ itemId: s.goals.goals[1]!.id, field: "targetGroup" }),
        }),
      );
      expect(codes(result.warnings)).toContain("noApprovalTime");
      expect(result.canSubmit).toBe(true);
      // Without anyone named to approve posts, that is the warning; the time frame comes after.
      s.backing.postApprovers = null;
      expect(codes(check(s).warnings)).not.toContain("noApprovalTime");
    });

    it("warns when no one is named to decide on a disputed post, without holding the plan back", () => {
      expect(codes(check(readyStrategy()).warnings)).not.toContain("noEscalationPath");
      const result = check(variant((s) => (s.backing.escalationPath = null)));
      expect(result.warnings).toContainEqual({
        code: "noEscalationPath",
        target: { step: "backing", field: "escalationPath" },
      });
      expect(result.canSubmit).toBe(true);
    });

    it("includes the institution's own criteria", () => {
      const result = check(variant((s) => (s.readiness.ownCriteria[0]!.met = "partly")));
      const own = result.criteria.find((c) => c.key.startsWith("own:"));
      expect(own).toMatchObject({ title: "Die Mitarbeitervertretung ist informiert", grade: "partial" });
      expect(own?.findings[0]?.code).toBe("ownCriterionOpen");
      expect(result.canSubmit).toBe(true);
    });

    it("every finding targets a real step", () => {
      const steps = [
        "start",
        "goals",
        "channels",
        "resources",
        "backing",
        "staff",
        "commitment",
        "involvement",
        "deficits",
        "readiness",
      ];
      const result = check(emptyStrategy(), true);
      for (const finding of [
        ...result.blockers,
        ...result.warnings,
        ...result.criteria.flatMap((c) => c.findings),
      ]) {
        expect(steps).toContain(finding.target.step);
      }
    });
  });
});
