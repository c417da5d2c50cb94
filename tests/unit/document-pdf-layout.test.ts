import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { renderDocumentPdf } from "@/lib/document/pdf";
import type { Block, PlanDocument } from "@/lib/document/types";

/** A document of one section with these blocks. */
function document(blocks: Block[]): PlanDocument {
  return {
    lang: "de",
    kind: "Social-Media-Strategie",
    title: "Langer Plan",
    institution: "Beratungsstelle Lindenhof",
    runningHeader: "Beratungsstelle Lindenhof · Langer Plan",
    cover: [{ label: "Einrichtung", value: "Beratungsstelle Lindenhof" }],
    contentsTitle: "Inhalt",
    colophon: "Erstellt mit Wegweiser",
    pageNumbering: ["Seite ", " von ", ""],
    sections: [{ id: "goals", number: 1, title: "Ziele", blocks }],
  };
}

/** As long as a long text field may be (4,000 characters), every word numbered to find it again. */
const LONG = Array.from({ length: 400 }, (_, index) => `Wort${index + 1}`).join(" ");

async function read(pdf: Buffer) {
  const proxy = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(proxy, { mergePages: true });
  // Each structure element once, as the file holds it (a page's tree repeats those it continues).
  const elements = (role: string) =>
    pdf.toString("latin1").match(new RegExp(`/S /${role}\\b`, "g"))?.length ?? 0;
  return { text: text.replace(/\s+/g, " "), pages: proxy.numPages, elements };
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
    const { text, pages, elements } = await read(pdf);
    expect(pages).toBeGreaterThan(3);
    for (const word of ["Wort1 ", "Wort200 ", "Wort399 ", "Wort400"]) expect(text).toContain(word);
    expect(text).toContain("Bekannter werden");
    // The header row and the two rows: the split row's parts on later pages are one row.
    expect(elements("TR")).toBe(3);
    expect(elements("TH")).toBe(3);
    expect(elements("TD")).toBe(6);
  });

  it("lets a labelled value longer than a page run on to the next, losing no word", async () => {
    const pdf = await renderDocumentPdf(
      document([{ kind: "fields", rows: [{ label: "Auftrag und Leitbild", value: `${LONG} ${LONG}` }] }]),
    );
    const { text, pages } = await read(pdf);
    expect(pages).toBeGreaterThan(3);
    expect(text).toContain("Wort400 Wort1 Wort2");
    expect(text.match(/Wort400/g)).toHaveLength(2);
  });
});
