"use client";

import { ChevronDown, Timer } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Popover } from "radix-ui";
import { Button } from "@/components/ui/button";
import type { StepKey } from "@/lib/strategy/steps";
import { DotVoteControls, useListTitle } from "./dot-vote-controls";
import { TimeboxControls } from "./timebox-controls";
import { TimeboxDisplay } from "./timebox-display";
import type { WorkshopState } from "./use-workshop";
import { WorkshopError } from "./workshop-error";

/**
 * The workshop strip in the wizard's header: the timebox for everyone, a pointer to a running dot
 * vote on another step, and for facilitators the controls in a compact popover.
 */
export function WorkshopBar({
  workshop,
  canFacilitate,
  step,
  baseHref,
}: {
  workshop: WorkshopState;
  canFacilitate: boolean;
  step: StepKey;
  baseHref: string;
}) {
  const t = useTranslations("workshopTools");
  const listTitle = useListTitle();
  const round = workshop.round;
  const voteStep = round?.list.split(".")[0];
  return (
    <div className="flex flex-wrap items-center gap-3">
      <TimeboxDisplay timebox={workshop.timebox} skew={workshop.skew} />
      {round?.open && voteStep !== step && (
        <Link
          href={`${baseHref}/${voteStep}`}
          className="text-brand-700 text-sm underline underline-offset-4"
        >
          {t("vote.goTo", { list: listTitle(round.list) })}
        </Link>
      )}
      {canFacilitate && (
        <Popover.Root>
          <Popover.Trigger asChild>
            <Button size="sm" variant="secondary">
              <Timer aria-hidden="true" />
              {t("facilitate")}
              <ChevronDown aria-hidden="true" />
            </Button>
          </Popover.Trigger>
          <Popover.Portal>
            <Popover.Content
              align="end"
              sideOffset={6}
              aria-label={t("facilitate")}
              className="z-30 w-[min(24rem,calc(100vw-2rem))] space-y-5 rounded-lg border border-slate-200 bg-white p-4 shadow-lg"
            >
              <section aria-labelledby="workshop-timebox-heading" className="space-y-2">
                <h3 id="workshop-timebox-heading" className="text-sm font-semibold">
                  {t("timebox.heading")}
                </h3>
                <TimeboxControls workshop={workshop} />
              </section>
              <section
                aria-labelledby="workshop-vote-heading"
                className="space-y-2 border-t border-slate-200 pt-4"
              >
                <h3 id="workshop-vote-heading" className="text-sm font-semibold">
                  {t("vote.heading")}
                </h3>
                <DotVoteControls workshop={workshop} step={step} />
              </section>
              <WorkshopError error={workshop.error} />
            </Popover.Content>
          </Popover.Portal>
        </Popover.Root>
      )}
    </div>
  );
}
