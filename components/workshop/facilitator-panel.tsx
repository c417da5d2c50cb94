"use client";

import { useTranslations } from "next-intl";
import type { StepKey } from "@/lib/strategy/steps";
import { DotVoteControls } from "./dot-vote-controls";
import { TimeboxControls } from "./timebox-controls";
import type { WorkshopState } from "./use-workshop";
import { WorkshopError } from "./workshop-error";

/** The facilitator's controls: loaded only when someone opens "Moderation" (see WorkshopBar). */
export function FacilitatorPanel({ workshop, step }: { workshop: WorkshopState; step: StepKey }) {
  const t = useTranslations("workshopTools");
  // The dot vote's banner above its list shows the vote's errors while it is on this step.
  const voteHere = workshop.round?.list.split(".")[0] === step;
  return (
    <>
      <section aria-labelledby="workshop-timebox-heading" className="space-y-2">
        <h3 id="workshop-timebox-heading" className="text-sm font-semibold">
          {t("timebox.heading")}
        </h3>
        <TimeboxControls workshop={workshop} />
      </section>
      <section aria-labelledby="workshop-vote-heading" className="space-y-2 border-t border-slate-200 pt-4">
        <h3 id="workshop-vote-heading" className="text-sm font-semibold">
          {t("vote.heading")}
        </h3>
        <DotVoteControls workshop={workshop} step={step} />
      </section>
      <WorkshopError error={workshop.errorFrom === "dot-votes" && voteHere ? null : workshop.error} />
    </>
  );
}
