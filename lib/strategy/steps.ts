import { amount, choice, date, flag, list, longText, ref, shortText, step, type StepValues } from "./fields";

/** Channels run on a third party's platform: for public bodies they must pass the compliance gate. */
const SOCIAL_PLATFORM_KEYS = [
  "instagram",
  "facebook",
  "youtube",
  "linkedin",
  "mastodon",
  "tiktok",
  "whatsapp",
  "x",
  "bluesky",
  "threads",
  "telegram",
  "xing",
  // A platform not listed is a platform all the same: the same questions, the same workload.
  "otherPlatform",
] as const;

export const SOCIAL_PLATFORMS: readonly string[] = SOCIAL_PLATFORM_KEYS;

export const PLATFORMS = [
  ...SOCIAL_PLATFORM_KEYS,
  "website",
  "newsletter",
  "print",
  "events",
  "other",
] as const;

/** The compliance gate: asked of public bodies, for each channel on a social platform. */
const COMPLIANCE_GATE = {
  publicBodiesOnly: true,
  onlyWhen: { field: "platform", in: SOCIAL_PLATFORMS },
} as const;

export const CHANNEL_STATES = ["planned", "active", "leaving"] as const;
export const PRIORITIES = ["high", "medium", "low"] as const;
export const REVIEW_CADENCES = ["monthly", "quarterly", "halfYearly", "yearly"] as const;
export const LEADERSHIP_BACKING = ["full", "partial", "none"] as const;

/**
 * The strategy's structure: ten steps, each with its fields and lists. This is the single source
 * of truth for the wizard's forms, validation on client and server, the readiness check, and the
 * document and exports. Labels, hints and guidance live in the message catalogues under
 * `strategy.<step>.<field>`.
 */
export const STEPS = {
  start: step(
    {
      mission: longText({ required: true }),
      currentChannels: longText(),
      experiences: longText(),
      reservations: longText(),
    },
    {
      targetGroups: list(
        { name: shortText({ required: true }), description: longText(), reachedHow: longText() },
        { titleField: "name", minItems: 1, maxItems: 30 },
      ),
    },
  ),
  goals: step(
    { leadershipExpectations: longText({ required: true }) },
    {
      goals: list(
        {
          title: shortText({ required: true }),
          indicator: shortText({ required: true }),
          baseline: amount(0, 1_000_000_000, { unitField: "unit" }),
          target: amount(0, 1_000_000_000, { unitField: "unit" }),
          unit: shortText(),
          dueDate: date(),
          targetGroup: ref("start.targetGroups"),
        },
        { titleField: "title", minItems: 1, maxItems: 40 },
      ),
    },
  ),
  channels: step(
    {},
    {
      channels: list(
        {
          platform: choice("platform", PLATFORMS, { required: true }),
          name: shortText(),
          state: choice("channelState", CHANNEL_STATES, { required: true }),
          targetGroup: ref("start.targetGroups"),
          purpose: longText({ required: true }),
          postsPerWeek: amount(0, 50, { unit: "perWeek" }),
          necessity: longText(COMPLIANCE_GATE),
          alternativeChannel: shortText(COMPLIANCE_GATE),
          dataProtection: longText(COMPLIANCE_GATE),
          jointControllership: flag(COMPLIANCE_GATE),
          imprint: flag(COMPLIANCE_GATE),
          archiving: shortText(COMPLIANCE_GATE),
          accessiblePosts: flag(COMPLIANCE_GATE),
          dpoSignedOffBy: shortText(COMPLIANCE_GATE),
          dpoSignedOffOn: date(COMPLIANCE_GATE),
        },
        { titleField: "name", minItems: 1, maxItems: 30 },
      ),
    },
  ),
  resources: step(
    {
      budgetPerYear: amount(0, 10_000_000, { required: true, unit: "eurPerYear" }),
      budgetNotes: longText(),
      tools: longText(),
      contentSources: longText({ required: true }),
    },
    {
      competences: list(
        { competence: shortText({ required: true }), translation: longText() },
        { titleField: "competence", maxItems: 30 },
      ),
    },
  ),
  backing: step(
    {
      sponsorName: shortText({ required: true }),
      sponsorRole: shortText(),
      leadershipBacking: choice("backing", LEADERSHIP_BACKING, { required: true }),
      staffBacking: choice("backing", LEADERSHIP_BACKING),
      commitments: longText({ required: true }),
      postApprovers: shortText(),
      approvalHours: amount(0, 720, { unit: "hours" }),
      escalationPath: longText(),
      crisisPath: longText({ required: true }),
    },
    {},
  ),
  staff: step(
    {
      minutesPerPost: amount(5, 600, { unit: "minutes", integer: true }),
      communityMinutesPerDay: amount(0, 480, { unit: "minutes", integer: true }),
      monitoringMinutesPerWeek: amount(0, 1200, { unit: "minutes", integer: true }),
      weekendCoverage: flag(),
      hourlyRate: amount(0, 500, { unit: "eurPerHour" }),
      fullTimeHours: amount(1, 60, { unit: "hoursPerWeek" }),
    },
    {
      people: list(
        {
          name: shortText({ required: true }),
          role: shortText(),
          hoursPerWeek: amount(0, 60, { required: true, unit: "hoursPerWeek" }),
          relievedOf: longText({ required: true }),
          coveredBy: ref("staff.people"),
        },
        { titleField: "name", minItems: 1, maxItems: 40 },
      ),
    },
  ),
  commitment: step(
    {
      horizonMonths: amount(1, 120, { required: true, unit: "months", integer: true }),
      reviewCadence: choice("reviewCadence", REVIEW_CADENCES, { required: true }),
      securedBeyondPilot: longText({ required: true }),
    },
    {
      milestones: list(
        { title: shortText({ required: true }), owner: shortText(), dueDate: date({ required: true }) },
        { titleField: "title", minItems: 1 },
      ),
    },
  ),
  involvement: step(
    {
      howInvolved: longText({ required: true }),
      involvedSince: date(),
      reservationsResponse: longText(),
      training: longText(),
      feedbackLoop: longText({ required: true }),
    },
    {},
  ),
  deficits: step(
    {},
    {
      deficits: list(
        {
          deficit: shortText({ required: true }),
          measure: longText({ required: true }),
          owner: shortText({ required: true }),
          dueDate: date({ required: true }),
          priority: choice("priority", PRIORITIES, { required: true }),
        },
        { titleField: "deficit", minItems: 1, maxItems: 50 },
      ),
    },
  ),
  readiness: step(
    {},
    {
      ownCriteria: list(
        {
          title: shortText({ required: true }),
          description: longText(),
          met: choice("criterionMet", ["yes", "partly", "no"] as const),
        },
        { titleField: "title", maxItems: 20 },
      ),
    },
  ),
} as const;

export type StepKey = keyof typeof STEPS;
export const STEP_KEYS = Object.keys(STEPS) as StepKey[];

export type TStrategy = { [K in StepKey]: StepValues<(typeof STEPS)[K]> };
export type TStepValues<K extends StepKey> = TStrategy[K];

export const PUBLIC_BODY_TYPES: readonly string[] = ["MUNICIPALITY", "MINISTRY", "AGENCY"];

/** Whether an institution of this type is a public body (compliance gate, stricter readiness). */
export const isPublicBody = (institutionType: string) => PUBLIC_BODY_TYPES.includes(institutionType);
