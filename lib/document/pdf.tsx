import path from "node:path";
import { Document, Font, Link, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { hyphenateSync as hyphenateGerman } from "hyphen/de";
import { hyphenateSync as hyphenateEnglish } from "hyphen/en-gb";
import type { Bar, Block, LabelledValue, PlanDocument, Tone } from "./types";

/**
 * The document as PDF, made on the server without a browser or network. The font (DejaVu Sans,
 * from the npm package, embedded as a subset) covers German and the names people write in other
 * Latin scripts such as Turkish and Polish, in Cyrillic and Greek, and symbols such as arrows.
 */
const FONT_DIR = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
const FONT = "DejaVu Sans";
Font.register({
  family: FONT,
  fonts: [
    { src: path.join(FONT_DIR, "DejaVuSans.ttf") },
    { src: path.join(FONT_DIR, "DejaVuSans-Bold.ttf"), fontWeight: "bold" },
  ],
});
// Words break only where the document's own language allows (soft hyphens put in by
// `withBreakPoints`): the renderer's built-in English rules would break German words wrongly.
const SOFT_HYPHEN = "\u00AD";
Font.registerHyphenationCallback((word) => word.split(SOFT_HYPHEN));
const HYPHENATE: Record<PlanDocument["lang"], (text: string) => string> = {
  de: (text) => hyphenateGerman(text, { minWordLength: 8 }),
  en: (text) => hyphenateEnglish(text, { minWordLength: 8 }),
};

/**
 * A table's columns are narrow: a word such as "Sorgeberechtigte" is wider than its cell and ran
 * across the next one. Its cells get break points by the rules of the document's language.
 */
export function withBreakPoints(doc: PlanDocument): PlanDocument {
  const hyphenate = HYPHENATE[doc.lang];
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

const BOLD = { fontFamily: FONT, fontWeight: "bold" } as const;
const COLOR: Record<Tone, string> = { good: "#15803d", warn: "#b45309", bad: "#b91c1c", neutral: "#475569" };
const LINE = "#cbd5e1";

const s = StyleSheet.create({
  page: {
    paddingTop: 56,
    paddingBottom: 52,
    paddingHorizontal: 50,
    fontFamily: FONT,
    fontSize: 10,
    color: "#0f172a",
  },
  // Line height is set on each kind of text with its font size beside it (without one, a
  // multiplier counts from react-pdf's default 18 pt), never on the page: the running header and
  // page numbers repeat on every page, and a line height they inherit is compounded page by page.
  header: { position: "absolute", top: 24, left: 50, right: 50, fontSize: 8, color: "#475569" },
  footer: {
    position: "absolute",
    bottom: 24,
    left: 50,
    right: 50,
    fontSize: 8,
    color: "#475569",
    textAlign: "right",
  },
  kind: { fontSize: 10, color: "#1d4ed8", ...BOLD, marginTop: 80, textTransform: "uppercase" },
  title: { fontSize: 26, ...BOLD, marginTop: 6, marginBottom: 28, lineHeight: 1.2 },
  h1: {
    fontSize: 16,
    ...BOLD,
    color: "#1d4ed8",
    marginTop: 16,
    marginBottom: 8,
    paddingBottom: 3,
    borderBottom: "1.5pt solid #1d4ed8",
  },
  h2: { fontSize: 12, ...BOLD, marginTop: 8, marginBottom: 6 },
  h3: { fontSize: 10.5, ...BOLD, marginBottom: 4 },
  caption: { ...BOLD, marginTop: 4, marginBottom: 4 },
  paragraph: { marginBottom: 8, fontSize: 10, lineHeight: 1.4 },
  fieldRow: { flexDirection: "row", marginBottom: 4 },
  fieldLabel: { width: "32%", paddingRight: 8, fontSize: 10, lineHeight: 1.4, color: "#475569", ...BOLD },
  fieldValue: { flex: 1, fontSize: 10, lineHeight: 1.4 },
  // Borders belong to rows and cells, not the table: a table that breaks across pages then
  // leaves no empty frame behind, and the first row on the next page keeps its top line.
  table: { marginBottom: 10 },
  row: { flexDirection: "row", borderLeft: `0.75pt solid ${LINE}`, borderBottom: `0.75pt solid ${LINE}` },
  firstRow: { borderTop: `0.75pt solid ${LINE}` },
  cell: { flex: 1, padding: 3, lineHeight: 1.3, borderRight: `0.75pt solid ${LINE}`, fontSize: 8.5 },
  headCell: { backgroundColor: "#f1f5f9", ...BOLD },
  record: { border: `0.75pt solid ${LINE}`, borderRadius: 3, padding: 6, marginBottom: 6 },
  bullet: { flexDirection: "row", marginBottom: 3 },
  barRow: { flexDirection: "row", alignItems: "center", marginBottom: 4 },
  barLabel: { width: "34%", paddingRight: 6 },
  barTrack: { width: "44%", height: 9, backgroundColor: "#f1f5f9" },
  barValue: { width: "22%", paddingLeft: 6 },
  summary: { color: "#475569", fontSize: 8.5, marginTop: 2, marginBottom: 10 },
  tocEntry: { marginBottom: 3, color: "#1d4ed8", textDecoration: "none" },
  colophon: { marginTop: 24, color: "#475569", fontSize: 8.5 },
});

function Fields({ rows }: { rows: LabelledValue[] }) {
  return (
    <View style={{ marginBottom: 6 }}>
      {rows.map((row, index) => (
        <View key={index} style={s.fieldRow} wrap={false}>
          <Text style={s.fieldLabel}>{row.label}</Text>
          <Text style={s.fieldValue}>{row.value}</Text>
        </View>
      ))}
    </View>
  );
}

function TableBlock({ caption, columns, rows, wide }: Extract<Block, { kind: "table" }>) {
  // Long texts get twice the room of short values such as dates and names.
  const width = (index: number) => ({ flex: wide?.[index] ? 2 : 1 });
  return (
    <View>
      <Text style={s.caption} minPresenceAhead={40}>
        {caption}
      </Text>
      <View style={s.table}>
        <View style={[s.row, s.firstRow]} minPresenceAhead={24}>
          {columns.map((column, index) => (
            <Text key={index} style={[s.cell, s.headCell, width(index)]}>
              {column}
            </Text>
          ))}
        </View>
        {rows.map((row, rowIndex) => (
          <View key={rowIndex} style={s.row} wrap={false}>
            {row.map((value, index) => (
              <Text key={index} style={[s.cell, width(index)]}>
                {value}
              </Text>
            ))}
          </View>
        ))}
      </View>
    </View>
  );
}

function BarRow({ bar }: { bar: Bar }) {
  const share = Math.max(0, Math.min(1, bar.share));
  return (
    <View style={s.barRow} wrap={false}>
      <Text style={s.barLabel}>{bar.label}</Text>
      <View style={s.barTrack}>
        <View style={{ width: `${share * 100}%`, height: 9, backgroundColor: COLOR[bar.tone] }} />
      </View>
      <Text style={s.barValue}>{bar.display}</Text>
    </View>
  );
}

function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case "fields":
      return <Fields rows={block.rows} />;
    case "paragraph":
      return (
        <Text style={[s.paragraph, block.tone ? { color: COLOR[block.tone], ...BOLD } : {}]}>
          {block.text}
        </Text>
      );
    case "bullets":
      return (
        <View style={{ marginBottom: 8 }}>
          <Text style={[s.caption, { color: COLOR[block.tone] }]}>{block.caption}</Text>
          {block.items.map((item, index) => (
            <View key={index} style={s.bullet} wrap={false}>
              <Text style={{ width: 10 }}>•</Text>
              <Text style={{ flex: 1 }}>{item}</Text>
            </View>
          ))}
        </View>
      );
    case "table":
      return <TableBlock {...block} />;
    case "records":
      return (
        <View>
          <Text style={s.h2} minPresenceAhead={60}>
            {block.caption}
          </Text>
          {block.records.map((record, index) => (
            <View key={index} style={s.record}>
              <Text style={s.h3}>{record.title}</Text>
              <Fields rows={record.rows} />
            </View>
          ))}
        </View>
      );
    case "chart":
      return (
        <View wrap={false}>
          <Text style={s.caption}>{block.caption}</Text>
          {block.bars.map((bar, index) => (
            <BarRow key={index} bar={bar} />
          ))}
          <Text style={s.summary}>{block.summary}</Text>
        </View>
      );
  }
}

function PlanPdf({ doc }: { doc: PlanDocument }) {
  const [before, between, after] = doc.pageNumbering;
  return (
    <Document
      title={doc.title}
      subject={doc.kind}
      creator="Wegweiser"
      producer="Wegweiser"
      language={doc.lang}
    >
      <Page size="A4" style={s.page}>
        <Text style={s.header} fixed render={({ pageNumber }) => (pageNumber > 1 ? doc.runningHeader : "")} />
        <Text style={s.kind}>{doc.kind}</Text>
        <Text style={s.title}>{doc.title}</Text>
        <Fields rows={doc.cover} />
        <View break>
          <Text style={s.h1}>{doc.contentsTitle}</Text>
          {doc.sections.map((section) => (
            <Link key={section.id} src={`#${section.id}`} style={s.tocEntry}>
              {`${section.number}. ${section.title}`}
            </Link>
          ))}
        </View>
        {doc.sections.map((section, index) => (
          <View key={section.id} id={section.id} break={index === 0}>
            <Text style={s.h1} minPresenceAhead={80}>{`${section.number}. ${section.title}`}</Text>
            {section.blocks.map((block, blockIndex) => (
              <BlockView key={blockIndex} block={block} />
            ))}
          </View>
        ))}
        <Text style={s.colophon}>{doc.colophon}</Text>
        <Text
          style={s.footer}
          fixed
          render={({ pageNumber, totalPages }) => `${before}${pageNumber}${between}${totalPages}${after}`}
        />
      </Page>
    </Document>
  );
}

export async function renderDocumentPdf(doc: PlanDocument): Promise<Buffer> {
  return renderToBuffer(<PlanPdf doc={withBreakPoints(doc)} />);
}
