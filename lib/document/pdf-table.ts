import {
  BODY,
  CELL,
  COLUMN_HEADER,
  LINE,
  MUTED,
  draw,
  height,
  type Struct,
  type TextStyle,
} from "./pdf-style";
import type { PdfWriter } from "./pdf-writer";
import type { Block } from "./types";

const PAD = 3;
const HEAD: TextStyle = { ...CELL, bold: true };
const HEAD_BACKGROUND = "#f1f5f9";
/** Below this much room a row taller than a page starts on the next one rather than here. */
const MIN_SPLIT_ROOM = 60;

/**
 * A table with column headers (TH, scope Column) and data cells. A row goes to the next page whole
 * when it fits on one; there the header row is drawn again, as an artifact (it is read once, at the
 * start). A row taller than a page is split between pages and still read as one row.
 */
export function drawTable(out: PdfWriter, parent: Struct, block: Extract<Block, { kind: "table" }>) {
  const { doc } = out;
  // Long texts get twice the room of short values such as dates and names.
  const weights = block.columns.map((_, index) => (block.wide?.[index] ? 2 : 1));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const widths = weights.map((weight) => (out.width * weight) / total);
  const rowHeight = (cells: string[], style: TextStyle) =>
    Math.max(...cells.map((text, index) => height(doc, text || " ", style, widths[index]! - 2 * PAD))) +
    2 * PAD +
    2;
  const headHeight = rowHeight(block.columns, HEAD);
  const first = block.rows[0];
  // The caption, the header row and (the start of) the first row stay together.
  out.keep(24 + headHeight + (first ? Math.min(rowHeight(first, CELL), 120) : 0));
  const table = doc.struct("Table");
  parent.add(table);
  out.text(table, "Caption", block.caption, { ...BODY, bold: true });
  out.space(4);
  const headerRow = doc.struct("TR");
  table.add(headerRow);
  const headers = block.columns.map(() => doc.struct("TH", COLUMN_HEADER));
  for (const header of headers) headerRow.add(header);
  paintRow(out, widths, block.columns, true, headers);
  for (const header of headers) header.end();
  headerRow.end();

  const newPage = () => {
    doc.addPage();
    paintRow(out, widths, block.columns, true, null);
  };
  const pageRoom = doc.page.maxY() - doc.page.margins.top - headHeight;
  for (const cells of block.rows) {
    const row = doc.struct("TR");
    table.add(row);
    const data = cells.map(() => doc.struct("TD"));
    for (const cell of data) row.add(cell);
    let rest = cells;
    for (;;) {
      const needed = rowHeight(rest, CELL);
      const room = doc.page.maxY() - doc.y;
      if (needed <= room) {
        paintRow(out, widths, rest, false, data);
        break;
      }
      if (needed <= pageRoom || room < MIN_SPLIT_ROOM) {
        newPage();
        continue;
      }
      const split = rest.map((text, index) =>
        splitToFit(out, text, widths[index]! - 2 * PAD, room - 2 * PAD - 2),
      );
      paintRow(
        out,
        widths,
        split.map(([now]) => now),
        false,
        data,
      );
      rest = split.map(([, later]) => later);
      newPage();
    }
    for (const cell of data) cell.end();
    row.end();
  }
  table.end();
  out.space(10);
}

/** One row's cells, tagged into `cells`, or (null) a header row repeated on a new page, as an artifact. */
function paintRow(out: PdfWriter, widths: number[], texts: string[], head: boolean, cells: Struct[] | null) {
  const { doc } = out;
  const top = doc.y;
  let bottom = top;
  const xs = widths.map((_, index) => out.left + widths.slice(0, index).reduce((a, b) => a + b, 0));
  if (head) {
    const rowHeight = Math.max(
      ...texts.map((text, index) => height(doc, text || " ", HEAD, widths[index]! - 2 * PAD)),
    );
    out.decoration((pen) => pen.rect(out.left, top, out.width, rowHeight + 2 * PAD).fill(HEAD_BACKGROUND));
  }
  texts.forEach((text, index) => {
    const paint = () => {
      doc.y = top + PAD;
      draw(doc, text || " ", head ? HEAD : CELL, xs[index]! + PAD, widths[index]! - 2 * PAD);
      bottom = Math.max(bottom, doc.y + PAD);
    };
    const cell = cells?.[index];
    if (cell) cell.add(paint);
    else {
      doc.markContent("Artifact", { type: "Pagination" });
      paint();
      doc.endMarkedContent();
    }
  });
  out.decoration((pen) => {
    pen.lineWidth(0.75).strokeColor(LINE);
    for (const x of [...xs, out.left + out.width]) pen.moveTo(x, top).lineTo(x, bottom);
    pen.moveTo(out.left, top).lineTo(out.left + out.width, top);
    pen
      .moveTo(out.left, bottom)
      .lineTo(out.left + out.width, bottom)
      .stroke();
    if (head) {
      pen.lineWidth(1.25).strokeColor(MUTED);
      pen
        .moveTo(out.left, bottom)
        .lineTo(out.left + out.width, bottom)
        .stroke();
    }
  });
  doc.y = bottom;
}

/**
 * The longest start of `text` that fits `room` points high in a cell `width` wide, in whole words
 * (a word longer than the cell is wide, such as a web address, in characters), and the rest. A
 * cell with text always gives at least one character, so a row taller than a page ends.
 */
function splitToFit(out: PdfWriter, text: string, width: number, room: number): [string, string] {
  const fits = (part: string) => height(out.doc, part, CELL, width) <= room;
  if (fits(text || " ")) return [text, ""];
  const words = text.split(/(?<=\s)/);
  const longest = (count: number, part: (count: number) => string) => {
    let good = 0;
    let bad = count + 1;
    while (bad - good > 1) {
      const middle = Math.floor((good + bad) / 2);
      if (fits(part(middle))) good = middle;
      else bad = middle;
    }
    return good;
  };
  const wholeWords = longest(words.length, (count) => words.slice(0, count).join(""));
  if (wholeWords > 0)
    return [words.slice(0, wholeWords).join("").trimEnd(), words.slice(wholeWords).join("")];
  const characters = Math.max(
    1,
    longest(text.length, (count) => text.slice(0, count)),
  );
  return [text.slice(0, characters), text.slice(characters)];
}
