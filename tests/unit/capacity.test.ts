import { describe, expect, it } from "vitest";
import { DEFAULT_CAPACITY, WORKING_WEEKS_PER_YEAR, estimateCapacity } from "@/lib/strategy/capacity";
import { emptyStrategy } from "@/lib/strategy/units";
import { STEPS, type TStrategy } from "@/lib/strategy/steps";

type Channel = TStrategy["channels"]["channels"][number];
type Person = TStrategy["staff"]["people"][number];

function channel(id: string, platform: string, postsPerWeek: number | null, state = "active"): Channel {
  const empty = Object.fromEntries(
    Object.keys(STEPS.channels.lists.channels.fields).map((key) => [key, null]),
  );
  return { ...empty, id, platform, postsPerWeek, state } as Channel;
}
function person(id: string, hoursPerWeek: number, coveredBy: string | null = null): Person {
  return { id, name: id, role: null, hoursPerWeek, relievedOf: "x", coveredBy };
}

function strategy(channels: Channel[], people: Person[], staff: Partial<TStrategy["staff"]> = {}): TStrategy {
  const s = emptyStrategy();
  s.channels.channels = channels;
  s.staff = { ...s.staff, ...staff, people };
  return s;
}

describe("capacity estimate", () => {
  it("computes content, community, monitoring per social channel with the defaults", () => {
    const result = estimateCapacity(
      strategy([channel("c1", "instagram", 2)], [person("a", 5, "b"), person("b", 5, "a")]),
    );
    // content 2 x 90 min = 3 h; community 15 min x 5 days = 1.25 h; monitoring 0.5 h
    expect(result.workload).toEqual({
      content: 3,
      community: 1.25,
      monitoring: 0.5,
      weekend: 0,
      total: 4.75,
    });
    expect(result.grantedHours).toBe(10);
    expect(result.gapHours).toBeCloseTo(5.25);
    expect(result.status).toBe("fits");
    expect(result.fte.needed).toBeCloseTo(4.75 / 39);
    expect(result.yearlyCost.granted).toBe(10 * WORKING_WEEKS_PER_YEAR * DEFAULT_CAPACITY.hourlyRate);
  });

  it("counts only content for non-social channels and nothing for channels being left", () => {
    const result = estimateCapacity(
      strategy(
        [channel("n", "newsletter", 1), channel("f", "facebook", 5, "leaving")],
        [person("a", 2, "b"), person("b", 2, "a")],
      ),
    );
    expect(result.workload.total).toBe(1.5);
    expect(result.perChannel.map((c) => c.itemId)).toEqual(["n"]);
  });

  it("a platform not listed needs community management and monitoring like the listed ones", () => {
    const listed = estimateCapacity(strategy([channel("b", "bluesky", 1)], [person("a", 10)]));
    const unlisted = estimateCapacity(strategy([channel("o", "otherPlatform", 1)], [person("a", 10)]));
    expect(unlisted.workload).toEqual(listed.workload);
    expect(unlisted.workload.community).toBeGreaterThan(0);
  });

  it("counts the hours of people relieved of other work; hours on top are named, not counted", () => {
    const onTop = { ...person("b", 30, "a"), relievedOf: "  " };
    const result = estimateCapacity(strategy([channel("c", "website", 2)], [person("a", 2, "b"), onTop]));
    expect(result.grantedHours).toBe(2);
    expect(result.unrelievedHours).toBe(30);
    expect(result.status).not.toBe("fits");
  });

  it("adds weekend service when the channels are covered at weekends", () => {
    const result = estimateCapacity(
      strategy([channel("c", "instagram", 0)], [person("a", 10)], {
        weekendCoverage: true,
        communityMinutesPerDay: 30,
      }),
    );
    expect(result.workload.weekend).toBe(1);
    expect(result.workload.community).toBe(2.5);
  });

  it("uses the institution's own minutes and rates", () => {
    const result = estimateCapacity(
      strategy([channel("c", "website", 2)], [person("a", 10)], {
        minutesPerPost: 30,
        hourlyRate: 40,
        fullTimeHours: 40,
      }),
    );
    expect(result.workload.total).toBe(1);
    expect(result.fte.granted).toBe(0.25);
    expect(result.yearlyCost.needed).toBe(1 * WORKING_WEEKS_PER_YEAR * 40);
  });

  it("grades tight, over and far over", () => {
    const people = [person("a", 5, "b"), person("b", 5, "a")];
    expect(estimateCapacity(strategy([channel("c", "website", 6.4)], people)).status).toBe("tight");
    expect(estimateCapacity(strategy([channel("c", "website", 8)], people)).status).toBe("over");
    expect(estimateCapacity(strategy([channel("c", "website", 11)], people)).status).toBe("farOver");
  });

  it("any workload with no hours granted is far over; with nothing on either side, nothing is judged", () => {
    expect(estimateCapacity(strategy([channel("c", "website", 1)], [])).status).toBe("farOver");
    expect(estimateCapacity(strategy([], [])).ratio).toBeNull();
    expect(estimateCapacity(strategy([], [])).status).toBe("empty");
    expect(estimateCapacity(strategy([], [person("a", 4), person("b", 4)])).status).toBe("fits");
  });

  it("warns when it all rests on one person, but not when nobody is named yet", () => {
    expect(estimateCapacity(strategy([], [])).singlePointOfFailure).toBe(false);
    expect(estimateCapacity(strategy([], [person("a", 0)])).singlePointOfFailure).toBe(false);
    expect(estimateCapacity(strategy([], [person("a", 10)])).singlePointOfFailure).toBe(true);
    expect(
      estimateCapacity(strategy([], [person("a", 9, "b"), person("b", 1, "a")])).singlePointOfFailure,
    ).toBe(true);
    expect(
      estimateCapacity(strategy([], [person("a", 5, "b"), person("b", 5, "a")])).singlePointOfFailure,
    ).toBe(false);
  });

  it("finds people without cover, including cover by nobody or by themselves", () => {
    const result = estimateCapacity(
      strategy([], [person("a", 5, "ghost"), person("b", 5, "b"), person("c", 5, "a"), person("d", 0)]),
    );
    expect(result.uncoveredPeople).toEqual(["a", "b"]);
  });
});
