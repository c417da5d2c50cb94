import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { StepComments } from "@/components/comments/step-comments";
import { LatestValues } from "@/components/living/latest-values";
import { StepGuidance } from "@/components/wizard/step-guidance";
import { loadProgressReport } from "@/lib/access/check-ins";
import { listComments } from "@/lib/access/comments";
import { loadForPage, requirePageActor, planPageTitle } from "@/lib/access/page-guards";
import { loadStepItemTitles } from "@/lib/access/plan-content";
import { getPlan } from "@/lib/access/plans";
import { STEP_KEYS, type StepKey } from "@/lib/strategy/steps";

export async function generateMetadata({
  params,
}: {
  params: Promise<{ slug: string; planId: string; step: string }>;
}) {
  const { slug, planId, step } = await params;
  if (!(STEP_KEYS as string[]).includes(step)) return {};
  const t = await getTranslations("strategy.steps");
  return planPageTitle(slug, planId, t(`${step as StepKey}.title`));
}

export default async function StepPage({
  params,
}: {
  params: Promise<{ slug: string; planId: string; step: string }>;
}) {
  const { slug, planId, step: stepParam } = await params;
  if (!(STEP_KEYS as string[]).includes(stepParam)) notFound();
  const step = stepParam as StepKey;
  const actor = await requirePageActor(`/institutions/${slug}/plans/${planId}/steps/${step}`);
  // listComments checks access; the items are only read after it succeeded.
  const discussion = await loadForPage(() => listComments(actor, planId, slug, { step }));
  if (!discussion) return null;
  const [strategy, report, { institution }] = await Promise.all([
    loadStepItemTitles(planId, step),
    step === "goals" ? loadProgressReport(actor, planId, { institutionSlug: slug }) : undefined,
    getPlan(actor, planId, slug), // read for this render already, by listComments
  ]);
  return (
    <>
      <StepGuidance step={step} institutionType={institution.type} />
      {report !== undefined && (
        <LatestValues report={report} progressHref={`/institutions/${slug}/plans/${planId}/progress`} />
      )}
      <StepComments
        slug={slug}
        planId={planId}
        step={step}
        strategy={strategy}
        threads={discussion.comments}
        canComment={discussion.canComment}
      />
    </>
  );
}
