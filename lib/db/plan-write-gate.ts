/**
 * The writers of one plan take turns for its row lock anyway. Left to wait for it in the database,
 * each would hold a pooled connection, and a busy workshop (ten people saving at once) could take
 * every connection of this process, so that saves and pages of other plans had to wait for one.
 * So each process lets at most PLAN_WRITERS writes of a plan into the database at once (one holding
 * the lock, the next ready to take it); the others wait here, in order, without a connection.
 */
export const PLAN_WRITERS = 2;

/** As long as a write may wait for the lock in the database (client.ts); then it is told to retry. */
export const PLAN_WRITE_WAIT_MS = 15_000;

/** A write that did not get its turn in time: the plan is too busy right now, a retry will do. */
export class PlanWritesBusy extends Error {
  constructor() {
    super("Too many writes to this plan are waiting; try again shortly.");
    this.name = "PlanWritesBusy";
  }
}

interface Gate {
  active: number;
  waiting: (() => void)[];
}

const gates = new Map<string, Gate>();

export async function withPlanWriteSlot<T>(planId: string, write: () => Promise<T>): Promise<T> {
  let gate = gates.get(planId);
  if (!gate) {
    gate = { active: 0, waiting: [] };
    gates.set(planId, gate);
  }
  if (gate.active < PLAN_WRITERS) gate.active += 1;
  else await waitForTurn(gate);
  try {
    return await write();
  } finally {
    release(planId, gate);
  }
}

function waitForTurn(gate: Gate): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const turn = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      const index = gate.waiting.indexOf(turn);
      if (index >= 0) gate.waiting.splice(index, 1);
      reject(new PlanWritesBusy());
    }, PLAN_WRITE_WAIT_MS);
    gate.waiting.push(turn);
  });
}

function release(planId: string, gate: Gate) {
  const next = gate.waiting.shift();
  // The slot passes straight to the next in line, so nobody arriving now can overtake them.
  if (next) return next();
  gate.active -= 1;
  if (gate.active === 0) gates.delete(planId);
}
