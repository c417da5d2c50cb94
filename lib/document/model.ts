import { createFormatter, createTranslator } from "next-intl";
import { formatValue, itemTitle } from "@/components/review/format-value";
import type { PlanStatus } from "@/lib/db/generated/enums";
import { loadMessages } from "@/lib/i18n/catalogue";
import { FORMAT_LOCALE, TIME_ZONE, type FormatLocale, type Locale } from "@/lib/i18n/config";
import { type CapacityStatus, estimateCapacity } from "@/lib/strategy/capacity";
import { fieldApplies, type FieldDef, type ListDef } from "@/lib/strategy/fields";
import { findingValues } from "@/lib/strategy/finding-values";
import { checkReadiness, type Finding } from "@/lib/strategy/readiness";
import { STEPS, STEP_KEYS, type StepKey, type TStrategy } from "@/lib/strategy/steps";
import type { ProgressReport } from "@/lib/living/progress-report";
import { progressAppendix } from "./progress-appendix";
import { buildTimeline } from "./timeline";
import type { Block, DocSection, LabelledValue, PageNumbering, PlanDocument, Tone } from "./types";
import { shownName } from "@/lib/people";
import { berlinDate } from "@/lib/strategy/review-dates";

export interface DocumentSource {
  institution: { name: string; isPublicBody: boolean };
  title: string;
  status: PlanStatus;
  /** The approved version shown, or null for the current draft. */
  version: Approval | null;
  /** For a draft: the latest approved version, if any, named on the cover. */
  latestApproval: Approval | null;
  strategy: TStrategy;
  generatedAt: Date;
  /** Check-ins of the approved plan, shown as an appendix; null before the first approval. */
  progress?: ProgressReport | null;
}

export interface Approval {
  number: number;
  approvedAt: Date;
  approvedByName: string;
  note: string | null;
}

export type Translate = (key: string, values?: Record<string, string | number>) => string;

export interface DocumentContext {
  locale: Locale;
  /**
   * The language and region dates and numbers are written for. The English texts are British, and
   * the document declares itself British English (docx, HTML), so its dates are British too.
   */
  formatLocale: FormatLocale;
  t: Translate;
  /** Date and time of an instant, in Berlin. */
  instant: (date: Date) => string;
  day: (date: Date) => string;
  number: (value: number, maximumFractionDigits?: number) => string;
  currency: (value: number) => string;
}

export async function documentContext(locale: Locale): Promise<DocumentContext> {
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages, timeZone: TIME_ZONE }) as unknown as Translate;
  const formatLocale = FORMAT_LOCALE[locale];
  const format = createFormatter({ locale: formatLocale, timeZone: TIME_ZONE });
  return {
    locale,
    formatLocale,
    t,
    instant: (date) => format.dateTime(date, { dateStyle: "long", timeStyle: "short" }),
    day: (date) => format.dateTime(date, { dateStyle: "long" }),
    number: (value, maximumFractionDigits = 1) => format.number(value, { maximumFractionDigits }),
    currency: (value) =>
      format.number(value, { style: "currency", currency: "EUR", maximumFractionDigits: 0 }),
  };
}

/** Lists with more columns than this, or with long texts in more than this many, read better as records. */
const MAX_TABLE_COLUMNS = 7;
const MAX_TABLE_COLUMNS_WITH_LONG_TEXT = 5;

function visibleFields(fields: Record<string, FieldDef>, isPublicBody: boolean) {
  return Object.entries(fields).filter(([, def]) => isPublicBody || !def.publicBodiesOnly);
}

function listBlock(
  step: StepKey,
  listKey: string,
  def: ListDef,
  source: DocumentSource,
  ctx: DocumentContext,
): Block {
  const { t, formatLocale: locale } = ctx;
  const { strategy } = source;
  const caption = t(`strategy.steps.${step}.lists.${listKey}.title`);
  const items = (strategy[step] as Record<string, unknown>)[listKey] as (Record<string, unknown> & {
    id: string;
  })[];
  if (items.length === 0) return { kind: "paragraph", text: `${caption}: ${t("document.empty")}` };
  const label = (field: string) => t(`strategy.steps.${step}.lists.${listKey}.fields.${field}.label`);
  const fields = visibleFields(def.fields, source.institution.isPublicBody);
  // Tables leave out columns nobody filled in; records (below) show every question, answered or not.
  const columns = fields.filter(([field]) =>
    items.some((item) => item[field] !== null && item[field] !== undefined && item[field] !== ""),
  );
  const applies = (item: Record<string, unknown>, fieldDef: FieldDef) =>
    fieldApplies(fieldDef, source.institution.isPublicBody, item);
  const cell = (item: Record<string, unknown>, field: string, fieldDef: FieldDef) =>
    applies(item, fieldDef) ? formatValue(fieldDef, item[field], strategy, t, locale) : "";
  const longColumns = columns.filter(([, fieldDef]) => fieldDef.kind === "textarea").length;
  const asTable = columns.length <= (longColumns ? MAX_TABLE_COLUMNS_WITH_LONG_TEXT : MAX_TABLE_COLUMNS);
  if (asTable) {
    return {
      kind: "table",
      caption,
      columns: columns.map(([field]) => label(field)),
      wide: columns.map(([, fieldDef]) => fieldDef.kind === "textarea"),
      rows: items.map((item) => columns.map(([field, fieldDef]) => cell(item, field, fieldDef))),
    };
  }
  return {
    kind: "records",
    caption,
    records: items.map((item) => ({
      title: itemTitle(strategy, `${step}.${listKey}`, item.id, t),
      rows: fields
        .filter(([field, fieldDef]) => field !== def.titleField && applies(item, fieldDef))
        .map(([field, fieldDef]) => ({ label: label(field), value: cell(item, field, fieldDef) })),
    })),
  };
}

function stepBlocks(step: StepKey, source: DocumentSource, ctx: DocumentContext): Block[] {
  const { t, formatLocale: locale } = ctx;
  const def = STEPS[step];
  const values = source.strategy[step] as Record<string, unknown>;
  const rows: LabelledValue[] = visibleFields(def.fields, source.institution.isPublicBody).map(
    ([field, fieldDef]) => ({
      label: t(`strategy.steps.${step}.fields.${field}.label`),
      value: formatValue(fieldDef, values[field], source.strategy, t, locale),
    }),
  );
  const blocks: Block[] = rows.length ? [{ kind: "fields", rows }] : [];
  for (const [listKey, listDef] of Object.entries(def.lists as Record<string, ListDef>))
    blocks.push(listBlock(step, listKey, listDef, source, ctx));
  return blocks;
}

const GRADE_TONE: Record<string, Tone> = { complete: "good", partial: "warn", missing: "bad" };
const GRADE_SHARE: Record<string, number> = { complete: 1, partial: 0.5, missing: 0.04 };

function readinessBlocks(source: DocumentSource, ctx: DocumentContext): Block[] {
  const { t } = ctx;
  // An approved version is checked as on the day of its approval: dates that were ahead then, and
  // have passed since, are no findings of what the leadership approved.
  const result = checkReadiness(source.strategy, {
    isPublicBody: source.institution.isPublicBody,
    today: berlinDate(source.version?.approvedAt ?? source.generatedAt),
  });
  const finding = (f: Finding) =>
    t(
      `readiness.findings.${f.code}`,
      findingValues(f, {
        platform: (platform) => t(`strategy.options.platform.${platform}`),
        untitled: (step, list, number) => t(`strategy.steps.${step}.lists.${list}.itemFallback`, { number }),
      }),
    );
  const blocks: Block[] = [
    {
      kind: "paragraph",
      text: result.canSubmit
        ? t("document.readiness.verdictReady")
        : t("document.readiness.verdictBlocked", { count: result.blockers.length }),
      tone: result.canSubmit ? "good" : "bad",
    },
    {
      kind: "chart",
      caption: t("document.readiness.chartTitle"),
      summary: t("document.readiness.chartSummary", { score: result.score }),
      bars: result.criteria.map((criterion) => ({
        label: criterion.title ?? t(`readiness.criteria.${criterion.key}`),
        share: GRADE_SHARE[criterion.grade] ?? 0,
        display: t(`readiness.grade.${criterion.grade}`),
        tone: GRADE_TONE[criterion.grade] ?? "neutral",
      })),
    },
  ];
  if (result.blockers.length)
    blocks.push({
      kind: "bullets",
      caption: t("readiness.blockersTitle"),
      items: result.blockers.map(finding),
      tone: "bad",
    });
  if (result.warnings.length)
    blocks.push({
      kind: "bullets",
      caption: t("readiness.warningsTitle"),
      items: result.warnings.map(finding),
      tone: "warn",
    });
  return blocks;
}

const CAPACITY_TONE: Record<CapacityStatus, Tone> = {
  empty: "neutral",
  fits: "good",
  tight: "warn",
  over: "bad",
  farOver: "bad",
};

function capacityBlocks(source: DocumentSource, ctx: DocumentContext): Block[] {
  const { t, number, currency } = ctx;
  const estimate = estimateCapacity(source.strategy);
  const needed = estimate.workload.total;
  const granted = estimate.grantedHours;
  const max = Math.max(needed, granted, 0.1);
  const hours = (value: number) => t("document.capacity.hoursValue", { hours: number(value) });
  const gap = estimate.gapHours;
  const verdict =
    estimate.status === "empty"
      ? t("capacity.empty")
      : granted === 0
        ? t("capacity.noHours", { needed: number(needed) })
        : gap >= 0
          ? t(estimate.status === "tight" ? "capacity.tight" : "capacity.fits", { spare: number(gap) })
          : t(estimate.status === "farOver" ? "capacity.farOver" : "capacity.over", {
              missing: number(-gap),
            });
  const tone: Tone = CAPACITY_TONE[estimate.status];
  const blocks: Block[] = [
    {
      kind: "chart",
      caption: t("document.capacity.chartTitle"),
      summary: t("capacity.chartSummary", { needed: number(needed), granted: number(granted) }),
      bars: [
        { label: t("document.capacity.needed"), share: needed / max, display: hours(needed), tone },
        {
          label: t("document.capacity.granted"),
          share: granted / max,
          display: hours(granted),
          tone: "neutral",
        },
      ],
    },
    { kind: "paragraph", text: verdict, tone },
    {
      kind: "table",
      caption: t("document.capacity.partsTitle"),
      columns: [t("document.capacity.activity"), t("document.capacity.hoursPerWeek")],
      rows: (["content", "community", "monitoring", "weekend"] as const).map((part) => [
        t(`capacity.parts.${part}`),
        number(estimate.workload[part]),
      ]),
    },
    {
      kind: "fields",
      rows: [
        { label: t("capacity.fteNeeded"), value: number(estimate.fte.needed, 2) },
        { label: t("capacity.fteGranted"), value: number(estimate.fte.granted, 2) },
        { label: t("capacity.costNeeded"), value: currency(estimate.yearlyCost.needed) },
        { label: t("capacity.costGranted"), value: currency(estimate.yearlyCost.granted) },
      ],
    },
  ];
  if (estimate.unrelievedHours > 0)
    blocks.push({
      kind: "paragraph",
      text: t("capacity.unrelieved", { hours: number(estimate.unrelievedHours) }),
      tone: "warn",
    });
  if (estimate.singlePointOfFailure)
    blocks.push({ kind: "paragraph", text: t("capacity.singlePerson"), tone: "warn" });
  if (estimate.uncoveredPeople.length)
    blocks.push({
      kind: "paragraph",
      text: t("capacity.uncovered", { count: estimate.uncoveredPeople.length }),
      tone: "warn",
    });
  return blocks;
}

function coverRows(source: DocumentSource, ctx: DocumentContext): LabelledValue[] {
  const { t, instant, day } = ctx;
  const rows: LabelledValue[] = [
    { label: t("document.cover.institution"), value: source.institution.name },
    {
      label: t("document.cover.version"),
      value: source.version
        ? t("document.cover.versionNumber", { number: source.version.number })
        : t("document.cover.draft"),
    },
    { label: t("document.cover.status"), value: t(`planStatus.${source.status}`) },
  ];
  if (source.version) {
    rows.push(
      { label: t("document.cover.approvedOn"), value: day(source.version.approvedAt) },
      {
        label: t("document.cover.approvedBy"),
        value: shownName(source.version.approvedByName, t("people.deletedAccount")),
      },
    );
    if (source.version.note)
      rows.push({ label: t("document.cover.approvalNote"), value: source.version.note });
  } else if (source.latestApproval) {
    rows.push({
      label: t("document.cover.lastApproved"),
      value: t("document.cover.lastApprovedValue", {
        number: source.latestApproval.number,
        date: day(source.latestApproval.approvedAt),
        name: shownName(source.latestApproval.approvedByName, t("people.deletedAccount")),
      }),
    });
  }
  rows.push({ label: t("document.cover.asOf"), value: instant(source.generatedAt) });
  return rows;
}

function pageNumbering(t: Translate): PageNumbering {
  const [before = "", rest = ""] = t("document.page", { page: "\u0000", pages: "\u0001" }).split("\u0000");
  const [between = "", after = ""] = rest.split("\u0001");
  return [before, between, after];
}

/** Builds the document of a plan (a version or the draft) in one language. */
export function buildDocument(source: DocumentSource, ctx: DocumentContext): PlanDocument {
  const { t } = ctx;
  const sections: DocSection[] = STEP_KEYS.map((step, index) => {
    const blocks = stepBlocks(step, source, ctx);
    if (step === "staff") blocks.push(...capacityBlocks(source, ctx));
    if (step === "readiness") blocks.unshift(...readinessBlocks(source, ctx));
    return { id: step, number: index + 1, title: t(`strategy.steps.${step}.title`), blocks };
  });
  sections.push({
    id: "timeline",
    number: sections.length + 1,
    title: t("document.timeline.title"),
    blocks: buildTimeline(source, ctx),
  });
  if (source.progress)
    sections.push({
      id: "progress",
      number: sections.length + 1,
      title: t("document.progress.title"),
      blocks: progressAppendix(source.progress, ctx),
    });
  const edition = source.version
    ? t("document.cover.versionNumber", { number: source.version.number })
    : t("document.cover.draft");
  return {
    lang: ctx.locale,
    kind: t("document.kind"),
    title: source.title,
    institution: source.institution.name,
    runningHeader: `${source.institution.name} · ${source.title} · ${edition}`,
    cover: coverRows(source, ctx),
    contentsTitle: t("document.contents"),
    sections,
    colophon: t("document.generated", { date: ctx.instant(source.generatedAt) }),
    pageNumbering: pageNumbering(t),
  };
}
