import { MEASURE_STATES, type ProgressReport } from "@/lib/living/progress-report";
import type { DocumentContext } from "./model";
import type { Bar, Block } from "./types";
import { shownName } from "@/lib/people";

/**
 * The appendix "Fortschrittsbericht": where the goals' indicators and the measures stand at the
 * check-ins of the approved plan, dated, as the progress page shows it.
 */
export function progressAppendix(report: ProgressReport, ctx: DocumentContext): Block[] {
  const { t, number } = ctx;
  const day = (iso: string | null) =>
    iso
      ? new Intl.DateTimeFormat(ctx.formatLocale, { dateStyle: "long", timeZone: "UTC" }).format(
          new Date(`${iso.slice(0, 10)}T00:00:00Z`),
        )
      : "—";
  const next = report.schedule.nextCheckIn;
  const blocks: Block[] = [
    {
      kind: "fields",
      rows: [
        { label: t("document.progress.asOf"), value: ctx.instant(new Date(report.generatedAt)) },
        {
          label: t("document.progress.version"),
          value: t("document.progress.versionValue", {
            number: report.version.number,
            date: day(report.version.approvedOn),
          }),
        },
        { label: t("living.cadenceLabel"), value: t(`living.cadences.${report.schedule.cadence}`) },
        {
          label: t("living.nextCheckInLabel"),
          value: next
            ? `${day(next.dueOn)}${next.state === "overdue" ? ` (${t("living.dueStates.overdue")})` : ""}`
            : t("living.horizonOver"),
        },
        { label: t("living.reviewLabel"), value: day(report.schedule.review.dueOn) },
      ],
    },
  ];
  if (report.checkIns.length === 0) {
    blocks.push({ kind: "paragraph", text: t("document.progress.noCheckIns") });
    return blocks;
  }

  const total = Object.values(report.measuresByState).reduce((sum, count) => sum + count, 0) || 1;
  const tones = {
    onTrack: "good",
    done: "good",
    atRisk: "warn",
    late: "bad",
    notAssessed: "neutral",
  } as const;
  blocks.push({
    kind: "chart",
    caption: t("document.progress.byStateTitle"),
    summary: t("document.progress.byStateSummary", { total }),
    bars: ([...MEASURE_STATES, "notAssessed"] as const).map((state) => ({
      label: t(`living.states.${state}`),
      share: report.measuresByState[state] / total,
      display: number(report.measuresByState[state]),
      tone: tones[state],
    })),
  });

  for (const goal of report.goals) {
    const unit = goal.unit ? ` ${goal.unit}` : "";
    const values = [goal.baseline, goal.latest?.value ?? null, goal.target];
    const max = Math.max(...values.map((v) => v ?? 0), 1);
    const bar = (label: string, value: number | null, tone: Bar["tone"]): Bar => ({
      label,
      share: (value ?? 0) / max,
      display: value === null ? "—" : `${number(value)}${unit}`,
      tone,
    });
    blocks.push({
      kind: "chart",
      caption: goal.indicator ? `${goal.title} – ${goal.indicator}` : goal.title,
      summary: goal.latest
        ? t("document.progress.latest", { date: day(goal.latest.date) })
        : t("document.progress.noValue"),
      bars: [
        bar(t("document.progress.baseline"), goal.baseline, "neutral"),
        bar(t("document.progress.actual"), goal.latest?.value ?? null, "good"),
        bar(t("document.progress.target"), goal.target, "neutral"),
      ],
    });
    if (goal.series.length > 1)
      blocks.push({
        kind: "table",
        caption: t("document.progress.seriesTitle", { goal: goal.title }),
        columns: [t("document.progress.date"), t("document.progress.value"), t("document.progress.note")],
        rows: goal.series.map((point) => [
          day(point.date),
          `${number(point.value)}${unit}`,
          point.note ?? "",
        ]),
      });
  }

  blocks.push({
    kind: "table",
    caption: t("document.progress.measuresTitle"),
    columns: [
      t("document.progress.item"),
      t("document.progress.kind"),
      t("living.stateLabel"),
      t("document.progress.note"),
      t("document.progress.assessedOn"),
    ],
    rows: report.measures.map((measure) => [
      measure.title,
      t(`document.progress.kinds.${measure.kind}`),
      t(`living.states.${measure.state ?? "notAssessed"}`),
      measure.note ?? "",
      day(measure.assessedOn),
    ]),
  });
  blocks.push({
    kind: "table",
    caption: t("document.progress.checkInsTitle"),
    columns: [t("document.progress.date"), t("document.progress.recordedBy"), t("document.progress.note")],
    rows: report.checkIns.map((checkIn) => [
      day(checkIn.date),
      shownName(checkIn.recordedByName, t("people.deletedAccount")),
      checkIn.note ?? "",
    ]),
  });
  return blocks;
}
