import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/formatter";
import { CheckInForm } from "@/components/living/check-in-form";
import { formatDay } from "@/components/living/format-day";
import { MeasuresOverview } from "@/components/living/measures-overview";
import { ProgressChart } from "@/components/living/progress-chart";
import { ScheduleCard } from "@/components/living/schedule-card";
import { PlanStatusBadge } from "@/components/plans/plan-status-badge";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { getLivingPlan } from "@/lib/access/check-ins";
import { loadForPage, requirePageActor, planPageTitle } from "@/lib/access/page-guards";
import { can } from "@/lib/access/permissions";
import { now } from "@/lib/clock";
import { shownName } from "@/lib/people";

export async function generateMetadata({ params }: { params: Promise<{ slug: string; planId: string }> }) {
  const { slug, planId } = await params;
  const t = await getTranslations("living");
  return planPageTitle(slug, planId, t("title"));
}

export default async function ProgressPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; planId: string }>;
  searchParams: Promise<{ recorded?: string }>;
}) {
  const { slug, planId } = await params;
  const { recorded } = await searchParams;
  const actor = await requirePageActor(`/institutions/${slug}/plans/${planId}/progress`);
  const at = await now();
  const data = await loadForPage(() => getLivingPlan(actor, planId, slug, at));
  if (!data) return null;
  const { plan, role, report, canRecord } = data;
  const deleted = (await getTranslations("people"))("deletedAccount");
  const t = await getTranslations("living");
  const format = await getFormatter();
  const planHref = `/institutions/${slug}/plans/${plan.id}`;
  const number = (value: number | null, unit: string | null) =>
    value === null ? t("none") : `${format.number(value)}${unit ? ` ${unit}` : ""}`;
  return (
    <div className="space-y-6">
      <Link href={planHref} className="text-brand-700 text-sm underline underline-offset-4">
        <span aria-hidden="true">←</span> {t("backToPlan")}
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{t("heading", { title: plan.title })}</h1>
        <PlanStatusBadge status={plan.status} approvedVersion={report?.version.number ?? null} />
      </div>
      <p className="max-w-3xl text-slate-700">{t("lead")}</p>
      {recorded && <Alert tone="success">{t("recorded")}</Alert>}
      {!report ? (
        <Alert tone="info">{t("notApproved")}</Alert>
      ) : (
        <>
          <ScheduleCard
            report={report}
            reviseHref={
              can(role, "EDIT_PLAN") && plan.status !== "IN_REVIEW" ? `${planHref}/steps/goals` : null
            }
          />
          <Card aria-labelledby="charts-title" className="space-y-6">
            <h2 id="charts-title" className="text-lg font-semibold">
              {t("chartsTitle")}
            </h2>
            {report.goals.length === 0 && <p className="text-sm text-slate-700">{t("noGoals")}</p>}
            {report.goals.map((goal, index) => (
              <section key={goal.itemId} aria-labelledby={`goal-${index}`} className="space-y-2">
                <h3 id={`goal-${index}`} className="font-semibold">
                  {goal.title}
                </h3>
                {goal.indicator && <p className="text-sm text-slate-700">{goal.indicator}</p>}
                <ProgressChart goal={goal} from={report.version.approvedOn} id={`chart-${index}`} />
              </section>
            ))}
          </Card>
          <Card aria-labelledby="measures-title" className="space-y-3">
            <h2 id="measures-title" className="text-lg font-semibold">
              {t("measuresTitle")}
            </h2>
            <MeasuresOverview report={report} />
          </Card>
          {canRecord && (
            <Card aria-labelledby="checkin-title" className="space-y-3">
              <h2 id="checkin-title" className="text-lg font-semibold">
                {t("checkInTitle")}
              </h2>
              <p className="text-sm text-slate-700">{t("checkInLead")}</p>
              <CheckInForm
                slug={slug}
                planId={plan.id}
                goals={report.goals.map((goal) => ({
                  itemId: goal.itemId,
                  title: goal.title,
                  unit: goal.unit,
                  hint: [
                    t("valueHint", {
                      indicator: goal.indicator ?? "",
                      baseline: number(goal.baseline, goal.unit),
                      target: number(goal.target, goal.unit),
                    }),
                    goal.latest &&
                      t("lastValue", {
                        value: number(goal.latest.value, goal.unit),
                        date: formatDay(format, goal.latest.date, "medium"),
                      }),
                  ]
                    .filter(Boolean)
                    .join(" · "),
                }))}
                measures={report.measures.map(({ itemId, kind, title, detail, state, owner, dueDate }) => ({
                  itemId,
                  kind,
                  title,
                  detail,
                  state,
                  // Whether "verspätet" fits depends on the date it was due by.
                  hint:
                    [
                      owner && t("owner", { owner }),
                      dueDate && t("dueDate", { date: formatDay(format, dueDate, "medium") }),
                    ]
                      .filter(Boolean)
                      .join(" · ") || null,
                }))}
              />
            </Card>
          )}
          <Card aria-labelledby="checkins-title" className="space-y-3">
            <h2 id="checkins-title" className="text-lg font-semibold">
              {t("historyTitle")}
            </h2>
            {report.checkIns.length === 0 ? (
              <p className="text-sm text-slate-700">{t("noCheckIns")}</p>
            ) : (
              <ul className="space-y-2 text-sm">
                {report.checkIns.map((checkIn) => (
                  <li key={checkIn.id}>
                    <p className="font-medium">
                      {t("checkInBy", {
                        date: formatDay(format, checkIn.date),
                        name: shownName(checkIn.recordedByName, deleted),
                        version: checkIn.versionNumber,
                      })}
                    </p>
                    {checkIn.note && <p className="whitespace-pre-wrap text-slate-700">{checkIn.note}</p>}
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </>
      )}
    </div>
  );
}
