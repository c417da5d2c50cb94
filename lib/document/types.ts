import type { Locale } from "@/lib/i18n/config";

/**
 * The strategy document, fully translated and formatted, independent of any output format. The
 * page, the shared link, PDF, Word and Markdown all render this one structure, so they cannot
 * drift apart in what they say.
 */
export interface PlanDocument {
  lang: Locale;
  /** "Social-Media-Strategie" */
  kind: string;
  title: string;
  institution: string;
  /** Printed at the top of every page after the cover. */
  runningHeader: string;
  cover: LabelledValue[];
  contentsTitle: string;
  sections: DocSection[];
  /** "Erstellt mit Wegweiser am …" */
  colophon: string;
  pageNumbering: PageNumbering;
}

/** "Seite {page} von {pages}" split around its numbers: text before, between and after them. */
export type PageNumbering = [string, string, string];

export interface LabelledValue {
  label: string;
  /** May contain line breaks, which every format keeps. */
  value: string;
}

export interface DocSection {
  /** Stable anchor, e.g. "goals" or "timeline". */
  id: string;
  number: number;
  title: string;
  blocks: Block[];
}

export type Tone = "good" | "warn" | "bad" | "neutral";

export type Block =
  | { kind: "fields"; rows: LabelledValue[] }
  | { kind: "table"; caption: string; columns: string[]; rows: string[][]; wide?: boolean[] }
  | { kind: "records"; caption: string; records: { title: string; rows: LabelledValue[] }[] }
  | { kind: "paragraph"; text: string; tone?: Tone }
  | { kind: "bullets"; caption: string; items: string[]; tone: Tone }
  | { kind: "chart"; caption: string; summary: string; bars: Bar[] };

/** One bar of a horizontal bar chart; `share` is 0–1 of the chart's width. */
export interface Bar {
  label: string;
  share: number;
  /** The value as text, shown beside the bar (charts never rely on length alone). */
  display: string;
  tone: Tone;
}
