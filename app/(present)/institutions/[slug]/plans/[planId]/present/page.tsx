import { getTranslations } from "next-intl/server";
import { PresenterView } from "@/components/wizard/presenter-view";
import { loadForPage, requirePageActor, planPageTitle } from "@/lib/access/page-guards";
import { getPlanWithContent } from "@/lib/access/plan-content";
import { ID_PATTERN } from "@/lib/security/input";
import { STEP_KEYS, isPublicBody, type StepKey } from "@/lib/strategy/steps";

export async function generateMetadata({ params }: { params: Promise<{ slug: string; planId: string }> }) {
  const { slug, planId } = await params;
  const t = await getTranslations("live.presenter");
  return planPageTitle(slug, planId, t("title"));
}

/** The presenter view: one step of the plan for a projector, updated live. */
export default async function PresentPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; planId: string }>;
  searchParams: Promise<{ step?: string; follow?: string }>;
}) {
  const { slug, planId } = await params;
  const { step: requested, follow } = await searchParams;
  const step: StepKey = (STEP_KEYS as string[]).includes(requested ?? "") ? (requested as StepKey) : "start";
  const actor = await requirePageActor(`/institutions/${slug}/plans/${planId}/present?step=${step}`);
  const data = await loadForPage(() => getPlanWithContent(actor, planId, slug));
  if (!data) return null;
  return (
    <PresenterView
      key={step}
      planId={data.plan.id}
      step={step}
      follow={follow && ID_PATTERN.test(follow) ? follow : undefined}
      baseHref={`/institutions/${slug}/plans/${planId}/steps/${step}`}
      isPublicBody={isPublicBody(data.institution.type)}
      initialStrategy={data.content.strategy}
      initialPlanRevision={data.content.planRevision}
    />
  );
}
