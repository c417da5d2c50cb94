"use client";

import { lazyPart } from "@/components/ui/lazy-part";
import type { WorkshopState } from "./use-workshop";

// The voting controls load only while a round runs on a list, not with every wizard step.
const DotVoteBanner = lazyPart(() => import("./dot-vote-list").then((m) => m.DotVoteBanner));
const DotVoteItem = lazyPart(() => import("./dot-vote-list").then((m) => m.DotVoteItem));

export function dotsLeft(workshop: WorkshopState, itemIds: string[]) {
  const used = itemIds.reduce((sum, id) => sum + (workshop.mine[id] ?? 0), 0);
  return Math.max(0, (workshop.round?.dots ?? 0) - used);
}

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
