import type { PresentPerson } from "./use-live";

/**
 * Everyone else on the plan, once per person, though they may have several windows open (the
 * same person in another window counts: a facilitator often edits on a laptop while the
 * projector shows the plan under their account). Of one person's windows the last in the
 * server's order stands for them, in the presence list and for the presenter view following
 * them alike, so the step shown beside a name is the step the projector follows.
 */
export function othersPresent(people: PresentPerson[], connectionId: string | null): PresentPerson[] {
  const others = new Map<string, PresentPerson>();
  for (const person of people) {
    if (person.connectionId === connectionId) continue;
    others.set(person.userId, person);
  }
  return [...others.values()];
}
