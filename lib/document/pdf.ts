import PDFDocument from "pdfkit";
import { hyphenateSync as hyphenateGerman } from "hyphen/de";
import { hyphenateSync as hyphenateEnglish } from "hyphen/en-gb";
import { ACCENT, BODY, MARGIN, MUTED, REGULAR, SMALL, draw, type Doc, type Struct } from "./pdf-style";
import { PdfWriter } from "./pdf-writer";
import type { PlanDocument } from "./types";

// Words break only where the document's own language allows: soft hyphens put in by
// `withBreakPoints`, where the PDF shows a hyphen only if the line breaks there.
const HYPHENATORS: Record<PlanDocument["lang"], (text: string) => string> = {
  de: (text) => hyphenateGerman(text, { minWordLength: 8 }),
  en: (text) => hyphenateEnglish(text, { minWordLength: 8 }),
};
// A web address, an e-mail address or a handle is not a word: a hyphen in it would change it.
const NOT_A_WORD = /[/@:]|\.\w/;

function hyphenator(lang: PlanDocument["lang"]) {
  const hyphenate = HYPHENATORS[lang];
  return (text: string) =>
    text
      .split(/(\s+)/)
      .map((part) => (NOT_A_WORD.test(part) ? part : hyphenate(part)))
      .join("");
}

/**
 * A table's columns are narrow: a word such as "Sorgeberechtigte" is wider than its cell and ran
 * across the next one. Its cells get break points by the rules of the document's language.
 */
export function withBreakPoints(doc: PlanDocument): PlanDocument {
  const hyphenate = hyphenator(doc.lang);
  return {
    ...doc,
    sections: doc.sections.map((section) => ({
      ...section,
      blocks: section.blocks.map((block) =>
        block.kind === "table"
          ? {
              ...block,
              columns: block.columns.map(hyphenate),
              rows: block.rows.map((row) => row.map(hyphenate)),
            }
          : block,
      ),
    })),
  };
}

const SOFT_HYPHEN = "\u00AD";

/**
 * pdfkit breaks a line at a soft hyphen (and draws a hyphen there) but writes the soft hyphens of
 * unbroken words into the text, which PDF viewers then copy, and read out, as spaces ("Ju gend li
 * che"). Each line is written without them. `_fragment` writes one line; pdfkit is pinned.
 */
function withoutUnbrokenSoftHyphens(doc: Doc) {
  const internals = doc as unknown as { _fragment: (text: string, ...rest: unknown[]) => unknown };
  const fragment = internals._fragment;
  internals._fragment = function (this: Doc, text: string, ...rest: unknown[]) {
    return fragment.call(this, String(text).replaceAll(SOFT_HYPHEN, ""), ...rest);
  };
}

/** The running header (from the second page) and "Seite n von m" on every page, as artifacts. */
function pageFurniture(doc: Doc, plan: PlanDocument) {
  const [before, between, after] = plan.pageNumbering;
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index += 1) {
    doc.switchToPage(index);
    const width = doc.page.width - MARGIN.left - MARGIN.right;
    // Written in the margins, where pdfkit would otherwise start a new page.
    const margins = doc.page.margins;
    doc.page.margins = { ...margins, top: 0, bottom: 0 };
    doc.markContent("Artifact", { type: "Pagination" });
    doc.font(REGULAR).fontSize(8).fillColor(MUTED);
    // One line, ended with "…" where it is longer, above the body.
    if (index > start) doc.text(plan.runningHeader, MARGIN.left, 24, { width, height: 10, ellipsis: true });
    const number = `${before}${index - start + 1}${between}${count}${after}`;
    doc.text(number, MARGIN.left, doc.page.height - 24 - 8, { width, align: "right", lineBreak: false });
    doc.endMarkedContent();
    doc.page.margins = margins;
  }
}

/**
 * A line of the contents: the Link element holds both its text and its link annotation (which
 * names where it leads), so assistive technology finds the link where the text is.
 */
function contentsLink(doc: Doc, parent: Struct, text: string, destination: string, x: number, width: number) {
  // A contents item holds a Reference (ISO 32000-1, table 333), which holds the link.
  const reference = doc.struct("Reference");
  parent.add(reference);
  const link = doc.struct("Link");
  reference.add(link);
  const top = doc.y;
  link.add(() => draw(doc, text, { ...BODY, color: ACCENT }, x, width));
  doc.font(REGULAR).fontSize(BODY.size);
  // A String object is written as a PDF text string (a plain string would become a PDF name).
  const contents = new String(text);
  const options = { structParent: link, Contents: contents } as unknown as PDFKit.Mixins.AnnotationOption;
  doc.goTo(x, top, Math.min(width, doc.widthOfString(text)), doc.y - top, destination, options);
  link.end();
  reference.end();
}

/**
 * The document as a tagged PDF (PDF/UA), made on the server without a browser or network: screen
 * readers find its headings, lists, tables and links as such, in reading order, and skip the running
 * header, page numbers and drawn lines, which are marked as artifacts.
 */
export async function renderDocumentPdf(plan: PlanDocument): Promise<Buffer> {
  const content = withBreakPoints(plan);
  const doc = new PDFDocument({
    size: "A4",
    margins: MARGIN,
    bufferPages: true,
    tagged: true,
    // pdfkit writes the PDF/UA identifier; its type definitions know only the PDF/A ones.
    subset: "PDF/UA" as unknown as PDFKit.Mixins.PDFSubsets,
    pdfVersion: "1.7",
    lang: plan.lang,
    displayTitle: true,
    font: REGULAR,
    info: {
      Title: plan.title,
      Subject: plan.kind,
      Author: plan.institution,
      Creator: "Wegweiser",
      Producer: "Wegweiser",
    },
  });
  withoutUnbrokenSoftHyphens(doc);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const root = doc.struct("Document");
  doc.addStructure(root);
  const out = new PdfWriter(doc);

  out.space(80);
  // Shown in capitals, read as the words they are.
  out.text(
    root,
    "P",
    plan.kind.toUpperCase(),
    { size: 10, bold: true, color: ACCENT },
    { actual: plan.kind },
  );
  out.space(6);
  out.text(root, "H1", plan.title, { size: 26, bold: true, gap: 5 });
  out.space(28);
  out.fields(root, plan.cover);

  doc.addPage();
  out.text(root, "H2", plan.contentsTitle, { size: 16, bold: true, color: ACCENT });
  out.space(10);
  const contents = doc.struct("TOC");
  root.add(contents);
  for (const section of content.sections) {
    const entry = doc.struct("TOCI");
    contents.add(entry);
    contentsLink(doc, entry, `${section.number}. ${section.title}`, section.id, out.left, out.width);
    entry.end();
    out.space(3);
  }
  contents.end();

  content.sections.forEach((section, index) => {
    if (index === 0) doc.addPage();
    const part = doc.struct("Sect");
    root.add(part);
    out.heading(part, section);
    for (const block of section.blocks) out.block(part, block);
    part.end();
  });

  out.space(24);
  out.text(root, "P", plan.colophon, SMALL);
  root.end();

  pageFurniture(doc, plan);
  doc.end();
  return done;
}
