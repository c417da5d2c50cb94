import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/formatter";
import { DeletePlanDialog } from "@/components/plans/delete-plan-dialog";
import { PlanStatusBadge } from "@/components/plans/plan-status-badge";
import { PlanOverviewWatcher } from "@/components/plans/plan-overview-watcher";
import { ReadinessSummary } from "@/components/readiness/readiness-summary";
import { RenamePlanForm } from "@/components/plans/rename-plan-form";
import { SubmitPlanForm } from "@/components/wizard/submit-plan-form";
import { WithdrawSubmissionForm } from "@/components/plans/withdraw-submission-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { loadForPage, requirePageActor, planPageTitle } from "@/lib/access/page-guards";
import { can } from "@/lib/access/permissions";
import { getPlanHistory, getReviewState } from "@/lib/access/plan-workflow";
import { getPlanWithContent } from "@/lib/access/plan-content";
import { EDITABLE_STATUSES, mayDeletePlan, SUBMITTABLE_STATUSES } from "@/lib/access/plan-rules";
import { todayInBerlin } from "@/lib/clock";
import { checkReadiness } from "@/lib/strategy/readiness";
import { isPublicBody } from "@/lib/strategy/steps";
import { DecisionForm } from "@/components/review/decision-form";
import { changeRequestToShow } from "@/components/review/change-request";
import { ChangeRequestNotice } from "@/components/review/change-request-notice";
import { shownName } from "@/lib/people";
import { PlanHistory } from "@/components/review/plan-history";
import { deciderProblem } from "./decider-problem";

/** The plan's own title, so that a tab or a bookmark says which plan it is (the page reads it anyway). */
export async function generateMetadata({ params }: { params: Promise<{ slug: string; planId: string }> }) {
  const { slug, planId } = await params;
  return planPageTitle(slug, planId);
}

export default async function PlanPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; planId: string }>;
  searchParams: Promise<{ submitted?: string; decided?: string; imported?: string; withdrawn?: string }>;
}) {
  const { slug, planId } = await params;
  const { submitted, decided, imported, withdrawn } = await searchParams;
  const actor = await requirePageActor(`/institutions/${slug}/plans/${planId}`);
  const data = await loadForPage(async () => ({
    ...(await getPlanWithContent(actor, planId, slug)),
    history: await getPlanHistory(actor, planId, slug),
    review: await getReviewState(actor, planId, slug),
  }));
  if (!data) return null;
  const { plan, role, institution, content, history, review } = data;
  const changeRequest = await changeRequestToShow(actor, plan.id, slug);
  const readiness = checkReadiness(content.strategy, {
    isPublicBody: isPublicBody(institution.type),
    today: await todayInBerlin(),
  });
  const ta = await getTranslations("approval");
  const tr = await getTranslations("review");
  const tc = await getTranslations("compare");
  const t = await getTranslations("plans");
  const tw = await getTranslations("wizard");
  const td = await getTranslations("documentPage");
  const ti = await getTranslations("import");
  const tl = await getTranslations("living");
  const tws = await getTranslations("workshop");
  const tp = await getTranslations("people");
  const format = await getFormatter();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "long", timeStyle: "short" });
  return (
    <div className="space-y-6">
      <Link href={`/institutions/${slug}`} className="text-brand-700 text-sm underline underline-offset-4">
        <span aria-hidden="true">←</span> {t("backToList")}
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{plan.title}</h1>
        <PlanStatusBadge status={plan.status} approvedVersion={history.latestVersion} />
        <PlanOverviewWatcher planId={plan.id} revision={content.planRevision} />
      </div>
      {submitted && <Alert tone="success">{tw("submitted")}</Alert>}
      {withdrawn && <Alert tone="success">{tw("withdrawn")}</Alert>}
      {imported && <Alert tone="success">{ti("imported")}</Alert>}
      {decided === "stage" && review.current !== null && (
        <Alert tone="success">
          {tr("stagePassedNotice", { stage: review.stages[review.current]!.name ?? ta("defaultStage") })}
        </Alert>
      )}
      {(decided === "approve" || decided === "requestChanges") && (
        <Alert tone="success">
          {tr(decided === "approve" ? "approvedNotice" : "changesRequestedNotice")}
        </Alert>
      )}
      {changeRequest && <ChangeRequestNotice request={changeRequest} />}
      {history.draftDiffers && history.latestVersion !== null && (
        <Alert tone="info">
          {tr("draftDiffers", { number: history.latestVersion })}{" "}
          <Link
            href={`/institutions/${slug}/plans/${plan.id}/compare?from=${history.latestVersion}&to=draft`}
            className="font-medium underline underline-offset-4"
          >
            {tc("link")}
          </Link>
        </Alert>
      )}
      {review.current !== null && (
        <Card aria-labelledby="progress-title" className="space-y-2">
          <h2 id="progress-title" className="text-lg font-semibold">
            {ta("progressTitle")}
          </h2>
          <ol className="flex flex-wrap gap-2 text-sm">
            {review.stages.map((stage, index) => {
              const state =
                index < review.current!
                  ? "stageDone"
                  : index === review.current
                    ? "stageCurrent"
                    : "stagePending";
              return (
                <li
                  key={index}
                  aria-current={state === "stageCurrent" ? "step" : undefined}
                  className={
                    state === "stageCurrent"
                      ? "rounded-full bg-amber-100 px-3 py-1 font-semibold text-amber-950"
                      : state === "stageDone"
                        ? "rounded-full bg-emerald-100 px-3 py-1 text-emerald-900"
                        : "rounded-full bg-slate-100 px-3 py-1 text-slate-800"
                  }
                >
                  {index + 1}. {stage.name ?? ta("defaultStage")} – {ta(state)}
                </li>
              );
            })}
          </ol>
          {history.waiting && (
            <div className="space-y-1 text-sm">
              <p className="text-slate-700">
                {tr("submittedOn", {
                  date: when(history.waiting.createdAt),
                  name: shownName(history.waiting.submittedByName, tp("deletedAccount")),
                })}
              </p>
              {history.waiting.note && (
                <blockquote className="border-l-4 border-slate-300 pl-3 whitespace-pre-wrap text-slate-900">
                  {history.waiting.note}
                </blockquote>
              )}
              {review.ownSubmission && <p className="text-slate-700">{tr("ownSubmissionNote")}</p>}
            </div>
          )}
        </Card>
      )}
      {review.mayDecide && (
        <Card aria-labelledby="decision-title" className="space-y-3 border-amber-300">
          <h2 id="decision-title" className="text-lg font-semibold">
            {tr("decisionTitle")}
          </h2>
          <p className="text-sm text-slate-700">{tr("decisionLead")}</p>
          <DecisionForm slug={slug} planId={plan.id} revision={content.planRevision} />
        </Card>
      )}
      <div className="flex flex-wrap gap-3">
        <Link
          href={`/institutions/${slug}/plans/${plan.id}/steps/start`}
          className="bg-brand-700 hover:bg-brand-800 inline-flex min-h-11 items-center rounded-md px-6 py-2 font-medium text-white"
        >
          {can(role, "EDIT_PLAN") && plan.status !== "IN_REVIEW" ? tw("openWizard") : tw("readWizard")}
        </Link>
        <Link
          href={`/institutions/${slug}/plans/${plan.id}/document`}
          className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-6 py-2 font-medium text-slate-900 hover:bg-slate-50"
        >
          {td("link")}
        </Link>
        {can(role, "RUN_WORKSHOP") && (
          <Link
            href={`/institutions/${slug}/plans/${plan.id}/workshop`}
            className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-6 py-2 font-medium text-slate-900 hover:bg-slate-50"
          >
            {tws("open")}
          </Link>
        )}
        {history.latestVersion !== null && (
          <Link
            href={`/institutions/${slug}/plans/${plan.id}/progress`}
            className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-6 py-2 font-medium text-slate-900 hover:bg-slate-50"
          >
            {tl("planLink")}
          </Link>
        )}
      </div>
      <ReadinessSummary
        result={readiness}
        status={plan.status}
        wizardHref={`/institutions/${slug}/plans/${plan.id}/steps`}
      />
      {/* Ready, the plan can be submitted from here as from the wizard's last step. */}
      {can(role, "SUBMIT_PLAN") && SUBMITTABLE_STATUSES.includes(plan.status) && readiness.canSubmit && (
        <SubmitPlanForm
          slug={slug}
          planId={plan.id}
          ready
          again={plan.status === "CHANGES_REQUESTED"}
          unchanged={changeRequest?.unchanged}
          deciderProblem={await deciderProblem(actor, institution.id)}
          headingLevel={2}
        />
      )}
      {/* Deciders learn what they wait for: the team's submission, which their notifications will tell. */}
      {can(role, "APPROVE_PLAN") && SUBMITTABLE_STATUSES.includes(plan.status) && (
        <Alert tone="info">
          {tr(plan.status === "CHANGES_REQUESTED" ? "awaitingResubmission" : "awaitingSubmission")}
        </Alert>
      )}
      {/* Something to change before the decision: those who submit can take it back. */}
      {can(role, "SUBMIT_PLAN") && plan.status === "IN_REVIEW" && (
        <WithdrawSubmissionForm slug={slug} planId={plan.id} title={plan.title} />
      )}
      <Card aria-labelledby="plan-facts" className="space-y-3">
        <h2 id="plan-facts" className="text-lg font-semibold">
          {t("factsTitle")}
        </h2>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
          <dt className="font-medium text-slate-600">{t("createdAtLabel")}</dt>
          <dd>
            {plan.createdBy
              ? t("createdAtBy", { date: when(plan.createdAt), name: plan.createdBy.name })
              : when(plan.createdAt)}
          </dd>
          <dt className="font-medium text-slate-600">{t("updatedAtLabel")}</dt>
          <dd>{when(plan.updatedAt)}</dd>
        </dl>
      </Card>
      <PlanHistory
        versions={history.versions}
        decisions={history.decisions}
        submissions={history.submissions}
      />
      {/* While the plan waits for a decision its title stays as the deciders read it. */}
      {can(role, "EDIT_PLAN") && EDITABLE_STATUSES.includes(plan.status) && (
        <Card aria-labelledby="rename-title" className="space-y-3">
          <h2 id="rename-title" className="text-lg font-semibold">
            {t("renameTitle")}
          </h2>
          <RenamePlanForm slug={slug} planId={plan.id} title={plan.title} />
        </Card>
      )}
      {can(role, "DELETE_PLAN") && (
        <Card aria-labelledby="delete-title" className="space-y-3 border-red-200">
          <h2 id="delete-title" className="text-lg font-semibold">
            {t("deleteTitle")}
          </h2>
          {mayDeletePlan(role, { status: plan.status, versionCount: history.versions.length }) ? (
            <>
              <p className="text-sm text-slate-700">{t("deleteLead")}</p>
              <DeletePlanDialog slug={slug} planId={plan.id} title={plan.title} />
            </>
          ) : (
            <p className="text-sm text-slate-700">{t("deleteDecidedAdminsOnly")}</p>
          )}
        </Card>
      )}
    </div>
  );
}
