import { createHash } from "node:crypto";
import { DOCUMENT_CSS, STANDALONE_CSS, pageCss } from "./styles";
import type { Bar, Block, DocSection, LabelledValue, PlanDocument } from "./types";

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Everything users typed passes through here before it becomes HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

const e = escapeHtml;

function definitionList(rows: LabelledValue[]): string {
  return `<dl>${rows.map((row) => `<dt>${e(row.label)}</dt><dd>${e(row.value)}</dd>`).join("")}</dl>`;
}

function bar(barDef: Bar): string {
  const width = Math.round(Math.max(0, Math.min(1, barDef.share)) * 1000) / 10;
  // The bar is drawn with SVG attributes, not inline styles, so the strict CSP holds.
  return (
    `<tr><th scope="row">${e(barDef.label)}</th>` +
    `<td><svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">` +
    `<rect class="wg-bar-track" x="0" y="0" width="100" height="10"/>` +
    `<rect class="wg-bar-${barDef.tone}" x="0" y="0" width="${width}" height="10"/></svg></td>` +
    `<td class="wg-value">${e(barDef.display)}</td></tr>`
  );
}

/**
 * A heading of the document's own outline (1 = its title). Embedded in a page that has its own
 * title, every level moves down by `offset`, so the page keeps a single h1; the class keeps the look.
 */
function heading(level: 1 | 2 | 3 | 4, offset: number, html: string, id?: string): string {
  const tag = `h${Math.min(6, level + offset)}`;
  return `<${tag}${id ? ` id="${id}"` : ""} class="wg-h${level}">${html}</${tag}>`;
}

function block(item: Block, offset: number): string {
  switch (item.kind) {
    case "fields":
      return definitionList(item.rows);
    case "paragraph":
      return `<p${item.tone ? ` class="wg-tone-${item.tone}"` : ""}>${e(item.text)}</p>`;
    case "bullets":
      return (
        `<div class="wg-group"><p class="wg-group-title wg-tone-${item.tone}">${e(item.caption)}</p>` +
        `<ul>${item.items.map((text) => `<li>${e(text)}</li>`).join("")}</ul></div>`
      );
    case "table":
      // On a phone a wide table scrolls sideways in its own box (focusable, so also by keyboard)
      // instead of pushing the page wider than the screen.
      return (
        `<div class="wg-scroll" role="region" tabindex="0" aria-label="${e(item.caption)}">` +
        `<table><caption>${e(item.caption)}</caption><thead><tr>` +
        item.columns.map((column) => `<th scope="col">${e(column)}</th>`).join("") +
        `</tr></thead><tbody>` +
        item.rows.map((row) => `<tr>${row.map((cell) => `<td>${e(cell)}</td>`).join("")}</tr>`).join("") +
        `</tbody></table></div>`
      );
    case "records":
      return (
        `<div class="wg-group">${heading(3, offset, e(item.caption))}` +
        item.records
          .map(
            (record) =>
              `<div class="wg-record">${heading(4, offset, e(record.title))}${definitionList(record.rows)}</div>`,
          )
          .join("") +
        `</div>`
      );
    case "chart":
      return (
        `<figure><figcaption>${e(item.caption)}</figcaption>` +
        `<table class="wg-chart"><tbody>${item.bars.map(bar).join("")}</tbody></table>` +
        `<p class="wg-summary">${e(item.summary)}</p></figure>`
      );
  }
}

function section(docSection: DocSection, offset: number): string {
  return (
    `<section aria-labelledby="wg-${docSection.id}">` +
    heading(2, offset, `${docSection.number}. ${e(docSection.title)}`, `wg-${docSection.id}`) +
    docSection.blocks.map((item) => block(item, offset)).join("") +
    `</section>`
  );
}

/**
 * The document as an HTML fragment, `<article class="wg-doc">…</article>`. On a page of its own its
 * title is the h1; `headingOffset: 1` embeds it below a page's own h1.
 */
export function renderDocumentHtml(doc: PlanDocument, { headingOffset: offset = 0 } = {}): string {
  return (
    `<article class="wg-doc" lang="${doc.lang}">` +
    `<header class="wg-cover"><p class="wg-kind">${e(doc.kind)}</p>${heading(1, offset, e(doc.title))}` +
    definitionList(doc.cover) +
    `</header>` +
    `<nav class="wg-contents" aria-labelledby="wg-contents">${heading(2, offset, e(doc.contentsTitle), "wg-contents")}<ol>` +
    doc.sections.map((s) => `<li><a href="#wg-${s.id}">${e(s.title)}</a></li>`).join("") +
    `</ol></nav>` +
    doc.sections.map((docSection) => section(docSection, offset)).join("") +
    `<footer>${e(doc.colophon)}</footer></article>`
  );
}

/** The stylesheet of a document: its own rules and its pages with running header and numbers. */
export function documentStylesheet(doc: PlanDocument): string {
  return DOCUMENT_CSS + pageCss(doc.runningHeader, doc.pageNumbering);
}

export function cspHash(css: string): string {
  return `'sha256-${createHash("sha256").update(css, "utf8").digest("base64")}'`;
}

export interface StandalonePage {
  html: string;
  /** The Content-Security-Policy that allows exactly this page's stylesheet and nothing else. */
  contentSecurityPolicy: string;
}

/** A complete, self-contained page: no scripts, no requests to anywhere, not for search engines. */
export function renderStandalonePage(options: {
  lang: string;
  title: string;
  body: string;
  css: string;
  banner?: string;
}): StandalonePage {
  const css = STANDALONE_CSS + options.css;
  const html =
    `<!doctype html><html lang="${options.lang}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="robots" content="noindex, nofollow">` +
    `<meta name="referrer" content="no-referrer">` +
    `<title>${e(options.title)}</title><style>${css}</style></head><body>` +
    `<main>${options.banner ? `<p class="wg-banner">${e(options.banner)}</p>` : ""}${options.body}</main></body></html>`;
  return {
    html,
    contentSecurityPolicy: [
      "default-src 'none'",
      `style-src ${cspHash(css)}`,
      "img-src data:",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
    ].join("; "),
  };
}
