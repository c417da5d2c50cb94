import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/formatter";
import { Card } from "@/components/ui/card";
import type { ProgressReport } from "@/lib/living/progress-report";
import { berlinDate, daysBetween, type DueState } from "@/lib/living/schedule";
import { cn } from "@/lib/utils";
import { formatDay } from "./format-day";

const STATE_STYLES: Record<DueState, string> = {
  upcoming: "text-slate-700",
  dueSoon: "font-semibold text-amber-900",
  overdue: "font-semibold text-red-800",
};

/** When the next check-in and the yearly strategy review are due, and the way into the review. */
export async function ScheduleCard(props: { report: ProgressReport; reviseHref: string | null }) {
  const { report } = props;
  const t = await getTranslations("living");
  const format = await getFormatter();
  const today = berlinDate(new Date(report.generatedAt));
  const due = (dueOn: string, state: DueState) => (
    <>
      {t("dueOn", { date: formatDay(format, dueOn) })} –{" "}
      <span className={cn(STATE_STYLES[state])} data-testid={`due-state-${state}`}>
        {t(`dueStates.${state}`, { days: Math.max(0, daysBetween(today, dueOn)) })}
      </span>
    </>
  );
  const { schedule } = report;
  return (
    <Card aria-labelledby="schedule-title" className="space-y-3">
      <h2 id="schedule-title" className="text-lg font-semibold">
        {t("scheduleTitle")}
      </h2>
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[14rem_1fr]">
        <dt className="font-medium text-slate-600">{t("cadenceLabel")}</dt>
        <dd>
          {t(`cadences.${schedule.cadence}`)} ·{" "}
          {t("approvedVersion", {
            number: report.version.number,
            date: formatDay(format, report.version.approvedOn),
          })}
        </dd>
        <dt className="font-medium text-slate-600">{t("nextCheckInLabel")}</dt>
        <dd data-testid="next-check-in">
          {schedule.nextCheckIn
            ? due(schedule.nextCheckIn.dueOn, schedule.nextCheckIn.state)
            : t("horizonOver")}
        </dd>
        <dt className="font-medium text-slate-600">{t("reviewLabel")}</dt>
        <dd>{due(schedule.review.dueOn, schedule.review.state)}</dd>
      </dl>
      {schedule.cadenceAssumed && <p className="text-sm text-slate-700">{t("cadenceAssumed")}</p>}
      <p className="text-sm text-slate-700">{t("reviewLead")}</p>
      {props.reviseHref && (
        <Link
          href={props.reviseHref}
          className="text-brand-700 inline-block text-sm font-medium underline underline-offset-4"
        >
          {t("startReview")}
        </Link>
      )}
    </Card>
  );
}
