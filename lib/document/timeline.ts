import { addMonths, berlinDate, reviewDates } from "@/lib/strategy/review-dates";
import type { DocumentContext, DocumentSource } from "./model";
import type { Block } from "./types";

type Kind = "milestone" | "goal" | "deficit" | "review" | "strategyReview" | "horizon";

interface Entry {
  date: string;
  what: string;
  kind: Kind;
}

const KIND_ORDER: Kind[] = ["milestone", "goal", "deficit", "review", "strategyReview", "horizon"];

/**
 * Milestones, the due dates of goals and measures, and the reviews within the planning horizon,
 * in date order. Reviews count from the approval of the version shown; a draft counts from today.
 */
export function buildTimeline(source: DocumentSource, ctx: DocumentContext): Block[] {
  const { t } = ctx;
  const { strategy } = source;
  const entries: Entry[] = [];
  const fallback = (list: string, index: number) =>
    t(`strategy.steps.${list}.itemFallback`, { number: index + 1 });

  strategy.commitment.milestones.forEach((milestone, index) => {
    if (milestone.dueDate)
      entries.push({
        date: milestone.dueDate,
        what: milestone.title ?? fallback("commitment.lists.milestones", index),
        kind: "milestone",
      });
  });
  strategy.goals.goals.forEach((goal, index) => {
    if (goal.dueDate)
      entries.push({
        date: goal.dueDate,
        what: goal.title ?? fallback("goals.lists.goals", index),
        kind: "goal",
      });
  });
  strategy.deficits.deficits.forEach((deficit, index) => {
    if (deficit.dueDate)
      entries.push({
        date: deficit.dueDate,
        what: deficit.deficit ?? deficit.measure ?? fallback("deficits.lists.deficits", index),
        kind: "deficit",
      });
  });

  const { reviewCadence, horizonMonths } = strategy.commitment;
  const start = berlinDate(source.version?.approvedAt ?? source.generatedAt);
  const blocks: Block[] = [{ kind: "paragraph", text: t("document.timeline.intro") }];
  if (reviewCadence && horizonMonths) {
    for (const review of reviewDates(start, reviewCadence, horizonMonths)) {
      entries.push({
        date: review.date,
        what:
          review.kind === "strategyReview"
            ? t("document.timeline.strategyReview")
            : t(`document.timeline.reviews.${reviewCadence}`),
        kind: review.kind,
      });
    }
    entries.push({
      date: addMonths(start, horizonMonths),
      what: t("document.timeline.horizonEnd"),
      kind: "horizon",
    });
    blocks.push({
      kind: "paragraph",
      text: source.version
        ? t("document.timeline.reviewsFromApproval", { date: ctx.day(source.version.approvedAt) })
        : t("document.timeline.reviewsFromToday"),
    });
  }

  if (entries.length === 0) {
    blocks.push({ kind: "paragraph", text: t("document.timeline.noDates") });
    return blocks;
  }
  entries.sort(
    (a, b) => a.date.localeCompare(b.date) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind),
  );
  const day = (iso: string) =>
    new Intl.DateTimeFormat(ctx.formatLocale, { dateStyle: "long", timeZone: "UTC" }).format(
      new Date(`${iso}T00:00:00Z`),
    );
  blocks.push({
    kind: "table",
    caption: t("document.timeline.title"),
    columns: [t("document.timeline.date"), t("document.timeline.what"), t("document.timeline.kind")],
    rows: entries.map((entry) => [day(entry.date), entry.what, t(`document.timeline.kinds.${entry.kind}`)]),
  });
  return blocks;
}
