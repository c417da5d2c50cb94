import { SOCIAL_PLATFORMS, type TStrategy } from "./steps";

export interface CapacitySettings {
  minutesPerPost: number;
  communityMinutesPerDay: number;
  monitoringMinutesPerWeek: number;
  weekendCoverage: boolean;
  hourlyRate: number;
  fullTimeHours: number;
}

export const DEFAULT_CAPACITY: CapacitySettings = {
  minutesPerPost: 90,
  communityMinutesPerDay: 15,
  monitoringMinutesPerWeek: 30,
  weekendCoverage: false,
  hourlyRate: 50,
  fullTimeHours: 39,
};

// Yearly figures count 46 working weeks: 52 weeks less leave and public holidays.
export const WORKING_WEEKS_PER_YEAR = 46;

/** "empty": no posting planned and no hours granted yet, so nothing to compare. */
export type CapacityStatus = "empty" | "fits" | "tight" | "over" | "farOver";

export interface ChannelWorkload {
  itemId: string;
  platform: string | null;
  name: string | null;
  contentHours: number;
  communityHours: number;
  monitoringHours: number;
  weekendHours: number;
  totalHours: number;
}

export interface CapacityEstimate {
  settings: CapacitySettings;
  perChannel: ChannelWorkload[];
  /** Hours per week. */
  workload: { content: number; community: number; monitoring: number; weekend: number; total: number };
  /** Hours of the people relieved of other work for this: time freed up, the only time that counts. */
  grantedHours: number;
  /** Hours entered for people not (yet) relieved of anything: on top of their work, so not counted. */
  unrelievedHours: number;
  /** Granted minus needed; negative means a shortfall. */
  gapHours: number;
  fte: { needed: number; granted: number };
  yearlyCost: { needed: number; granted: number };
  /** Needed / granted; null when no time is granted. */
  ratio: number | null;
  status: CapacityStatus;
  singlePointOfFailure: boolean;
  /** People with hours whose cover is missing or points to nobody. */
  uncoveredPeople: string[];
}

/**
 * Whether it is stated which work a person is relieved of. Social media on top of a full day does
 * not happen: hours without relief are not counted as time for it.
 */
export function isRelieved(person: { relievedOf: string | null }) {
  return typeof person.relievedOf === "string" && person.relievedOf.trim() !== "";
}

export function capacitySettings(strategy: TStrategy): CapacitySettings {
  const staff = strategy.staff;
  return {
    minutesPerPost: staff.minutesPerPost ?? DEFAULT_CAPACITY.minutesPerPost,
    communityMinutesPerDay: staff.communityMinutesPerDay ?? DEFAULT_CAPACITY.communityMinutesPerDay,
    monitoringMinutesPerWeek: staff.monitoringMinutesPerWeek ?? DEFAULT_CAPACITY.monitoringMinutesPerWeek,
    weekendCoverage: staff.weekendCoverage ?? DEFAULT_CAPACITY.weekendCoverage,
    hourlyRate: staff.hourlyRate ?? DEFAULT_CAPACITY.hourlyRate,
    fullTimeHours: staff.fullTimeHours ?? DEFAULT_CAPACITY.fullTimeHours,
  };
}

/**
 * Weekly workload from channels x cadence x minutes per task, against the hours granted to people.
 * Community management, monitoring and weekend service apply to channels on social platforms;
 * a website, newsletter or print channel only needs content. Channels being left count nothing.
 */
export function estimateCapacity(strategy: TStrategy): CapacityEstimate {
  const settings = capacitySettings(strategy);
  const perChannel = strategy.channels.channels
    .filter((channel) => channel.state !== "leaving")
    .map((channel): ChannelWorkload => {
      const social = channel.platform !== null && SOCIAL_PLATFORMS.includes(channel.platform);
      const contentHours = ((channel.postsPerWeek ?? 0) * settings.minutesPerPost) / 60;
      const communityHours = social ? (settings.communityMinutesPerDay * 5) / 60 : 0;
      const monitoringHours = social ? settings.monitoringMinutesPerWeek / 60 : 0;
      const weekendHours =
        social && settings.weekendCoverage ? (settings.communityMinutesPerDay * 2) / 60 : 0;
      return {
        itemId: channel.id,
        platform: channel.platform,
        name: channel.name,
        contentHours,
        communityHours,
        monitoringHours,
        weekendHours,
        totalHours: contentHours + communityHours + monitoringHours + weekendHours,
      };
    });
  const sum = (pick: (c: ChannelWorkload) => number) => perChannel.reduce((total, c) => total + pick(c), 0);
  const workload = {
    content: sum((c) => c.contentHours),
    community: sum((c) => c.communityHours),
    monitoring: sum((c) => c.monitoringHours),
    weekend: sum((c) => c.weekendHours),
    total: sum((c) => c.totalHours),
  };
  const people = strategy.staff.people;
  const working = people.filter((person) => (person.hoursPerWeek ?? 0) > 0);
  const hoursOf = (group: typeof people) =>
    group.reduce((total, person) => total + (person.hoursPerWeek ?? 0), 0);
  const grantedHours = hoursOf(working.filter((person) => isRelieved(person)));
  const enteredHours = hoursOf(working);
  const unrelievedHours = enteredHours - grantedHours;
  const ids = new Set(people.map((person) => person.id));
  const uncoveredPeople = working
    .filter((person) => !person.coveredBy || person.coveredBy === person.id || !ids.has(person.coveredBy))
    .map((person) => person.id);
  const largestShare = working.reduce((max, person) => Math.max(max, person.hoursPerWeek ?? 0), 0);
  const singlePointOfFailure =
    working.length === 1 || (working.length > 1 && largestShare / enteredHours > 0.8);
  const ratio = grantedHours > 0 ? workload.total / grantedHours : null;
  const status: CapacityStatus =
    ratio === null
      ? workload.total > 0
        ? "farOver"
        : enteredHours > 0
          ? "fits"
          : "empty"
      : ratio > 1.5
        ? "farOver"
        : ratio > 1
          ? "over"
          : ratio > 0.9
            ? "tight"
            : "fits";
  const yearly = (hours: number) => hours * WORKING_WEEKS_PER_YEAR * settings.hourlyRate;
  return {
    settings,
    perChannel,
    workload,
    grantedHours,
    unrelievedHours,
    gapHours: grantedHours - workload.total,
    fte: { needed: workload.total / settings.fullTimeHours, granted: grantedHours / settings.fullTimeHours },
    yearlyCost: { needed: yearly(workload.total), granted: yearly(grantedHours) },
    ratio,
    status,
    singlePointOfFailure,
    uncoveredPeople,
  };
}
