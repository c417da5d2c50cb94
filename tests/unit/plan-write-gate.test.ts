import { afterEach, describe, expect, it, vi } from "vitest";
import {
  PLAN_WRITERS,
  PLAN_WRITE_WAIT_MS,
  PlanWritesBusy,
  withPlanWriteSlot,
} from "@/lib/db/plan-write-gate";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";

/** A write that runs until the test lets it finish. */
function heldWrite(log: string[], name: string) {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return {
    finish,
    run: () => {
      log.push(`start ${name}`);
      return done.then(() => name);
    },
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

afterEach(() => {
  vi.useRealTimers();
});

describe("the writes of one plan", () => {
  it("go to the database a few at a time, the others in the order they came", async () => {
    const log: string[] = [];
    const writes = ["a", "b", "c", "d"].map((name) => heldWrite(log, name));
    const results = writes.map((write) => withPlanWriteSlot("plan-1", write.run));
    await settle();
    expect(PLAN_WRITERS).toBe(2);
    expect(log).toEqual(["start a", "start b"]);

    writes[1]!.finish();
    await settle();
    expect(log).toEqual(["start a", "start b", "start c"]);
    writes[0]!.finish();
    writes[2]!.finish();
    writes[3]!.finish();
    expect(await Promise.all(results)).toEqual(["a", "b", "c", "d"]);
    expect(log).toEqual(["start a", "start b", "start c", "start d"]);
  });

  it("do not hold up the writes of another plan", async () => {
    const log: string[] = [];
    const busy = ["a", "b", "c"].map((name) => heldWrite(log, name));
    const waiting = busy.map((write) => withPlanWriteSlot("plan-1", write.run));
    expect(await withPlanWriteSlot("plan-2", () => Promise.resolve("other plan"))).toBe("other plan");
    for (const write of busy) write.finish();
    await Promise.all(waiting);
  });

  it("pass the turn on when a write fails", async () => {
    const failing = [1, 2].map(() =>
      withPlanWriteSlot("plan-3", () => Promise.reject(new Error("conflict"))),
    );
    const next = withPlanWriteSlot("plan-3", () => Promise.resolve("saved"));
    await expect(Promise.all(failing)).rejects.toThrow("conflict");
    expect(await next).toBe("saved");
  });

  it("that wait too long are told to retry, as when the database is busy", async () => {
    vi.useFakeTimers();
    const log: string[] = [];
    const held = [heldWrite(log, "a"), heldWrite(log, "b")];
    const running = held.map((write) => withPlanWriteSlot("plan-4", write.run));
    const late = withPlanWriteSlot("plan-4", () => Promise.resolve("late"));
    const refusal = expect(late).rejects.toBeInstanceOf(PlanWritesBusy);
    await vi.advanceTimersByTimeAsync(PLAN_WRITE_WAIT_MS);
    await refusal;
    expect(isDatabaseUnavailable(await late.catch((error: unknown) => error))).toBe(true);
    // The refused write left the line: the next one after the running writes gets its turn.
    held[0]!.finish();
    expect(await withPlanWriteSlot("plan-4", () => Promise.resolve("next"))).toBe("next");
    held[1]!.finish();
    expect(await Promise.all(running)).toEqual(["a", "b"]);
  });
});
