import { describe, expect, it } from "vitest";
import { buildDocument, documentContext, type DocumentSource } from "@/lib/document/model";
import { renderDocumentHtml } from "@/lib/document/html";
import { STEP_KEYS } from "@/lib/strategy/steps";
import { readyStrategy } from "./fixtures/strategy";

function source(overrides: Partial<DocumentSource> = {}): DocumentSource {
  return {
    institution: { name: "Demo-Jugendhilfe e.V.", isPublicBody: false },
    title: "Social-Media-Strategie 2027",
    status: "APPROVED",
    version: {
      number: 2,
      approvedAt: new Date("2026-03-31T22:30:00Z"),
      approvedByName: "Dora Direktorin",
      note: null,
    },
    latestApproval: null,
    strategy: readyStrategy(),
    generatedAt: new Date("2026-11-25T10:00:00Z"),
    ...overrides,
  };
}

describe("the strategy document", () => {
  it("has a section for every step and a timeline, in the chosen language", async () => {
    const de = buildDocument(source(), await documentContext("de"));
    expect(de.sections.map((s) => s.id)).toEqual([...STEP_KEYS, "timeline"]);
    expect(de.sections[1]!.title).toBe("Ziele und Erwartungen");
    const en = buildDocument(source(), await documentContext("en"));
    expect(en.sections[1]!.title).toBe("Goals and expectations");
    expect(en.contentsTitle).toBe("Contents");
  });

  it("puts the approval on the cover, with the date in Berlin time", async () => {
    const doc = buildDocument(source(), await documentContext("de"));
    const cover = Object.fromEntries(doc.cover.map((row) => [row.label, row.value]));
    expect(cover["Fassung"]).toBe("Version 2");
    // 22:30 UTC on 31 March is already 1 April in Berlin.
    expect(cover["Freigegeben am"]).toBe("1. April 2026");
    expect(cover["Freigegeben von"]).toBe("Dora Direktorin");
    // In English, as the British English the document declares itself to be.
    const en = buildDocument(source(), await documentContext("en"));
    const enCover = Object.fromEntries(en.cover.map((row) => [row.label, row.value]));
    expect(enCover["Version"]).toBe("Version 2");
    expect(enCover["Approved on"]).toBe("1 April 2026");
    // Dates in the plan's own tables too (a goal's "achieve by").
    const dueDate = readyStrategy().goals.goals[0]!.dueDate!;
    const goals = en.sections.find((section) => section.id === "goals")!;
    const british = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(
      new Date(`${dueDate}T00:00:00Z`),
    );
    expect(JSON.stringify(goals.blocks)).toContain(british);
  });

  it("counts reviews from the approval and lists them with milestones in date order", async () => {
    const doc = buildDocument(source(), await documentContext("de"));
    const timeline = doc.sections.at(-1)!;
    const table = timeline.blocks.find((b) => b.kind === "table");
    expect(table?.kind).toBe("table");
    if (table?.kind !== "table") return;
    const kinds = table.rows.map((row) => row[2]);
    expect(kinds).toContain("Meilenstein");
    expect(kinds).toContain("Strategieüberprüfung");
    const firstReview = table.rows.find((row) => row[2] === "Überprüfung");
    expect(firstReview?.[0]).toBe("1. Juli 2026");
  });

  it("shows the capacity and readiness charts with their values as text", async () => {
    const doc = buildDocument(source(), await documentContext("de"));
    const staff = doc.sections.find((s) => s.id === "staff")!;
    const capacity = staff.blocks.find((b) => b.kind === "chart");
    expect(capacity?.kind === "chart" && capacity.bars.map((b) => b.label)).toEqual([
      "Geschätzter Aufwand",
      "Gewährte Arbeitszeit",
    ]);
    const readiness = doc.sections.find((s) => s.id === "readiness")!;
    const chart = readiness.blocks.find((b) => b.kind === "chart");
    expect(chart?.kind === "chart" && chart.bars.every((b) => b.display === "erfüllt")).toBe(true);
  });

  it("checks an approved version as on its approval day, a draft as on the day it is read", async () => {
    const goalDue = readyStrategy().goals.goals[0]!.dueDate!;
    const readiness = (doc: ReturnType<typeof buildDocument>) =>
      JSON.stringify(doc.sections.find((s) => s.id === "readiness")!.blocks);
    // Read a year after the goal was due: the version was approved while it was still ahead.
    const later = new Date(`${Number(goalDue.slice(0, 4)) + 1}-06-01T10:00:00Z`);
    const version = buildDocument(source({ generatedAt: later }), await documentContext("de"));
    expect(readiness(version)).not.toContain("schon vorbei");
    const draft = buildDocument(
      source({ generatedAt: later, status: "DRAFT", version: null }),
      await documentContext("de"),
    );
    expect(readiness(draft)).toContain("schon vorbei");
  });

  it("escapes what users typed in the HTML", async () => {
    const strategy = readyStrategy();
    strategy.start.mission = '<script>alert("x")</script> & mehr';
    const html = renderDocumentHtml(buildDocument(source({ strategy }), await documentContext("de")));
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; mehr");
  });

  it("moves the outline down a level when embedded below a page's own title, keeping its look", async () => {
    const doc = buildDocument(source({ strategy: readyStrategy() }), await documentContext("de"));
    const own = renderDocumentHtml(doc);
    const embedded = renderDocumentHtml(doc, { headingOffset: 1 });
    expect(own).toMatch(/<h1 class="wg-h1">/);
    expect(embedded).not.toContain("<h1");
    expect(embedded).toMatch(/<h2 class="wg-h1">/);
    expect(embedded).toMatch(/<h3 id="wg-goals" class="wg-h2">2\. /);
  });

  it("reads a cadence under once a week per month, as a newsletter is planned", async () => {
    const strategy = readyStrategy();
    strategy.channels.channels[0]!.postsPerWeek = 0.25;
    strategy.channels.channels[1]!.postsPerWeek = 2;
    const cadences = async (locale: "de" | "en") => {
      const ctx = await documentContext(locale);
      const label = ctx.t("strategy.steps.channels.lists.channels.fields.postsPerWeek.label");
      const block = buildDocument(source({ strategy }), ctx).sections.find((s) => s.id === "channels")!
        .blocks[0]!;
      return block.kind === "records"
        ? block.records.slice(0, 2).map((record) => record.rows.find((row) => row.label === label)?.value)
        : [];
    };
    expect(await cadences("de")).toEqual(["etwa 1 pro Monat", "2 pro Woche"]);
    expect(await cadences("en")).toEqual(["about 1 a month", "2 per week"]);
  });

  it("asks public bodies' channels the compliance questions, and only them", async () => {
    const ctx = await documentContext("de");
    const necessity = ctx.t("strategy.steps.channels.lists.channels.fields.necessity.label");
    const channelRows = (isPublicBody: boolean) => {
      const doc = buildDocument(source({ institution: { name: "X", isPublicBody } }), ctx);
      const block = doc.sections.find((s) => s.id === "channels")!.blocks[0]!;
      return block.kind === "records" ? block.records[0]!.rows.map((row) => row.label) : [];
    };
    expect(channelRows(false)).not.toContain(necessity);
    expect(channelRows(true)).toContain(necessity);
  });

  it("asks the compliance questions of social platforms' channels only, not of a website", async () => {
    const ctx = await documentContext("de");
    const necessity = ctx.t("strategy.steps.channels.lists.channels.fields.necessity.label");
    const strategy = readyStrategy();
    const channels = strategy.channels.channels;
    const doc = buildDocument(source({ institution: { name: "Stadt", isPublicBody: true }, strategy }), ctx);
    const block = doc.sections.find((s) => s.id === "channels")!.blocks[0]!;
    if (block.kind !== "records") throw new Error("channels are shown as records");
    const rowsOf = (platform: string) =>
      block.records[channels.findIndex((c) => c.platform === platform)]!.rows.map((row) => row.label);
    expect(rowsOf("instagram")).toContain(necessity);
    expect(rowsOf("website")).not.toContain(necessity);
  });
});
