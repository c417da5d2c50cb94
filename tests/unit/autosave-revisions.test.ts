import { describe, expect, it } from "vitest";
import { packRevisions, unpackRevisions } from "@/lib/autosave/revisions";

const goal = "1b8da853-b769-4058-94a4-5ced08f53048";
const channel = "b991eaef-92fa-4f54-a3ac-e3c682668c60";

describe("the wizard's starting revisions, packed for the page", () => {
  const flat = {
    "start.mission": 3,
    "backing.hasMandate": 1,
    [`item:${goal}`]: 2,
    [`item:${channel}`]: 1,
    [`goals.goals.${goal}.title`]: 5,
    [`goals.goals.${goal}.kpi`]: 1,
    [`channels.channels.${channel}.name`]: 4,
  };

  it("comes back exactly as it was: every base revision a save builds on", () => {
    expect(unpackRevisions(packRevisions(flat))).toEqual(flat);
  });

  it("names an item once per section, not once per stored field", () => {
    const packed = packRevisions(flat);
    expect(packed.fields["goals.goals"]).toEqual({ [goal]: { title: 5, kpi: 1 } });
    expect(JSON.stringify(packed).split(goal)).toHaveLength(3); // the item's revision and its fields
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(flat).length);
  });

  it("keeps keys of any other shape as they are", () => {
    const odd = { "a.b.c": 1, "a.b.c.d.e": 2, plain: 3 };
    expect(packRevisions(odd).units).toEqual(odd);
    expect(unpackRevisions(packRevisions(odd))).toEqual(odd);
  });
});
