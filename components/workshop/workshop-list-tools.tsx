"use client";

import { DotVoteBanner, DotVoteItem, dotsLeft } from "./dot-vote-list";
import type { WorkshopState } from "./use-workshop";

/**
 * What the wizard's list editor shows of the workshop for one list: the dot vote, when its round
 * is on this list. Those who may edit the plan vote and facilitate; others see the results.
 */
export function workshopListTools(
  workshop: WorkshopState,
  list: string,
  items: { id: string }[],
  { canVote, canFacilitate }: { canVote: boolean; canFacilitate: boolean },
) {
  if (workshop.round?.list !== list) return undefined;
  const left = dotsLeft(
    workshop,
    items.map((item) => item.id),
  );
  return {
    banner: <DotVoteBanner workshop={workshop} left={left} canVote={canVote} canFacilitate={canFacilitate} />,
    item: (item: { id: string }, title: string) => (
      <DotVoteItem workshop={workshop} itemId={item.id} title={title} canVote={canVote} left={left} />
    ),
  };
}
