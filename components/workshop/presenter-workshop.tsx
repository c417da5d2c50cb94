"use client";

import { useTranslations } from "next-intl";
import { givenTitle, listItems } from "@/lib/strategy/units";
import type { TStrategy } from "@/lib/strategy/steps";
import { orderByDots } from "@/lib/workshop/rules";
import { useListTitle } from "./list-title";
import { TimeboxDisplay } from "./timebox-display";
import type { WorkshopState } from "./use-workshop";

/**
 * The workshop on the projector, above the step: the timebox in large type, and the dot vote:
 * its progress while totals are hidden, the ranking once they show.
 */
export function PresenterWorkshop({ workshop, strategy }: { workshop: WorkshopState; strategy: TStrategy }) {
  const t = useTranslations("workshopTools.vote");
  const listTitle = useListTitle();
  const round = workshop.round;
  let ranking: { id: string; title: string; dots: number }[] = [];
  if (round?.totals) {
    const found = listItems(strategy, round.list);
    const items = found?.items ?? [];
    const totals = round.totals;
    const titles = new Map(
      items.map((item, index) => [
        item.id,
        (found && givenTitle(found.def, item)) ?? t("itemFallback", { number: index + 1 }),
      ]),
    );
    ranking = orderByDots(
      items.map((item) => item.id),
      totals,
    ).map((id) => ({ id, title: titles.get(id) ?? "", dots: totals[id] ?? 0 }));
  }
  return (
    <div className="mb-10 space-y-8">
      <TimeboxDisplay timebox={workshop.timebox} skew={workshop.skew} size="large" />
      {round && (
        <section
          aria-labelledby="present-vote"
          className="rounded-xl border-4 border-slate-900 p-4 sm:p-6"
          data-testid="present-vote"
        >
          {/* Large type for the wall; on a phone long German words break rather than overflow. */}
          <h2 id="present-vote" className="mb-4 text-2xl font-bold break-words hyphens-auto sm:text-4xl">
            {round.totals
              ? t("presenterResults", { list: listTitle(round.list) })
              : t("presenterRunning", { list: listTitle(round.list) })}
          </h2>
          {round.totals ? (
            <ol className="space-y-3">
              {ranking.map((entry) => (
                <li
                  key={entry.id}
                  className="flex flex-wrap items-baseline justify-between gap-x-6 text-xl sm:text-3xl"
                >
                  {/* Too narrow for both: the points move below the title rather than squeeze it. */}
                  <span className="min-w-0 grow basis-52 font-semibold break-words hyphens-auto">
                    {entry.title}
                  </span>
                  <span className="shrink-0 font-bold tabular-nums">{t("total", { count: entry.dots })}</span>
                </li>
              ))}
            </ol>
          ) : (
            <p className="text-xl sm:text-2xl">
              {t("presenterProgress", { placed: round.placed, voters: round.voters })}
            </p>
          )}
        </section>
      )}
    </div>
  );
}
