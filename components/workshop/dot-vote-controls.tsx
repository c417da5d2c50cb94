"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { InputField, SelectField } from "@/components/ui/field";
import type { StepKey } from "@/lib/strategy/steps";
import { DOTS_DEFAULT, DOTS_MAX, DOTS_MIN, VOTABLE_LISTS, isVotableList } from "@/lib/workshop/rules";
import { useListTitle } from "./list-title";
import type { WorkshopState } from "./use-workshop";

/**
 * The facilitator's dot-vote controls: start a round on a list (the one on the current step when
 * it can be voted on), end it, apply its order, put it away.
 */
export function DotVoteControls({ workshop, step }: { workshop: WorkshopState; step: StepKey }) {
  const t = useTranslations("workshopTools.vote");
  const listTitle = useListTitle();
  const id = useId();
  const here = VOTABLE_LISTS.find((list) => list.startsWith(`${step}.`));
  const [list, setList] = useState<string>(here ?? VOTABLE_LISTS[0]);
  const [dots, setDots] = useState(String(DOTS_DEFAULT));
  const [hideTotals, setHideTotals] = useState(true);
  const round = workshop.round;
  const dotCount = Number(dots);
  const dotsValid = Number.isInteger(dotCount) && dotCount >= DOTS_MIN && dotCount <= DOTS_MAX;

  if (round?.open)
    return (
      <div className="space-y-2">
        <p className="text-sm">{t("runningOn", { list: listTitle(round.list) })}</p>
        {/* On the voted step the banner above the list has the button: one is enough. */}
        {round.list.split(".")[0] === step ? (
          <p className="text-sm text-slate-700">{t("endAboveList")}</p>
        ) : (
          <Button size="sm" disabled={workshop.busy} onClick={() => void workshop.dotVote$({ op: "end" })}>
            {t("end")}
          </Button>
        )}
      </div>
    );

  return (
    <div className="space-y-3">
      {round && (
        <div className="flex flex-wrap items-center gap-2">
          <p className="w-full text-sm">{t("endedOn", { list: listTitle(round.list) })}</p>
          <Button
            size="sm"
            variant="secondary"
            disabled={workshop.busy}
            onClick={() => void workshop.dotVote$({ op: "discard" })}
          >
            {t("discard")}
          </Button>
        </div>
      )}
      <form
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          if (dotsValid && isVotableList(list))
            void workshop.dotVote$({ op: "start", list, dots: dotCount, hideTotals });
        }}
      >
        <div className="flex flex-wrap items-start gap-3">
          <SelectField
            id={`${id}-list`}
            label={t("list")}
            value={list}
            onChange={(event) => setList(event.target.value)}
            className="w-auto"
          >
            {VOTABLE_LISTS.map((option) => (
              <option key={option} value={option}>
                {listTitle(option)}
              </option>
            ))}
          </SelectField>
          <InputField
            id={`${id}-dots`}
            label={t("dotsEach")}
            type="number"
            min={DOTS_MIN}
            max={DOTS_MAX}
            value={dots}
            onChange={(event) => setDots(event.target.value)}
            className="w-20"
            error={dotsValid ? undefined : t("dotsInvalid", { min: DOTS_MIN, max: DOTS_MAX })}
          />
        </div>
        <div className="flex items-start gap-2">
          <input
            id={`${id}-hide`}
            type="checkbox"
            checked={hideTotals}
            onChange={(event) => setHideTotals(event.target.checked)}
            aria-describedby={`${id}-hide-hint`}
            className="mt-1"
          />
          <div>
            <label htmlFor={`${id}-hide`} className="text-sm font-medium">
              {t("hideTotals")}
            </label>
            <p id={`${id}-hide-hint`} className="text-xs text-slate-700">
              {t("hideTotalsHint")}
            </p>
          </div>
        </div>
        <Button size="sm" type="submit" disabled={workshop.busy || !dotsValid}>
          {round ? t("startNew") : t("start")}
        </Button>
      </form>
    </div>
  );
}
