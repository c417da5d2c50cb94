"use client";

import { AlertCircle, CheckCircle2, Circle, CircleDot, Lock } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { StepState } from "@/lib/strategy/progress";
import { STEP_KEYS, type StepKey } from "@/lib/strategy/steps";
import { clsx } from "clsx";

const ICONS: Record<StepState, React.ReactNode> = {
  empty: <Circle className="size-4 text-slate-500" aria-hidden="true" />,
  started: <CircleDot className="size-4 text-amber-700" aria-hidden="true" />,
  complete: <CheckCircle2 className="size-4 text-emerald-700" aria-hidden="true" />,
  problems: <AlertCircle className="size-4 text-red-700" aria-hidden="true" />,
};

export function StepNav({
  baseHref,
  current,
  states,
  locked,
}: {
  baseHref: string;
  current: StepKey;
  states: Record<StepKey, StepState>;
  /** Steps a workshop guest may not edit (yet), marked with a lock. */
  locked?: readonly StepKey[];
}) {
  const t = useTranslations("strategy.steps");
  const tg = useTranslations("workshop.guest");
  const tw = useTranslations("wizard");
  const complete = STEP_KEYS.filter((step) => states[step] === "complete").length;
  const list = useRef<HTMLOListElement>(null);

  // On a narrow screen the steps are a row that scrolls sideways: bring the current one into the
  // middle of it. The row is scrolled, never the page, so a link to a field further down still lands.
  useEffect(() => {
    const row = list.current;
    const active = row?.querySelector<HTMLElement>('[aria-current="step"]');
    if (!row || !active || row.scrollWidth <= row.clientWidth) return;
    const offset = active.getBoundingClientRect().left - row.getBoundingClientRect().left;
    row.scrollLeft += offset - (row.clientWidth - active.offsetWidth) / 2;
  }, [current]);
  return (
    <nav aria-label={tw("stepsLabel")} className="space-y-3">
      <div>
        <p className="text-sm font-medium text-slate-700" id="wizard-progress">
          {tw("progress", { complete, total: STEP_KEYS.length })}
        </p>
        <div className="mt-1 h-2 rounded-full bg-slate-200" aria-hidden="true">
          <div
            className="bg-brand-700 h-2 rounded-full"
            style={{ width: `${(complete / STEP_KEYS.length) * 100}%` }}
          />
        </div>
      </div>
      <ol ref={list} className="relative flex gap-1 overflow-x-auto pb-1 lg:flex-col lg:overflow-visible">
        {STEP_KEYS.map((step, index) => (
          <li key={step} className="shrink-0">
            <Link
              href={`${baseHref}/${step}`}
              aria-current={step === current ? "step" : undefined}
              className={clsx(
                "relative flex items-center gap-2 rounded-md px-2.5 py-2 text-sm",
                step === current
                  ? "bg-brand-50 text-brand-900 ring-brand-700 font-semibold ring-1"
                  : "text-slate-800 hover:bg-slate-100",
              )}
            >
              {ICONS[states[step]]}
              <span>
                {index + 1}. {t(`${step}.short`)}
              </span>
              <span className="sr-only">({tw(`state.${states[step]}`)})</span>
              {locked?.includes(step) && (
                <>
                  <Lock className="size-3.5 text-slate-500" aria-hidden="true" />
                  <span className="sr-only">({tg("locked")})</span>
                </>
              )}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
