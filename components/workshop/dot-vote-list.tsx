"use client";

import { Minus, Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { WorkshopState } from "./use-workshop";
import { WorkshopError } from "./workshop-error";

/**
 * Above the list being voted on: how the round works, dots left, and the facilitator's next step
 * (the facilitator panel leaves that and the vote's errors to this banner while it is on the page).
 */
export function DotVoteBanner({
  workshop,
  left,
  canVote,
  canFacilitate,
}: {
  workshop: WorkshopState;
  /** The viewer's dots still to place (see `dotsLeft` in workshop-list-tools.tsx). */
  left: number;
  canVote: boolean;
  canFacilitate: boolean;
}) {
  const t = useTranslations("workshopTools.vote");
  const round = workshop.round;
  if (!round) return null;
  return (
    <div
      className="border-brand-700 bg-brand-50 space-y-2 rounded-lg border-2 p-4 text-sm"
      data-testid="dot-vote"
    >
      <p className="text-base font-semibold">{round.open ? t("running") : t("ended")}</p>
      {round.open ? (
        <>
          {/* How to vote is for those who can; the others are told why they only watch. */}
          {canVote ? (
            <>
              <p>{t("howTo", { dots: round.dots })}</p>
              <p aria-live="polite" className="font-semibold" data-testid="dots-left">
                {t("left", { left, dots: round.dots })}
              </p>
            </>
          ) : (
            <p>{t("watching")}</p>
          )}
          {round.totals === null && (
            <p>{t("hiddenUntilEnd", { placed: round.placed, voters: round.voters })}</p>
          )}
        </>
      ) : (
        <p>{t("resultsBeside")}</p>
      )}
      {canFacilitate && (
        <div className="flex flex-wrap items-center gap-2 pt-1">
          {round.open ? (
            <Button size="sm" disabled={workshop.busy} onClick={() => void workshop.dotVote$({ op: "end" })}>
              {t("end")}
            </Button>
          ) : (
            <>
              <Button
                size="sm"
                disabled={workshop.busy}
                onClick={() => void workshop.dotVote$({ op: "apply" })}
              >
                {t("apply")}
              </Button>
              <span className="text-slate-700">{t("applyHint")}</span>
            </>
          )}
        </div>
      )}
      <WorkshopError error={workshop.errorFrom === "dot-votes" ? workshop.error : null} />
    </div>
  );
}

/** On each item of the list being voted on: one's own dots with buttons, and the total once shown. */
export function DotVoteItem({
  workshop,
  itemId,
  title,
  canVote,
  left,
}: {
  workshop: WorkshopState;
  itemId: string;
  title: string;
  canVote: boolean;
  left: number;
}) {
  const t = useTranslations("workshopTools.vote");
  const round = workshop.round;
  if (!round || (!(round.open && canVote) && round.totals === null)) return null;
  const mine = workshop.mine[itemId] ?? 0;
  const total = round.totals?.[itemId] ?? 0;
  return (
    <div className="mb-3 flex flex-wrap items-center gap-3 rounded-md bg-slate-50 px-3 py-2 text-sm">
      {round.open && canVote && (
        <>
          <span aria-hidden="true" className="text-brand-700 tracking-widest">
            {"●".repeat(mine)}
          </span>
          <span data-testid="my-dots">{t("mine", { count: mine })}</span>
          <Button
            size="sm"
            variant="secondary"
            disabled={left === 0}
            onClick={() => void workshop.vote(itemId, mine + 1)}
            aria-label={`${t("give")}: ${title}`}
          >
            <Plus aria-hidden="true" />
            {t("give")}
          </Button>
          <Button
            size="sm"
            variant="ghost"
            disabled={mine === 0}
            onClick={() => void workshop.vote(itemId, mine - 1)}
            aria-label={`${t("takeBack")}: ${title}`}
          >
            <Minus aria-hidden="true" />
            {t("takeBack")}
          </Button>
        </>
      )}
      {round.totals !== null && (
        <span className="ml-auto font-semibold" data-testid="dot-total">
          {t("total", { count: total })}
        </span>
      )}
    </div>
  );
}
