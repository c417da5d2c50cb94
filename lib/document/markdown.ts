import type { Bar, Block, LabelledValue, PlanDocument } from "./types";

/**
 * Markdown that reads well as plain text: headings, definition-like lines, Markdown tables and
 * text bars for the charts. Everything users typed is escaped, so no text of theirs turns into
 * a link, an image or HTML when the file is rendered.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, "\\$&");
}

/** For text that starts a line: also what would make it a heading, list, quote or rule there. */
function escapeLineStarts(text: string): string {
  return escapeMarkdown(text)
    .replace(/^(\s*)([-+=#])/gm, "$1\\$2")
    .replace(/^(\s*\d+)\./gm, "$1\\.");
}

const md = escapeMarkdown;

/** Line breaks inside a table cell or list item would end it; they become " / ". */
const oneLine = (text: string) => md(text).replace(/\s*\n+\s*/g, " / ");

function fields(rows: LabelledValue[]): string {
  return rows
    .map((row) =>
      row.value.includes("\n")
        ? `**${md(row.label)}:**\n\n${escapeLineStarts(row.value)
            .split("\n")
            .map((line) => `> ${line}`)
            .join("\n")}`
        : `**${md(row.label)}:** ${md(row.value)}`,
    )
    .join("\n\n");
}

function table(columns: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map(oneLine).join(" | ")} |`;
  return [line(columns), `| ${columns.map(() => "---").join(" | ")} |`, ...rows.map(line)].join("\n");
}

const BAR_WIDTH = 20;

function textBar(bar: Bar): string {
  const filled = Math.round(Math.max(0, Math.min(1, bar.share)) * BAR_WIDTH);
  return `\`${"█".repeat(filled)}${"░".repeat(BAR_WIDTH - filled)}\``;
}

function block(item: Block): string {
  switch (item.kind) {
    case "fields":
      return fields(item.rows);
    case "paragraph":
      return escapeLineStarts(item.text);
    case "bullets":
      return `**${md(item.caption)}**\n\n${item.items.map((text) => `- ${oneLine(text)}`).join("\n")}`;
    case "table":
      return `**${md(item.caption)}**\n\n${table(item.columns, item.rows)}`;
    case "records":
      return (
        `### ${md(item.caption)}\n\n` +
        item.records.map((record) => `#### ${oneLine(record.title)}\n\n${fields(record.rows)}`).join("\n\n")
      );
    case "chart":
      return (
        `**${md(item.caption)}**\n\n` +
        item.bars
          .map((bar) => `- ${textBar(bar)} ${oneLine(bar.label)}: ${oneLine(bar.display)}`)
          .join("\n") +
        `\n\n_${oneLine(item.summary)}_`
      );
  }
}

export function renderDocumentMarkdown(doc: PlanDocument): string {
  const parts = [
    `# ${oneLine(doc.title)}`,
    `_${md(doc.kind)}_`,
    fields(doc.cover),
    `## ${md(doc.contentsTitle)}`,
    doc.sections.map((section) => `${section.number}. ${oneLine(section.title)}`).join("\n"),
    ...doc.sections.flatMap((section) => [
      `## ${section.number}. ${oneLine(section.title)}`,
      ...section.blocks.map(block),
    ]),
    "---",
    `_${md(doc.colophon)}_`,
  ];
  return `${parts.join("\n\n")}\n`;
}
