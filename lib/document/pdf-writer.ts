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
export class PdfWriter {
  readonly left = MARGIN.left;
  readonly width: number;
  constructor(readonly doc: Doc) {
    this.width = doc.page.width - MARGIN.left - MARGIN.right;
  }

  /** Starts a new page unless `needed` points still fit on this one (keeps a heading with what follows). */
  keep(needed: number) {
    const room = this.doc.page.maxY() - this.doc.y;
    if (needed > room && room < this.doc.page.maxY() - MARGIN.top) this.doc.addPage();
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

  /** Labelled values: a list of which each item's label is its Lbl and the value its body. */
  fields(parent: Struct, rows: LabelledValue[], x = this.left, width = this.width) {
    const list = this.doc.struct("L");
    parent.add(list);
    const labelWidth = width * 0.32;
    const valueX = x + labelWidth;
    const valueWidth = width - labelWidth;
    const label: TextStyle = { ...BODY, bold: true, color: MUTED };
    for (const row of rows) {
      this.keep(
        Math.max(
          height(this.doc, row.label, label, labelWidth - 8),
          height(this.doc, row.value, BODY, valueWidth),
        ),
      );
      const top = this.doc.y;
      const page = this.doc.page;
      let labelEnd = top;
      const item = this.doc.struct("LI");
      list.add(item);
      item.add(
        this.doc.struct("Lbl", {}, () => {
          draw(this.doc, row.label, label, x, labelWidth - 8);
          labelEnd = this.doc.y;
        }),
      );
      item.add(
        this.doc.struct("LBody", {}, () => {
          this.doc.y = top;
          draw(this.doc, row.value || " ", BODY, valueX, valueWidth);
        }),
      );
      item.end();
      // A value longer than the page goes on to the next page, where the cursor already is.
      if (this.doc.page === page) this.doc.y = Math.max(this.doc.y, labelEnd);
      this.space(4);
    }
    list.end();
    this.space(2);
  }

  bullets(parent: Struct, block: Extract<Block, { kind: "bullets" }>) {
    this.keep(40);
    this.text(parent, "P", block.caption, { ...BODY, bold: true, color: TONE[block.tone] });
    this.space(4);
    const list = this.doc.struct("L");
    parent.add(list);
    for (const text of block.items) {
      this.keep(height(this.doc, text, BODY, this.width - 12));
      const top = this.doc.y;
      const item = this.doc.struct("LI");
      list.add(item);
      item.add(this.doc.struct("Lbl", {}, () => draw(this.doc, "•", BODY, this.left, 10)));
      item.add(
        this.doc.struct("LBody", {}, () => {
          this.doc.y = top;
          draw(this.doc, text, BODY, this.left + 12, this.width - 12);
        }),
      );
      item.end();
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
      const page = this.doc.page;
      const group = this.doc.struct("Div");
      parent.add(group);
      this.space(6);
      this.text(group, "H4", record.title, { size: 10.5, bold: true }, { x: this.left + 6, width: inner });
      this.space(4);
      this.fields(group, record.rows, this.left + 6, inner);
      group.end();
      // The frame is drawn round a record that fits on one page; a longer one runs on unframed.
      if (this.doc.page === page) {
        const bottom = this.doc.y;
        this.decoration((doc) =>
          doc
            .roundedRect(this.left, top, this.width, bottom - top, 3)
            .lineWidth(0.75)
            .strokeColor(LINE)
            .stroke(),
        );
      }
      this.space(6);
    }
  }

  chart(parent: Struct, block: Extract<Block, { kind: "chart" }>) {
    this.keep(30 + block.bars.length * 16);
    this.text(parent, "P", block.caption, { ...BODY, bold: true });
    this.space(4);
    // Each bar is a list item naming its value in words; the bar itself is drawn beside it.
    const list = this.doc.struct("L");
    parent.add(list);
    const labelWidth = this.width * 0.34;
    const trackX = this.left + labelWidth;
    const trackWidth = this.width * 0.44;
    for (const bar of block.bars) this.bar(list, bar, labelWidth, trackX, trackWidth);
    list.end();
    this.text(parent, "P", block.summary, SMALL);
    this.space(10);
  }

  private bar(list: Struct, bar: Bar, labelWidth: number, trackX: number, trackWidth: number) {
    const top = this.doc.y;
    let labelEnd = top;
    const item = this.doc.struct("LI");
    list.add(item);
    item.add(
      this.doc.struct("Lbl", {}, () => {
        draw(this.doc, bar.label, BODY, this.left, labelWidth - 6);
        labelEnd = this.doc.y;
      }),
    );
    item.add(
      this.doc.struct("LBody", {}, () => {
        this.doc.y = top;
        draw(this.doc, bar.display, BODY, trackX + trackWidth + 6, this.width - labelWidth - trackWidth - 6);
      }),
    );
    item.end();
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
