import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { StepGuidance } from "@/components/wizard/step-guidance";
import { GuestAccessEnded } from "@/components/workshop/guest-access-ended";
import { loadForPage } from "@/lib/access/page-guards";
import { currentGuest, requireGuest } from "@/lib/access/workshop-guests";
import { STEP_KEYS, type StepKey } from "@/lib/strategy/steps";

export async function generateMetadata({ params }: { params: Promise<{ step: string }> }) {
  const { step } = await params;
  if (!(STEP_KEYS as string[]).includes(step)) return {};
  const t = await getTranslations("strategy.steps");
  return { title: t(`${step as StepKey}.title`) };
}

/** One step of a workshop guest's wizard: its guidance (no discussion, nothing else of the plan). */
export default async function GuestStepPage({
  params,
}: {
  params: Promise<{ planId: string; step: string }>;
}) {
  const { planId, step } = await params;
  if (!(STEP_KEYS as string[]).includes(step)) notFound();
  const lookup = await currentGuest();
  if (lookup.status === "ended") return <GuestAccessEnded />;
  const guest = await loadForPage(() => requireGuest(planId, lookup));
  if (!guest) return null;
  return <StepGuidance step={step as StepKey} institutionType={guest.institution.type} />;
}
