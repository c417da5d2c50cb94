import path from "node:path";
import type { Tone } from "./types";

/**
 * What every part of the PDF is drawn with: the embedded font (DejaVu Sans, from the npm package,
 * embedded as a subset, covers German and the names people write in other Latin scripts such as
 * Turkish and Polish, in Cyrillic and Greek, and symbols such as arrows), colours, page margins and
 * text styles.
 */
const FONT_DIR = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
export const REGULAR = path.join(FONT_DIR, "DejaVuSans.ttf");
export const BOLD = path.join(FONT_DIR, "DejaVuSans-Bold.ttf");

export const INK = "#0f172a";
export const MUTED = "#475569";
export const ACCENT = "#1d4ed8";
export const LINE = "#cbd5e1";
export const TONE: Record<Tone, string> = {
  good: "#15803d",
  warn: "#b45309",
  bad: "#b91c1c",
  neutral: MUTED,
};
export const MARGIN = { top: 56, bottom: 52, left: 50, right: 50 };

export type Doc = PDFKit.PDFDocument;
export type Struct = PDFKit.PDFStructureElement;

export interface TextStyle {
  size: number;
  bold?: boolean;
  color?: string;
  /** Space between lines, on top of the font's own line height. */
  gap?: number;
}

export const BODY: TextStyle = { size: 10, gap: 2.4 };
export const SMALL: TextStyle = { size: 8.5, color: MUTED, gap: 1.5 };
// pdfkit writes a header cell's scope; its type definitions do not list the option.
export const COLUMN_HEADER = { scope: "Column" } as PDFKit.Mixins.StructureElementOptions;
export const CELL: TextStyle = { size: 8.5, gap: 1.5 };

/** Writes text in a box at the current line: left edge `x`, `width` wide. */
export function draw(
  doc: Doc,
  text: string,
  style: TextStyle,
  x: number,
  width: number,
  extra: PDFKit.Mixins.TextOptions = {},
) {
  doc
    .font(style.bold ? BOLD : REGULAR)
    .fontSize(style.size)
    .fillColor(style.color ?? INK)
    .text(text, x, doc.y, { width, lineGap: style.gap ?? 1, ...extra });
}

export function height(doc: Doc, text: string, style: TextStyle, width: number) {
  doc.font(style.bold ? BOLD : REGULAR).fontSize(style.size);
  return doc.heightOfString(text, { width, lineGap: style.gap ?? 1 });
}
