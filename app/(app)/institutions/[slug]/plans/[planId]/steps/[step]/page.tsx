import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { StepComments } from "@/components/comments/step-comments";
import { LatestValues } from "@/components/living/latest-values";
import { StepGuidance } from "@/components/wizard/step-guidance";
import { loadProgressReport } from "@/lib/access/check-ins";
import { listComments } from "@/lib/access/comments";
import { loadForPage, requirePageActor } from "@/lib/access/page-guards";
import { loadPlanContent } from "@/lib/access/plan-content";
import { STEP_KEYS, type StepKey } from "@/lib/strategy/steps";

export async function generateMetadata({ params }: { params: Promise<{ step: string }> }) {
  const { step } = await params;
  if (!(STEP_KEYS as string[]).includes(step)) return {};
  const t = await getTranslations("strategy.steps");
  return { title: t(`${step as StepKey}.title`) };
}

export default async function StepPage({
  params,
}: {
  params: Promise<{ slug: string; planId: string; step: string }>;
}) {
  const { slug, planId, step } = await params;
  if (!(STEP_KEYS as string[]).includes(step)) notFound();
  const actor = await requirePageActor(`/institutions/${slug}/plans/${planId}/steps/${step}`);
  // listComments checks access; the content is only read after it succeeded.
  const discussion = await loadForPage(() => listComments(actor, planId, slug));
  if (!discussion) return null;
  const { strategy } = await loadPlanContent(planId);
  return (
    <>
      <StepGuidance step={step as StepKey} />
      {step === "goals" && (
        <LatestValues
          report={await loadProgressReport(actor, planId, { institutionSlug: slug })}
          progressHref={`/institutions/${slug}/plans/${planId}/progress`}
        />
      )}
      <StepComments
        slug={slug}
        planId={planId}
        step={step as StepKey}
        strategy={strategy}
        threads={discussion.comments.filter((c) => c.step === step)}
        canComment={discussion.canComment}
      />
    </>
  );
}
