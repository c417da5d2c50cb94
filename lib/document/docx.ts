import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from "docx";
import type { Bar, Block, LabelledValue, PlanDocument, Tone } from "./types";

/**
 * The document as Word file with real headings, tables and lists that stay editable, so an
 * institution can carry it on in its own template. Charts become small tables with text bars.
 */
const TONE_COLOR: Record<Tone, string> = {
  good: "15803D",
  warn: "B45309",
  bad: "B91C1C",
  neutral: "475569",
};
const LINE = { style: BorderStyle.SINGLE, size: 4, color: "CBD5E1" };
const BORDERS = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
};

/** Text with its line breaks kept as breaks inside one paragraph. */
function runs(text: string, options: { bold?: boolean; color?: string } = {}): TextRun[] {
  return text.split("\n").map((line, index) => new TextRun({ text: line, break: index ? 1 : 0, ...options }));
}

const para = (text: string, options: { bold?: boolean; color?: string } = {}) =>
  new Paragraph({ children: runs(text, options), spacing: { after: 120 } });

function cell(children: ParagraphChild[] | string, header = false) {
  return new TableCell({
    children: [
      new Paragraph({ children: typeof children === "string" ? runs(children, { bold: header }) : children }),
    ],
    shading: header ? { type: ShadingType.CLEAR, color: "auto", fill: "F1F5F9" } : undefined,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
  });
}

function table(columns: string[] | null, rows: (string | ParagraphChild[])[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: BORDERS,
    rows: [
      ...(columns
        ? [new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c) => cell(c, true)) })]
        : []),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((c) => cell(c)) })),
    ],
  });
}

function fields(rows: LabelledValue[]): Table {
  return table(
    null,
    rows.map((row) => [runs(row.label, { bold: true }), row.value]),
  );
}

const caption = (text: string) =>
  new Paragraph({
    children: [new TextRun({ text, bold: true })],
    spacing: { before: 200, after: 80 },
    keepNext: true,
  });

const spacer = () => new Paragraph({ text: "", spacing: { after: 80 } });

function barRuns(bar: Bar): TextRun[] {
  const filled = Math.round(Math.max(0, Math.min(1, bar.share)) * 20);
  return [
    new TextRun({ text: "█".repeat(filled), color: TONE_COLOR[bar.tone] }),
    new TextRun({ text: "█".repeat(20 - filled), color: "E2E8F0" }),
  ];
}

function block(item: Block): (Paragraph | Table)[] {
  switch (item.kind) {
    case "fields":
      return [fields(item.rows), spacer()];
    case "paragraph":
      return [para(item.text, item.tone ? { bold: true, color: TONE_COLOR[item.tone] } : {})];
    case "bullets":
      return [
        caption(item.caption),
        ...item.items.map((text) => new Paragraph({ children: runs(text), bullet: { level: 0 } })),
        spacer(),
      ];
    case "table":
      return [caption(item.caption), table(item.columns, item.rows), spacer()];
    case "records":
      return [
        new Paragraph({ text: item.caption, heading: HeadingLevel.HEADING_2 }),
        ...item.records.flatMap((record) => [
          new Paragraph({ text: record.title, heading: HeadingLevel.HEADING_3, keepNext: true }),
          fields(record.rows),
          spacer(),
        ]),
      ];
    case "chart":
      return [
        caption(item.caption),
        table(
          null,
          item.bars.map((bar) => [bar.label, barRuns(bar), bar.display]),
        ),
        para(item.summary, { color: TONE_COLOR.neutral }),
      ];
  }
}

export async function renderDocumentDocx(doc: PlanDocument): Promise<Buffer> {
  const [before, between, after] = doc.pageNumbering;
  const language = { value: doc.lang === "de" ? "de-DE" : "en-GB" };
  const document = new Document({
    title: doc.title,
    subject: doc.kind,
    creator: "Wegweiser",
    // Otherwise the library's placeholder ("Un-named") shows as the last author.
    lastModifiedBy: "Wegweiser",
    features: { updateFields: true },
    styles: {
      default: {
        document: { run: { font: "Calibri", size: 22, language } },
        heading1: {
          run: { size: 32, bold: true, color: "1D4ED8" },
          paragraph: { spacing: { before: 360, after: 160 } },
        },
        heading2: { run: { size: 26, bold: true }, paragraph: { spacing: { before: 240, after: 120 } } },
        heading3: { run: { size: 22, bold: true }, paragraph: { spacing: { before: 160, after: 80 } } },
      },
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 } }, titlePage: true },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                children: [new TextRun({ text: doc.runningHeader, size: 17, color: "475569" })],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    size: 17,
                    color: "475569",
                    children: [before, PageNumber.CURRENT, between, PageNumber.TOTAL_PAGES, after],
                  }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ children: [new TextRun({ text: doc.kind, color: "1D4ED8", bold: true })] }),
          new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE, spacing: { after: 360 } }),
          fields(doc.cover),
          // Not a heading: the table of contents should not list itself.
          new Paragraph({
            children: [new TextRun({ text: doc.contentsTitle, bold: true, size: 32, color: "1D4ED8" })],
            pageBreakBefore: true,
            spacing: { after: 160 },
          }),
          new TableOfContents(doc.contentsTitle, { hyperlink: true, headingStyleRange: "1-1" }),
          ...doc.sections.flatMap((section, index) => [
            new Paragraph({
              text: `${section.number}. ${section.title}`,
              heading: HeadingLevel.HEADING_1,
              pageBreakBefore: index === 0,
            }),
            ...section.blocks.flatMap(block),
          ]),
          para(doc.colophon, { color: TONE_COLOR.neutral }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
