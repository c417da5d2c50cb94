import type { PageNumbering } from "./types";

/**
 * The document's own stylesheet, scoped to `.wg-doc`. It is inlined into the shared page (whose
 * Content-Security-Policy allows exactly this stylesheet by its hash) and into the app's document
 * view, so a printed page looks the same wherever it came from.
 */
export const DOCUMENT_CSS = `
.wg-doc { --ink: #0f172a; --muted: #475569; --line: #cbd5e1; --soft: #f1f5f9; --brand: #1d4ed8;
  --good: #15803d; --warn: #b45309; --bad: #b91c1c; --neutral: #475569;
  color: var(--ink); font-family: "Source Sans 3", "Segoe UI", system-ui, -apple-system, sans-serif;
  font-size: 1rem; line-height: 1.55; max-width: 52rem; margin: 0 auto; }
.wg-doc .wg-h1, .wg-doc .wg-h2, .wg-doc .wg-h3, .wg-doc .wg-h4 { line-height: 1.25; color: var(--ink); font-weight: 700; break-after: avoid; }
.wg-doc .wg-h1 { font-size: 2.1rem; margin: 0.25rem 0 1.5rem; }
.wg-doc .wg-h2 { font-size: 1.45rem; margin: 2.5rem 0 1rem; padding-bottom: 0.35rem; border-bottom: 2px solid var(--brand); }
.wg-doc .wg-h3 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
.wg-doc .wg-cover { padding: 2rem 0 1rem; }
.wg-doc .wg-kind { color: var(--brand); font-weight: 600; letter-spacing: 0.04em; text-transform: uppercase; font-size: 0.85rem; margin: 0; }
.wg-doc dl { display: grid; grid-template-columns: minmax(9rem, 16rem) 1fr; gap: 0.35rem 1.25rem; margin: 0 0 1rem; }
.wg-doc dt { color: var(--muted); font-weight: 600; }
.wg-doc dd { margin: 0; white-space: pre-line; overflow-wrap: break-word; }
.wg-doc nav ol { list-style: decimal; padding-left: 1.5rem; margin: 0; columns: 2; column-gap: 2rem; }
.wg-doc nav li { margin: 0.15rem 0; break-inside: avoid; }
.wg-doc a { color: var(--brand); }
.wg-doc table { width: 100%; border-collapse: collapse; margin: 0 0 1.25rem; font-size: 0.92rem; }
.wg-doc caption { text-align: left; font-weight: 600; padding: 0 0 0.4rem; }
.wg-doc th, .wg-doc td { border: 1px solid var(--line); padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; white-space: pre-line; overflow-wrap: break-word; }
.wg-doc thead th { background: var(--soft); }
.wg-doc tr { break-inside: avoid; }
.wg-doc .wg-record { border: 1px solid var(--line); border-radius: 0.4rem; padding: 0.75rem 1rem 0.25rem; margin: 0 0 0.9rem; break-inside: avoid; }
.wg-doc .wg-record .wg-h4 { margin: 0 0 0.5rem; font-size: 1rem; }
.wg-doc .wg-group { margin: 0 0 1rem; }
.wg-doc .wg-group-title { font-weight: 600; margin: 0 0 0.4rem; }
.wg-doc p { margin: 0 0 0.9rem; white-space: pre-line; }
.wg-doc .wg-tone-good { color: var(--good); font-weight: 600; }
.wg-doc .wg-tone-warn { color: var(--warn); font-weight: 600; }
.wg-doc .wg-tone-bad { color: var(--bad); font-weight: 600; }
.wg-doc ul { list-style: disc; margin: 0 0 1rem; padding-left: 1.25rem; }
.wg-doc figure { margin: 0 0 1.25rem; break-inside: avoid; }
.wg-doc figcaption { font-weight: 600; margin-bottom: 0.4rem; }
.wg-doc .wg-chart th { width: 34%; font-weight: 400; background: none; }
.wg-doc .wg-chart td { border-left: none; }
.wg-doc .wg-chart svg { display: block; width: 100%; height: 0.9rem; }
.wg-doc .wg-chart .wg-value { width: 9rem; border-left: none; }
.wg-doc .wg-bar-track { fill: var(--soft); }
.wg-doc .wg-bar-good { fill: var(--good); }
.wg-doc .wg-bar-warn { fill: var(--warn); }
.wg-doc .wg-bar-bad { fill: var(--bad); }
.wg-doc .wg-bar-neutral { fill: var(--neutral); }
.wg-doc .wg-summary { color: var(--muted); font-size: 0.9rem; margin-top: 0.4rem; }
.wg-doc footer { color: var(--muted); font-size: 0.85rem; margin-top: 3rem; border-top: 1px solid var(--line); padding-top: 0.5rem; }
.wg-doc .wg-contents { break-after: page; }
/* A table wider than the page scrolls in its box; a shade at the edge with more to see says so
   (the white covers scroll along with the table and hide the shade at an end it has reached). */
.wg-doc .wg-scroll { position: relative; overflow-x: auto; margin: 0 0 1.25rem;
  background:
    linear-gradient(to right, #fff 40%, rgb(255 255 255 / 0)) left / 2rem 100% no-repeat local,
    linear-gradient(to left, #fff 40%, rgb(255 255 255 / 0)) right / 2rem 100% no-repeat local,
    radial-gradient(farthest-side at 0 50%, rgb(15 23 42 / 0.3), rgb(15 23 42 / 0)) left / 1rem 100% no-repeat scroll,
    radial-gradient(farthest-side at 100% 50%, rgb(15 23 42 / 0.3), rgb(15 23 42 / 0)) right / 1rem 100% no-repeat scroll; }
.wg-doc .wg-scroll table { margin: 0; min-width: 32rem; }
.wg-doc .wg-scroll:focus-visible { outline: 2px solid var(--brand); outline-offset: 2px; }
@media (max-width: 40rem) {
  .wg-doc dl { grid-template-columns: 1fr; gap: 0; }
  .wg-doc dd { margin-bottom: 0.6rem; }
  .wg-doc nav ol { columns: 1; }
}
@media print {
  .wg-doc .wg-scroll { overflow: visible; background: none; }
  .wg-doc .wg-scroll table { min-width: 0; }
  .wg-doc { max-width: none; font-size: 10.5pt; }
  .wg-doc a { color: inherit; text-decoration: none; }
  .wg-doc .wg-h2 { margin-top: 1.5rem; }
  .wg-doc section { break-before: auto; }
}
`;

/** Plain page furniture of the standalone (shared) document, outside the document itself. */
export const STANDALONE_CSS = `
html { background: #fff; }
body { margin: 0; padding: 2rem 1.25rem 3rem; }
.wg-banner { max-width: 52rem; margin: 0 auto 1rem; padding: 0.5rem 0.75rem; border-radius: 0.4rem;
  background: #eff6ff; color: #1e3a8a; font: 0.9rem/1.4 system-ui, sans-serif; }
@media print { body { padding: 0; } .wg-banner { display: none; } }
`;

/** Quotes text for a CSS string, e.g. the running header in a page margin box. */
export function cssString(text: string): string {
  return `"${text
    .replace(/[\\"]/g, "\\$&")
    .replace(/[\n\r]/g, " ")
    .replace(/</g, "\\3C ")}"`;
}

/** A4 pages with the plan's name at the top of every page but the first, and page numbers. */
export function pageCss(runningHeader: string, [before, between, after]: PageNumbering): string {
  return `
@page { size: A4; margin: 20mm 18mm 18mm;
  @top-left { content: ${cssString(runningHeader)}; font: 8.5pt system-ui, sans-serif; color: #475569; }
  @bottom-right { content: ${cssString(before)} counter(page) ${cssString(between)} counter(pages) ${cssString(after)}; font: 8.5pt system-ui, sans-serif; color: #475569; } }
@page :first { @top-left { content: none; } }
`;
}
