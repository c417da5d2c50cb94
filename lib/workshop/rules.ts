/**
 * The workshop tools' rules, shared by the server (which enforces them) and the browser (which
 * shows them): which lists can be prioritised by dot vote, how many dots, how long a timebox.
 */

/** Lists whose order is a priority: what to tackle first, which goal matters most. */
export const VOTABLE_LISTS = [
  "deficits.deficits",
  "goals.goals",
  "start.targetGroups",
  "channels.channels",
] as const;
export type VotableList = (typeof VOTABLE_LISTS)[number];

export function isVotableList(list: string): list is VotableList {
  return (VOTABLE_LISTS as readonly string[]).includes(list);
}

export const DOTS_MIN = 1;
export const DOTS_MAX = 10;
export const DOTS_DEFAULT = 3;

export const TIMEBOX_PRESETS = [5, 10, 15, 30] as const;
export const TIMEBOX_MAX_MINUTES = 240;
export const TIMEBOX_EXTEND_MINUTES = 5;
export const TIMEBOX_LABEL_MAX = 60;

/** A member takes part under their account; the key leaves room for participants without one. */
export const memberParticipantKey = (userId: string) => `u:${userId}`;

/** A workshop guest takes part under their guest row. */
export const guestParticipantKey = (guestId: string) => `g:${guestId}`;

/**
 * The list's ids ordered by dots, most first. Items with equal dots keep the order they had, so
 * applying a vote never shuffles what nobody voted on.
 */
export function orderByDots(idsInOrder: readonly string[], totals: Readonly<Record<string, number>>) {
  return idsInOrder
    .map((id, index) => ({ id, index, dots: totals[id] ?? 0 }))
    .sort((a, b) => b.dots - a.dots || a.index - b.index)
    .map((entry) => entry.id);
}

/** What is left of a timebox at `now` (server time), in milliseconds; never below zero. */
export function timeboxRemaining(
  timebox: { endsAt: number | null; remainingMs: number | null },
  now: number,
): number | null {
  if (timebox.remainingMs !== null) return Math.max(0, timebox.remainingMs);
  if (timebox.endsAt !== null) return Math.max(0, timebox.endsAt - now);
  return null;
}
