import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { StepGuidance } from "@/components/wizard/step-guidance";
import { STEP_KEYS, type StepKey } from "@/lib/strategy/steps";

export async function generateMetadata({ params }: { params: Promise<{ step: string }> }) {
  const { step } = await params;
  if (!(STEP_KEYS as string[]).includes(step)) return {};
  const t = await getTranslations("strategy.steps");
  return { title: t(`${step as StepKey}.title`) };
}

export default async function StepPage({ params }: { params: Promise<{ step: string }> }) {
  const { step } = await params;
  if (!(STEP_KEYS as string[]).includes(step)) notFound();
  return <StepGuidance step={step as StepKey} />;
}
