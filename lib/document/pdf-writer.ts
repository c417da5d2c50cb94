import { drawTable } from "./pdf-table";
import {
  ACCENT,
  BODY,
  LINE,
  MARGIN,
  MUTED,
  SMALL,
  TONE,
  draw,
  height,
  type Doc,
  type Struct,
  type TextStyle,
} from "./pdf-style";
import type { Bar, Block, DocSection, LabelledValue } from "./types";

/**
 * A PDF renderer for one document: a cursor down the pages (pdfkit's own `doc.y`), the structure
 * element new content belongs to, and the rules for keeping things together.
 */
/** A text in a column: what, how, from where and how wide. */
interface Column {
  text: string;
  style: TextStyle;
  x: number;
  width: number;
}

/** Below this much room, something taller than a page starts on the next one rather than here. */
const MIN_ROOM_TO_START = 120;
/** A text this high may break between pages where at least `MIN_ROOM_TO_FLOW` (five lines) is left. */
const LONG_TEXT = 150;
const MIN_ROOM_TO_FLOW = 70;

export class PdfWriter {
  readonly left = MARGIN.left;
  readonly width: number;
  constructor(readonly doc: Doc) {
    this.width = doc.page.width - MARGIN.left - MARGIN.right;
  }

  /**
   * Starts a new page unless `needed` points still fit on this one (keeps a heading with what
   * follows). Something taller than a whole page starts here when a fair part of the page is left:
   * it runs on to the next page anyway, and would otherwise leave its heading alone.
   */
  keep(needed: number) {
    const room = this.doc.page.maxY() - this.doc.y;
    const page = this.doc.page.maxY() - MARGIN.top;
    if (needed <= room || room >= page) return;
    if (needed > page && room >= MIN_ROOM_TO_START) return;
    this.doc.addPage();
  }

  /**
   * Like `keep`, for a text that may break between pages like a paragraph: a long one starts here
   * when a few lines' room is left, and goes on on the next page (a short one moves whole).
   */
  keepOrFlow(needed: number) {
    const room = this.doc.page.maxY() - this.doc.y;
    if (needed > room && needed > LONG_TEXT && room >= MIN_ROOM_TO_FLOW) return;
    this.keep(needed);
  }

  /** The index of the page being written, to draw on earlier ones afterwards. */
  pageIndex() {
    const { start, count } = this.doc.bufferedPageRange();
    return start + count - 1;
  }

  space(points: number) {
    this.doc.y += points;
  }

  /** A structure element of `type` holding this text. */
  text(
    parent: Struct,
    type: string,
    text: string,
    style: TextStyle,
    options: { x?: number; width?: number; actual?: string } = {},
  ) {
    const { x = this.left, width = this.width, actual } = options;
    parent.add(this.doc.struct(type, actual ? { actual } : {}, () => draw(this.doc, text, style, x, width)));
  }

  /** Lines and shapes that only decorate: marked as artifacts, so screen readers pass over them. */
  decoration(paint: (doc: Doc) => void) {
    this.doc.markContent("Artifact", { type: "Layout" });
    this.doc.save();
    paint(this.doc);
    this.doc.restore();
    this.doc.endMarkedContent();
  }

  /**
   * A list item in two columns from the current line: its label (Lbl) and, beside it, its body
   * (LBody). The cursor ends below the body; returns where the label ended, for the taller of both.
   */
  private listItem(list: Struct, label: Column, body: Column) {
    const top = this.doc.y;
    let labelEnd = top;
    const item = this.doc.struct("LI");
    list.add(item);
    item.add(
      this.doc.struct("Lbl", {}, () => {
        draw(this.doc, label.text, label.style, label.x, label.width);
        labelEnd = this.doc.y;
      }),
    );
    item.add(
      this.doc.struct("LBody", {}, () => {
        this.doc.y = top;
        draw(this.doc, body.text, body.style, body.x, body.width);
      }),
    );
    item.end();
    return labelEnd;
  }

  /** Labelled values: a list of which each item's label is its Lbl and the value its body. */
  fields(parent: Struct, rows: LabelledValue[], x = this.left, width = this.width) {
    if (rows.length === 0) return;
    const list = this.doc.struct("L");
    parent.add(list);
    const labelWidth = width * 0.32;
    const valueX = x + labelWidth;
    const valueWidth = width - labelWidth;
    const label: TextStyle = { ...BODY, bold: true, color: MUTED };
    for (const row of rows) {
      this.keepOrFlow(
        Math.max(
          height(this.doc, row.label, label, labelWidth - 8),
          height(this.doc, row.value, BODY, valueWidth),
        ),
      );
      const page = this.doc.page;
      const labelEnd = this.listItem(
        list,
        { text: row.label, style: label, x, width: labelWidth - 8 },
        { text: row.value || " ", style: BODY, x: valueX, width: valueWidth },
      );
      // A value longer than the page goes on to the next page, where the cursor already is.
      if (this.doc.page === page) this.doc.y = Math.max(this.doc.y, labelEnd);
      this.space(4);
    }
    list.end();
    this.space(2);
  }

  bullets(parent: Struct, block: Extract<Block, { kind: "bullets" }>) {
    const caption: TextStyle = { ...BODY, bold: true, color: TONE[block.tone] };
    const first = block.items[0];
    this.keep(
      height(this.doc, block.caption, caption, this.width) +
        4 +
        (first ? Math.min(height(this.doc, first, BODY, this.width - 12), 60) : 0),
    );
    this.text(parent, "P", block.caption, caption);
    this.space(4);
    if (block.items.length === 0) return this.space(6);
    const list = this.doc.struct("L");
    parent.add(list);
    for (const text of block.items) {
      this.keepOrFlow(height(this.doc, text, BODY, this.width - 12));
      this.listItem(
        list,
        { text: "•", style: BODY, x: this.left, width: 10 },
        { text, style: BODY, x: this.left + 12, width: this.width - 12 },
      );
      this.space(3);
    }
    list.end();
    this.space(6);
  }

  records(parent: Struct, block: Extract<Block, { kind: "records" }>) {
    this.keep(90);
    this.text(parent, "H3", block.caption, { size: 12, bold: true });
    this.space(6);
    const inner = this.width - 12;
    for (const record of block.records) {
      const estimate =
        height(this.doc, record.title, { size: 10.5, bold: true }, inner) +
        record.rows.reduce((sum, row) => sum + height(this.doc, row.value, BODY, inner * 0.68) + 4, 0) +
        16;
      this.keep(estimate);
      const top = this.doc.y;
      const first = this.pageIndex();
      const group = this.doc.struct("Div");
      parent.add(group);
      this.space(6);
      if (record.title)
        this.text(group, "H4", record.title, { size: 10.5, bold: true }, { x: this.left + 6, width: inner });
      this.space(4);
      this.fields(group, record.rows, this.left + 6, inner);
      group.end();
      this.frame(first, top, this.doc.y);
      this.space(6);
    }
  }

  /**
   * The frame round a record, from `top` on page `first` to `bottom` on this page: on each page
   * it crosses, the part that is there, open where it goes on.
   */
  private frame(first: number, top: number, bottom: number) {
    const last = this.pageIndex();
    for (let index = first; index <= last; index += 1) {
      if (index !== last) this.doc.switchToPage(index);
      const from = index === first ? top : MARGIN.top - 4;
      const to = index === last ? bottom : this.doc.page.maxY() + 4;
      const right = this.left + this.width;
      this.decoration((pen) => {
        pen.lineWidth(0.75).strokeColor(LINE);
        if (first === last) pen.roundedRect(this.left, from, this.width, to - from, 3).stroke();
        else {
          pen.moveTo(this.left, from).lineTo(this.left, to).moveTo(right, from).lineTo(right, to);
          if (index === first) pen.moveTo(this.left, from).lineTo(right, from);
          if (index === last) pen.moveTo(this.left, to).lineTo(right, to);
          pen.stroke();
        }
      });
      if (index !== last) this.doc.switchToPage(last);
    }
  }

  chart(parent: Struct, block: Extract<Block, { kind: "chart" }>) {
    const labelWidth = this.width * 0.34;
    const trackX = this.left + labelWidth;
    const trackWidth = this.width * 0.44;
    const valueWidth = this.width - labelWidth - trackWidth - 6;
    const barHeight = (bar: Bar) =>
      Math.max(
        height(this.doc, bar.label, BODY, labelWidth - 6),
        height(this.doc, bar.display, BODY, valueWidth),
      ) + 4;
    // The whole chart stays on one page where it fits on one.
    this.keep(
      height(this.doc, block.caption, { ...BODY, bold: true }, this.width) +
        4 +
        block.bars.reduce((sum, bar) => sum + barHeight(bar), 0) +
        height(this.doc, block.summary, SMALL, this.width),
    );
    this.text(parent, "P", block.caption, { ...BODY, bold: true });
    this.space(4);
    // Each bar is a list item naming its value in words; the bar itself is drawn beside it.
    const list = this.doc.struct("L");
    parent.add(list);
    for (const bar of block.bars) {
      this.keep(barHeight(bar));
      this.bar(list, bar, labelWidth, trackX, trackWidth, valueWidth);
    }
    list.end();
    this.text(parent, "P", block.summary, SMALL);
    this.space(10);
  }

  private bar(
    list: Struct,
    bar: Bar,
    labelWidth: number,
    trackX: number,
    trackWidth: number,
    valueWidth: number,
  ) {
    const top = this.doc.y;
    const labelEnd = this.listItem(
      list,
      { text: bar.label, style: BODY, x: this.left, width: labelWidth - 6 },
      { text: bar.display, style: BODY, x: trackX + trackWidth + 6, width: valueWidth },
    );
    const share = Math.max(0, Math.min(1, bar.share));
    this.decoration((doc) => {
      doc.rect(trackX, top + 2, trackWidth, 9).fill("#f1f5f9");
      if (share > 0) doc.rect(trackX, top + 2, trackWidth * share, 9).fill(TONE[bar.tone]);
    });
    this.doc.y = Math.max(this.doc.y, labelEnd) + 4;
  }

  block(parent: Struct, block: Block) {
    switch (block.kind) {
      case "fields":
        return this.fields(parent, block.rows);
      case "paragraph":
        this.text(
          parent,
          "P",
          block.text,
          block.tone ? { ...BODY, bold: true, color: TONE[block.tone] } : BODY,
        );
        return this.space(8);
      case "bullets":
        return this.bullets(parent, block);
      case "table":
        return drawTable(this, parent, block);
      case "records":
        return this.records(parent, block);
      case "chart":
        return this.chart(parent, block);
    }
  }

  /** A numbered section heading, underlined, and the place the contents link to. */
  heading(parent: Struct, section: DocSection) {
    const style: TextStyle = { size: 16, bold: true, color: ACCENT };
    const text = `${section.number}. ${section.title}`;
    this.keep(height(this.doc, text, style, this.width) + 90);
    this.space(16);
    this.doc.addNamedDestination(section.id, "XYZ", this.left, this.doc.y, null);
    this.text(parent, "H2", text, style);
    this.doc.outline.addItem(text);
    const rule = this.doc.y + 3;
    this.decoration((doc) =>
      doc
        .moveTo(this.left, rule)
        .lineTo(this.left + this.width, rule)
        .lineWidth(1.5)
        .strokeColor(ACCENT)
        .stroke(),
    );
    this.space(11);
  }
}
