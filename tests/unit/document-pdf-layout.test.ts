import { getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { renderDocumentPdf } from "@/lib/document/pdf";
import type { Block, PlanDocument } from "@/lib/document/types";

/** A document of one section with these blocks. */
function document(blocks: Block[], runningHeader = "Beratungsstelle Lindenhof · Langer Plan"): PlanDocument {
  return {
    lang: "de",
    kind: "Social-Media-Strategie",
    title: "Langer Plan",
    institution: "Beratungsstelle Lindenhof",
    runningHeader,
    cover: [{ label: "Einrichtung", value: "Beratungsstelle Lindenhof" }],
    contentsTitle: "Inhalt",
    colophon: "Erstellt mit Wegweiser",
    pageNumbering: ["Seite ", " von ", ""],
    sections: [{ id: "goals", number: 1, title: "Ziele", blocks }],
  };
}

/** As long as a long text field may be (4,000 characters), every word numbered to find it again. */
const LONG = Array.from({ length: 400 }, (_, index) => `Wort${index + 1}`).join(" ");
const BOTTOM_MARGIN = 52;
const TOP_MARGIN = 56;

interface Line {
  text: string;
  /** Height above the page's lower edge, in points. */
  y: number;
}

/** Each page's text (body and, apart, what is marked as artifact), and the structure elements. */
async function read(pdf: Buffer) {
  const proxy = await getDocumentProxy(new Uint8Array(pdf));
  const pages: { body: Line[]; artifacts: Line[] }[] = [];
  for (let number = 1; number <= proxy.numPages; number += 1) {
    const page = { body: [] as Line[], artifacts: [] as Line[] };
    let artifact = 0;
    const content = await (await proxy.getPage(number)).getTextContent({ includeMarkedContent: true });
    for (const item of content.items) {
      if ("type" in item && item.type === "beginMarkedContentProps")
        artifact += (item as { tag?: string }).tag === "Artifact" ? 1 : 0;
      else if ("type" in item && item.type === "endMarkedContent") artifact = Math.max(0, artifact - 1);
      else if ("str" in item && item.str.trim())
        (artifact ? page.artifacts : page.body).push({ text: item.str, y: item.transform[5] as number });
    }
    pages.push(page);
  }
  const bodyText = (lines: Line[]) => lines.map((line) => line.text).join(" ");
  const text = pages.map((page) => bodyText(page.body)).join(" ");
  // Each structure element once, as the file holds it (a page's tree repeats those it continues).
  const elements = (pattern: string) => pdf.toString("latin1").match(new RegExp(pattern, "g"))?.length ?? 0;
  // Where words first stand after the cover and the contents.
  const pageOf = (words: string) =>
    pages.findIndex((page, index) => index > 1 && bodyText(page.body).includes(words));
  return { pages, text, elements, pageOf };
}

/** No body text in the margins: nothing ran past a page's end into the page numbers. */
function expectWithinMargins(pages: { body: Line[] }[]) {
  for (const [index, page] of pages.entries())
    for (const line of page.body) {
      expect(line.y, `page ${index + 1}: ${line.text}`).toBeGreaterThan(BOTTOM_MARGIN - 1);
      expect(line.y, `page ${index + 1}: ${line.text}`).toBeLessThan(842 - TOP_MARGIN + 1);
    }
}

describe("the PDF's layout of long contents", () => {
  it("splits a table row taller than a page between pages, losing no word and read as one row", async () => {
    const pdf = await renderDocumentPdf(
      document([
        {
          kind: "table",
          caption: "Ziele",
          columns: ["Ziel", "Kennzahl", "Zielwert"],
          rows: [
            ["Mehr Anfragen", LONG, "25"],
            ["Bekannter werden", "Erwähnungen", "12"],
          ],
        },
      ]),
    );
    const { pages, text, elements, pageOf } = await read(pdf);
    expect(pages.length).toBeGreaterThan(3);
    for (const word of ["Wort1 ", "Wort200 ", "Wort399 ", "Wort400"]) expect(text).toContain(word);
    expect(text).toContain("Bekannter werden");
    expectWithinMargins(pages);
    // The header row, the two rows and their six cells: the split row's parts are one row.
    expect(elements("/S /TR\\b")).toBe(3);
    expect(elements("/S /TH\\b")).toBe(3);
    expect(elements("/Scope /Column")).toBe(3);
    expect(elements("/S /TD\\b")).toBe(6);
    expect(elements("/S /Caption\\b")).toBe(1);
    // Where the row goes on, the column headers are shown again, not read again.
    const continued = pageOf("Wort400");
    expect(continued).toBeGreaterThan(pageOf("Wort1 "));
    expect(pages[continued]!.artifacts.map((line) => line.text)).toContain("Kennzahl");
  });

  it("splits a word longer than the cell is wide, such as a web address, between lines and pages", async () => {
    const address = `https://example.org/${"abcdefghij".repeat(300)}`;
    const { pages, text } = await read(
      await renderDocumentPdf(
        document([
          { kind: "table", caption: "Kanäle", columns: ["Kanal", "Adresse"], rows: [["Web", address]] },
        ]),
      ),
    );
    expect(text.replace(/\s+/g, "")).toContain(address);
    expectWithinMargins(pages);
  });

  it("keeps a heading with a labelled value longer than a page, which runs on losing no word", async () => {
    const { pages, text, pageOf } = await read(
      await renderDocumentPdf(
        document([{ kind: "fields", rows: [{ label: "Auftrag und Leitbild", value: `${LONG} ${LONG}` }] }]),
      ),
    );
    expect(text).toContain("Wort400 Wort1 Wort2");
    expect(text.match(/Wort400/g)).toHaveLength(2);
    expect(pageOf("1. Ziele")).toBe(pageOf("Wort1 "));
    expectWithinMargins(pages);
  });

  it("keeps a chart on one page, moving it to the next where the rest of a page is too short", async () => {
    const bars = Array.from({ length: 9 }, (_, index) => ({
      label:
        index % 4 ? `Kriterium ${index + 1}` : `Kriterium ${index + 1} mit einem langen Namen, der umbricht`,
      share: index / 9,
      display: "teilweise",
      tone: "warn" as const,
    }));
    // One-line values before the chart, a line more each time: it starts at every height of a page.
    for (let count = 26; count <= 40; count += 1) {
      const filler = Array.from({ length: count }, (_, index) => ({
        label: `Feld ${index + 1}`,
        value: "Wert",
      }));
      const { pages, pageOf } = await read(
        await renderDocumentPdf(
          document([
            { kind: "fields", rows: filler },
            { kind: "chart", caption: "Bereitschaft", summary: "3 von 9 erfüllt", bars },
          ]),
        ),
      );
      const chartPage = pageOf("Bereitschaft");
      for (const words of ["Kriterium 1 ", "Kriterium 9 ", "3 von 9 erfüllt"])
        expect(pageOf(words), `${count} fields: ${words}`).toBe(chartPage);
      expectWithinMargins(pages);
    }
  });

  it("writes a long running header on one line, ended with '…', above the body", async () => {
    const header = `${"Sehr lange Einrichtungsbezeichnung ".repeat(6)}· Langer Plan`;
    const { pages } = await read(
      await renderDocumentPdf(document([{ kind: "paragraph", text: "Text" }], header)),
    );
    const running = pages[2]!.artifacts.filter((line) => line.y > 842 - TOP_MARGIN);
    expect(running).toHaveLength(1);
    expect(running[0]!.text).toMatch(/…$/);
  });
});
