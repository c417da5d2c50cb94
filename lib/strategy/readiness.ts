import { estimateCapacity, isRelieved } from "./capacity";
import { withoutDanglingRefs } from "./units";
import { SOCIAL_PLATFORMS, type StepKey, type TStrategy } from "./steps";

export const CRITERIA = [
  "goals",
  "resources",
  "backing",
  "time",
  "longTerm",
  "involvement",
  "deficits",
] as const;
export type CriterionKey = (typeof CRITERIA)[number];
export type Grade = "complete" | "partial" | "missing";

export interface FindingTarget {
  step: StepKey;
  field?: string;
  list?: string;
  itemId?: string;
}
export interface Finding {
  /** Key in the catalogue's `readiness.findings`. */
  code: string;
  params?: Record<string, string | number>;
  target: FindingTarget;
}
export interface CriterionResult {
  /** A criterion of CRITERIA, or "own:<itemId>" for the institution's own criteria. */
  key: string;
  title?: string;
  grade: Grade;
  /** Why it is not complete; empty when complete. */
  findings: Finding[];
}
export interface ReadinessResult {
  criteria: CriterionResult[];
  blockers: Finding[];
  warnings: Finding[];
  canSubmit: boolean;
  /** 0–100: complete counts fully, partial half. */
  score: number;
}
export interface ReadinessContext {
  isPublicBody: boolean;
  /** Today in Berlin (YYYY-MM-DD): a goal due before it is flagged. Left out, dates are not judged. */
  today?: string;
}

const has = (value: unknown) => value !== null && value !== undefined && value !== "";

function grade(findings: Finding[], nothing: boolean): Grade {
  if (nothing) return "missing";
  return findings.length ? "partial" : "complete";
}

/** A finding the criterion lists that also blocks the submission or warns before it. */
function flag(finding: Finding, findings: Finding[], blockersOrWarnings: Finding[]) {
  findings.push(finding);
  blockersOrWarnings.push(finding);
}

type Check = { criterion: CriterionResult; blockers: Finding[]; warnings: Finding[] };

/**
 * A list entry as a finding names it: by its title, or, without one, by its number, which the
 * reader's language turns into "Ziel 2" as the form calls it (see finding-values.ts).
 */
function itemName(title: string | null | undefined, index: number): Record<string, string | number> {
  return title ? { name: title } : { number: index + 1 };
}

function goals(s: TStrategy, context: ReadinessContext): Check {
  const findings: Finding[] = [];
  const warnings: Finding[] = [];
  const list = s.goals.goals;
  if (s.start.targetGroups.length === 0)
    findings.push({ code: "noTargetGroups", target: { step: "start", list: "targetGroups" } });
  if (list.length === 0) findings.push({ code: "noGoals", target: { step: "goals", list: "goals" } });
  list.forEach((goal, index) => {
    const name = itemName(goal.title, index);
    const at = (field: string): FindingTarget => ({ step: "goals", list: "goals", itemId: goal.id, field });
    if (!has(goal.indicator))
      findings.push({ code: "goalNoIndicator", params: name, target: at("indicator") });
    if (!has(goal.target)) findings.push({ code: "goalNoTarget", params: name, target: at("target") });
    if (!has(goal.dueDate)) findings.push({ code: "goalNoDueDate", params: name, target: at("dueDate") });
    if (!has(goal.baseline)) warnings.push({ code: "goalNoBaseline", params: name, target: at("baseline") });
    if (!has(goal.targetGroup))
      warnings.push({ code: "goalNoTargetGroup", params: name, target: at("targetGroup") });
    // Dates are YYYY-MM-DD, so they compare as text.
    if (context.today && goal.dueDate && goal.dueDate < context.today)
      warnings.push({ code: "goalDuePast", params: name, target: at("dueDate") });
  });
  if (!has(s.goals.leadershipExpectations)) {
    findings.push({
      code: "noLeadershipExpectations",
      target: { step: "goals", field: "leadershipExpectations" },
    });
  }
  const measurable = list.some((goal) => has(goal.indicator) && has(goal.target) && has(goal.dueDate));
  const blockers: Finding[] = measurable
    ? []
    : [{ code: "noMeasurableGoal", target: { step: "goals", list: "goals" } }];
  return {
    criterion: { key: "goals", grade: grade(findings, list.length === 0), findings },
    blockers,
    warnings,
  };
}

function resources(s: TStrategy): Check {
  const r = s.resources;
  const findings: Finding[] = [];
  if (!has(r.budgetPerYear))
    findings.push({ code: "noBudgetAnswer", target: { step: "resources", field: "budgetPerYear" } });
  if (!has(r.contentSources))
    findings.push({ code: "noContentSources", target: { step: "resources", field: "contentSources" } });
  if (!has(r.tools) && r.competences.length === 0)
    findings.push({ code: "noToolsOrCompetences", target: { step: "resources", list: "competences" } });
  const nothing =
    !has(r.budgetPerYear) && !has(r.contentSources) && !has(r.tools) && r.competences.length === 0;
  return {
    criterion: { key: "resources", grade: grade(findings, nothing), findings },
    blockers: [],
    warnings: [],
  };
}

function backing(s: TStrategy): Check {
  const b = s.backing;
  const findings: Finding[] = [];
  const blockers: Finding[] = [];
  const warnings: Finding[] = [];
  if (!has(b.sponsorName))
    flag({ code: "noSponsor", target: { step: "backing", field: "sponsorName" } }, findings, blockers);
  if (!has(b.leadershipBacking))
    findings.push({ code: "noLeadershipBacking", target: { step: "backing", field: "leadershipBacking" } });
  if (b.leadershipBacking === "none")
    flag(
      { code: "leadershipAgainst", target: { step: "backing", field: "leadershipBacking" } },
      findings,
      blockers,
    );
  if (b.leadershipBacking === "partial")
    flag(
      { code: "leadershipPartial", target: { step: "backing", field: "leadershipBacking" } },
      findings,
      warnings,
    );
  if (!has(b.staffBacking))
    findings.push({ code: "noStaffBacking", target: { step: "backing", field: "staffBacking" } });
  else if (b.staffBacking !== "full")
    flag({ code: "staffNotBehind", target: { step: "backing", field: "staffBacking" } }, findings, warnings);
  if (!has(b.commitments))
    findings.push({ code: "noCommitments", target: { step: "backing", field: "commitments" } });
  if (!has(b.crisisPath))
    findings.push({ code: "noCrisisPath", target: { step: "backing", field: "crisisPath" } });
  if (!has(b.postApprovers))
    warnings.push({ code: "noPostApprovers", target: { step: "backing", field: "postApprovers" } });
  else if (!has(b.approvalHours))
    warnings.push({ code: "noApprovalTime", target: { step: "backing", field: "approvalHours" } });
  // A disputed post or an unclear sign-off otherwise waits while the comments under it go on.
  if (!has(b.escalationPath))
    warnings.push({ code: "noEscalationPath", target: { step: "backing", field: "escalationPath" } });
  const nothing = !has(b.sponsorName) && !has(b.leadershipBacking) && !has(b.commitments);
  return { criterion: { key: "backing", grade: grade(findings, nothing), findings }, blockers, warnings };
}

function time(s: TStrategy): Check {
  const people = s.staff.people;
  const findings: Finding[] = [];
  const blockers: Finding[] = [];
  const warnings: Finding[] = [];
  const capacity = estimateCapacity(s);
  if (people.length === 0) findings.push({ code: "noPeople", target: { step: "staff", list: "people" } });
  people.forEach((person, index) => {
    const name = itemName(person.name, index);
    const at = (field: string): FindingTarget => ({
      step: "staff",
      list: "people",
      itemId: person.id,
      field,
    });
    if (!((person.hoursPerWeek ?? 0) > 0))
      findings.push({ code: "personNoHours", params: name, target: at("hoursPerWeek") });
    else if (!isRelieved(person))
      findings.push({ code: "personNotRelieved", params: name, target: at("relievedOf") });
    if (capacity.uncoveredPeople.includes(person.id))
      warnings.push({ code: "personNoCover", params: name, target: at("coveredBy") });
  });
  // Granted hours are exactly the hours of people relieved of other work.
  const freed = capacity.grantedHours > 0;
  if (!freed) blockers.push({ code: "noTimeFreed", target: { step: "staff", list: "people" } });
  const hours = (value: number) => Math.round(value * 10) / 10;
  const params = { needed: hours(capacity.workload.total), granted: hours(capacity.grantedHours) };
  // Without any time freed, that blocker says it all; the comparison counts freed time only.
  const capacityTarget = { step: "staff", list: "people" } as const;
  if (freed && capacity.status === "farOver")
    flag({ code: "workloadFarAbove", params, target: capacityTarget }, findings, blockers);
  else if (capacity.status === "over")
    flag({ code: "workloadAbove", params, target: capacityTarget }, findings, warnings);
  if (freed && capacity.singlePointOfFailure)
    flag({ code: "singlePerson", target: capacityTarget }, findings, warnings);
  return {
    criterion: { key: "time", grade: grade(findings, capacity.grantedHours === 0), findings },
    blockers,
    warnings,
  };
}

function longTerm(s: TStrategy): Check {
  const c = s.commitment;
  const findings: Finding[] = [];
  const blockers: Finding[] = [];
  if (!has(c.horizonMonths) || (c.horizonMonths ?? 0) < 12) {
    const finding: Finding = has(c.horizonMonths)
      ? {
          code: "shortHorizon",
          params: { months: c.horizonMonths ?? 0 },
          target: { step: "commitment", field: "horizonMonths" },
        }
      : { code: "noHorizon", target: { step: "commitment", field: "horizonMonths" } };
    flag(finding, findings, blockers);
  }
  if (!has(c.reviewCadence))
    findings.push({ code: "noReviewCadence", target: { step: "commitment", field: "reviewCadence" } });
  if (c.milestones.length === 0)
    findings.push({ code: "noMilestones", target: { step: "commitment", list: "milestones" } });
  c.milestones.forEach((milestone, index) => {
    if (!has(milestone.dueDate)) {
      findings.push({
        code: "milestoneNoDate",
        params: itemName(milestone.title, index),
        target: { step: "commitment", list: "milestones", itemId: milestone.id, field: "dueDate" },
      });
    }
    // A stage nobody answers for is the first to slip: the living plan asks its owner about it.
    if (!has(milestone.owner)) {
      findings.push({
        code: "milestoneNoOwner",
        params: itemName(milestone.title, index),
        target: { step: "commitment", list: "milestones", itemId: milestone.id, field: "owner" },
      });
    }
  });
  if (!has(c.securedBeyondPilot))
    findings.push({ code: "notSecured", target: { step: "commitment", field: "securedBeyondPilot" } });
  const nothing =
    !has(c.horizonMonths) && !has(c.reviewCadence) && c.milestones.length === 0 && !has(c.securedBeyondPilot);
  return {
    criterion: { key: "longTerm", grade: grade(findings, nothing), findings },
    blockers,
    warnings: [],
  };
}

function involvement(s: TStrategy): Check {
  const i = s.involvement;
  const findings: Finding[] = [];
  const warnings: Finding[] = [];
  if (!has(i.howInvolved))
    findings.push({ code: "notInvolved", target: { step: "involvement", field: "howInvolved" } });
  // "From the start" is the criterion: without a date, nobody can tell whether staff were asked
  // before the decisions or told after them.
  else if (!has(i.involvedSince))
    findings.push({ code: "involvementUndated", target: { step: "involvement", field: "involvedSince" } });
  if (!has(i.feedbackLoop))
    findings.push({ code: "noFeedbackLoop", target: { step: "involvement", field: "feedbackLoop" } });
  // Reservations named and left unanswered do not go away: the people who hold them are the ones
  // expected to carry the strategy out.
  if (has(s.start.reservations) && !has(i.reservationsResponse))
    flag(
      { code: "reservationsUnanswered", target: { step: "involvement", field: "reservationsResponse" } },
      findings,
      warnings,
    );
  if (!has(i.training))
    warnings.push({ code: "noTraining", target: { step: "involvement", field: "training" } });
  return {
    criterion: {
      key: "involvement",
      grade: grade(findings, !has(i.howInvolved) && !has(i.feedbackLoop)),
      findings,
    },
    blockers: [],
    warnings,
  };
}

function deficits(s: TStrategy): Check {
  const list = s.deficits.deficits;
  const findings: Finding[] = [];
  if (list.length === 0)
    findings.push({ code: "noDeficits", target: { step: "deficits", list: "deficits" } });
  list.forEach((deficit, index) => {
    const name = itemName(deficit.deficit, index);
    for (const field of ["measure", "owner", "dueDate", "priority"] as const) {
      if (!has(deficit[field])) {
        findings.push({
          code: `deficitNo${field[0]!.toUpperCase()}${field.slice(1)}`,
          params: name,
          target: { step: "deficits", list: "deficits", itemId: deficit.id, field },
        });
      }
    }
  });
  return {
    criterion: { key: "deficits", grade: grade(findings, list.length === 0), findings },
    blockers: [],
    warnings: [],
  };
}

const COMPLIANCE_ITEMS = [
  "necessity",
  "alternativeChannel",
  "dataProtection",
  "jointControllership",
  "imprint",
  "archiving",
  "accessiblePosts",
  "dpoSignedOffBy",
] as const;

/** Facts a public body must be able to say "yes" to; the other questions must be answered at all. */
const COMPLIANCE_MUST_HOLD: readonly string[] = ["jointControllership", "imprint", "accessiblePosts"];

/**
 * Channels: target groups and cadence for everyone, as warnings. For public bodies each channel on
 * a platform passes the compliance gate: an open question there stops the plan, as an authority
 * may not run a channel it cannot answer for.
 */
function channelFindings(s: TStrategy, context: ReadinessContext) {
  const warnings: Finding[] = [];
  const blockers: Finding[] = [];
  const active = s.channels.channels.filter((channel) => channel.state !== "leaving");
  if (active.length === 0)
    warnings.push({ code: "noChannels", target: { step: "channels", list: "channels" } });
  for (const channel of active) {
    // Unnamed, a channel is called by its platform, which is translated where the finding is shown.
    const name: Record<string, string> = channel.name
      ? { name: channel.name }
      : { platform: channel.platform ?? "other" };
    const at = (field: string): FindingTarget => ({
      step: "channels",
      list: "channels",
      itemId: channel.id,
      field,
    });
    if (!has(channel.targetGroup))
      warnings.push({ code: "channelNoTargetGroup", params: name, target: at("targetGroup") });
    if (!has(channel.postsPerWeek))
      warnings.push({ code: "channelNoCadence", params: name, target: at("postsPerWeek") });
    if (!context.isPublicBody || !channel.platform || !SOCIAL_PLATFORMS.includes(channel.platform)) continue;
    const open = COMPLIANCE_ITEMS.filter((item) =>
      COMPLIANCE_MUST_HOLD.includes(item) ? channel[item] !== true : !has(channel[item]),
    );
    if (open.length)
      blockers.push({
        code: "complianceOpen",
        params: { ...name, count: open.length },
        target: at(open[0]!),
      });
  }
  return { warnings, blockers };
}

function ownCriteria(s: TStrategy): CriterionResult[] {
  return s.readiness.ownCriteria.map((item, index) => {
    const grade: Grade = item.met === "yes" ? "complete" : item.met === "partly" ? "partial" : "missing";
    const title = item.title ?? String(index + 1);
    const findings: Finding[] =
      grade === "complete"
        ? []
        : [
            {
              code: "ownCriterionOpen",
              params: { name: title },
              target: { step: "readiness", list: "ownCriteria", itemId: item.id, field: "met" },
            },
          ];
    return { key: `own:${item.id}`, title, grade, findings };
  });
}

/**
 * Grades the seven criteria of a solid strategy and the institution's own, and separates blockers
 * (the plan cannot be submitted) from warnings. Pure: the same input always gives the same result.
 */
export function checkReadiness(content: TStrategy, context: ReadinessContext): ReadinessResult {
  // The wizard checks what it holds, where an item just removed may still be referred to.
  const strategy = withoutDanglingRefs(content);
  const checks = [goals, resources, backing, time, longTerm, involvement, deficits].map((check) =>
    check(strategy, context),
  );
  const criteria = [...checks.map((c) => c.criterion), ...ownCriteria(strategy)];
  const channels = channelFindings(strategy, context);
  const blockers = [...checks.flatMap((c) => c.blockers), ...channels.blockers];
  const warnings = [...checks.flatMap((c) => c.warnings), ...channels.warnings];
  const points = criteria.reduce(
    (sum, c) => sum + (c.grade === "complete" ? 1 : c.grade === "partial" ? 0.5 : 0),
    0,
  );
  return {
    criteria,
    blockers,
    warnings,
    canSubmit: blockers.length === 0,
    score: criteria.length ? Math.round((points / criteria.length) * 100) : 0,
  };
}
