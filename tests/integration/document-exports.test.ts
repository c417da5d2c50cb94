import { strFromU8, unzipSync } from "fflate";
import { extractText, getDocumentProxy } from "unpdf";
import { beforeAll, describe, expect, it } from "vitest";
import { getPlanDocumentSource } from "@/lib/access/plan-document";
import { createPlan } from "@/lib/access/plans";
import { getPrisma } from "@/lib/db/client";
import { writePrefill } from "@/lib/db/prefill";
import { renderDocumentDocx } from "@/lib/document/docx";
import { renderDocumentHtml } from "@/lib/document/html";
import { renderDocumentMarkdown } from "@/lib/document/markdown";
import { buildDocument, documentContext } from "@/lib/document/model";
import { renderDocumentPdf } from "@/lib/document/pdf";
import type { PlanDocument } from "@/lib/document/types";
import { demoPlanContent } from "@/lib/strategy/demo-plan";
import { prefillRows } from "@/lib/strategy/template-rows";
import { createInstitutionWithAdmin } from "../support/factories";

/** A value from each step of the demo plan, as the document shows it (umlauts and ß included). */
const KNOWN_VALUES = [
  "Jugendliche von 14 bis 21 Jahren",
  "Mehr Jugendliche finden den Weg in die Beratung",
  "@demo.jugendhilfe",
  "2.400 € pro Jahr",
  "Geschäftsführerin",
  "Eva Engel",
  "Facebook-Seite geschlossen",
  "Auftakt-Workshop",
  "Unsicherheit bei Bildrechten und Einwilligungen",
  "Das Schutzkonzept berücksichtigt soziale Medien",
  "Maßnahme",
];

const squash = (text: string) => text.replace(/\s+/g, " ");

let doc: PlanDocument;

beforeAll(async () => {
  const { admin, institution } = await createInstitutionWithAdmin("Demo-Jugendhilfe e.V.");
  const plan = await createPlan(admin, institution.slug, "Social-Media-Strategie 2027");
  const prisma = await getPrisma();
  await prisma.$transaction((tx) => writePrefill(tx, plan.id, prefillRows(demoPlanContent()), admin.userId));
  const { source } = await getPlanDocumentSource(admin, plan.id, "draft");
  doc = buildDocument(source, await documentContext("de"));
});

function expectComplete(text: string, format: string) {
  const flat = squash(text);
  for (const section of doc.sections) expect(flat, `${format}: ${section.title}`).toContain(section.title);
  for (const value of KNOWN_VALUES) expect(flat, `${format}: ${value}`).toContain(value);
  expect(flat, format).toContain(doc.title);
}

describe("exports of the demo plan", () => {
  it("has eleven sections: the ten steps and the timeline", () => {
    expect(doc.sections.map((s) => s.title)).toContain("Langfristige Verpflichtung");
    expect(doc.sections).toHaveLength(11);
  });

  // Table cells are hyphenated, yet their words come out whole ("Mehr Jugendliche finden …").
  it("PDF: every section and a value of every step, with umlauts and ß as text", async () => {
    const pdf = await renderDocumentPdf(doc);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    expectComplete(text, "pdf");
    // The charts are drawn with their values written beside them.
    expect(squash(text)).toContain("Geschätzter Aufwand");
    expect(squash(text)).toContain("Seite 2 von");
  });

  it("PDF: tagged for screen readers, with headings, lists, tables, links and bookmarks in reading order", async () => {
    const pdf = await getDocumentProxy(new Uint8Array(await renderDocumentPdf(doc)));
    expect(await pdf.getMarkInfo()).toMatchObject({ Marked: true });
    expect((await pdf.getMetadata()).info).toMatchObject({ Language: "de", Title: doc.title });
    const roles = new Set<string>();
    const collect = (node: { role?: string; children?: unknown[] }) => {
      if (node.role) roles.add(node.role);
      for (const child of node.children ?? []) collect(child as typeof node);
    };
    let furniture = "";
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      collect((await page.getStructTree()) ?? {});
      // Text outside the structure, as an artifact: the running header and the page numbers.
      let artifact = 0;
      for (const item of (await page.getTextContent({ includeMarkedContent: true })).items) {
        if ("type" in item && item.type === "beginMarkedContentProps")
          artifact += (item as { tag?: string }).tag === "Artifact" ? 1 : 0;
        else if ("type" in item && item.type === "endMarkedContent") artifact = Math.max(0, artifact - 1);
        else if ("str" in item && artifact > 0) furniture += item.str;
      }
    }
    const expected = ["H1", "H2", "H3", "H4", "Sect", "L", "LI", "Lbl", "LBody", "P"];
    expected.push("Table", "Caption", "TR", "TH", "TD", "TOC", "TOCI", "Reference", "Link");
    for (const role of expected) expect(roles, role).toContain(role);
    expect(furniture).toContain("Seite 2 von");
    expect(furniture).toContain(doc.runningHeader);
    // The contents link to the sections' places; each link is named and sits in its Link element.
    const contentsPage = await pdf.getPage(2);
    const links = (await contentsPage.getAnnotations()) as {
      subtype: string;
      dest?: string;
      contentsObj?: { str: string };
    }[];
    expect(links.map((link) => [link.subtype, link.dest, link.contentsObj?.str])).toEqual(
      doc.sections.map((s) => ["Link", s.id, `${s.number}. ${s.title}`]),
    );
    expect(JSON.stringify(await contentsPage.getStructTree())).toContain('"type":"object"');
    for (const section of doc.sections)
      expect(await pdf.getDestination(section.id), section.id).not.toBeNull();
    const outline = (await pdf.getOutline()) ?? [];
    expect(outline.map((entry) => entry.title)).toEqual(doc.sections.map((s) => `${s.number}. ${s.title}`));
  });

  it("Word: real headings and tables, every section and value", async () => {
    const files = unzipSync(new Uint8Array(await renderDocumentDocx(doc)));
    const xml = strFromU8(files["word/document.xml"]!);
    expect(xml).toContain('w:val="Heading1"');
    expect(xml).toContain("<w:tbl>");
    const text = xml.replace(/<w:tab\/>/g, " ").replace(/<[^>]+>/g, "");
    expectComplete(text.replace(/&amp;/g, "&"), "docx");
    expect(strFromU8(files["word/header1.xml"] ?? files["word/header2.xml"]!)).toContain(doc.title);
    // Its properties name the app as author and last editor, not a placeholder.
    const core = strFromU8(files["docProps/core.xml"]!);
    expect(core).toContain("<dc:creator>Wegweiser</dc:creator>");
    expect(core).toContain("<cp:lastModifiedBy>Wegweiser</cp:lastModifiedBy>");
  });

  it("Markdown: headings per section and tables as Markdown tables", () => {
    const md = renderDocumentMarkdown(doc);
    for (const section of doc.sections) expect(md).toContain(`## ${section.number}. ${section.title}`);
    expect(md).toMatch(/\n\| Ziel \| Kennzahl \|.*\|\n\| --- \|/);
    expectComplete(md.replace(/\\/g, ""), "md");
  });

  it("HTML: every section and value", () => {
    expectComplete(renderDocumentHtml(doc), "html");
  });
});
