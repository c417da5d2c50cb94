import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { PlanStatusBadge } from "@/components/plans/plan-status-badge";
import { changeRequestToShow } from "@/components/review/change-request";
import { PlanApiProvider } from "@/components/wizard/plan-api";
import { wizardContentProps } from "@/components/wizard/wizard-content-props";
import { WizardShell } from "@/components/wizard/wizard-shell";
import { loadForPage, requirePageActor } from "@/lib/access/page-guards";
import { getPlanWithContent } from "@/lib/access/plan-content";
import { EDITABLE_STATUSES, SUBMITTABLE_STATUSES } from "@/lib/access/plan-rules";
import { can } from "@/lib/access/permissions";
import { todayInBerlin } from "@/lib/clock";
import { deciderProblem } from "../decider-problem";

/**
 * The wizard stays mounted while moving between steps, so what is typed keeps its autosave
 * queue and revisions; each step's page only contributes its guidance.
 */
export default async function WizardLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ slug: string; planId: string }>;
}) {
  const { slug, planId } = await params;
  const actor = await requirePageActor(`/institutions/${slug}/plans/${planId}/steps/start`);
  const data = await loadForPage(() => getPlanWithContent(actor, planId, slug));
  if (!data) return null;
  const changeRequest = await changeRequestToShow(actor, data.plan.id, slug);
  const t = await getTranslations("wizard");
  const tws = await getTranslations("workshop");
  const editable = EDITABLE_STATUSES.includes(data.plan.status);
  const canEdit = can(data.role, "EDIT_PLAN") && editable;
  const lockedReason = !editable ? t("lockedInReview") : undefined;
  const canSubmit = can(data.role, "SUBMIT_PLAN") && SUBMITTABLE_STATUSES.includes(data.plan.status);
  const baseHref = `/institutions/${slug}/plans/${planId}/steps`;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{data.plan.title}</h1>
        <PlanStatusBadge status={data.plan.status} approvedVersion={data.content.latestVersion} />
        <div className="ml-auto flex flex-wrap gap-4 text-sm">
          {can(data.role, "RUN_WORKSHOP") && (
            <Link
              href={`/institutions/${slug}/plans/${planId}/workshop`}
              className="text-brand-700 underline underline-offset-4"
            >
              {tws("open")}
            </Link>
          )}
          <Link
            href={`/institutions/${slug}/plans/${planId}`}
            className="text-brand-700 underline underline-offset-4"
          >
            {t("toOverview")}
          </Link>
        </div>
      </div>
      {/* Unsaved edits wait in the browser under this person's name: on a shared computer, whoever
          signs in next neither sees them nor sends them as their own. */}
      <PlanApiProvider
        base={`/api/plans/${data.plan.id}`}
        unsavedKey={`wegweiser:unsaved:${actor.userId}:${data.plan.id}`}
      >
        <WizardShell
          planId={data.plan.id}
          baseHref={baseHref}
          canEdit={canEdit}
          lockedReason={lockedReason}
          {...wizardContentProps(data.content, data.institution.type, await todayInBerlin())}
          submitFor={
            canSubmit ? { slug, deciderProblem: await deciderProblem(actor, data.institution.id) } : undefined
          }
          changeRequest={changeRequest}
          status={data.plan.status}
        >
          {children}
        </WizardShell>
      </PlanApiProvider>
    </div>
  );
}
