/** One server-sent event as a browser's EventSource would hand it over. */
export interface SseEvent {
  event: string;
  data: unknown;
  /** `performance.now()` when the event was parsed (the bench measures fan-out delay with it). */
  receivedAt: number;
}

/**
 * Collects the events of a text/event-stream body as they arrive. `next(predicate)` waits for the
 * first (not yet taken) event that matches; a stream that ends first fails the wait.
 */
export function collectEvents(stream: ReadableStream<Uint8Array>) {
  const events: SseEvent[] = [];
  const waiters = new Set<() => void>();
  let ended = false;
  let buffer = "";
  const decoder = new TextDecoder();
  const reader = stream.getReader();
  const pump = async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let event = "message";
        const data: string[] = [];
        for (const line of block.split("\n")) {
          if (line.startsWith("event: ")) event = line.slice(7);
          else if (line.startsWith("data: ")) data.push(line.slice(6));
        }
        if (data.length)
          events.push({ event, data: JSON.parse(data.join("\n")) as unknown, receivedAt: performance.now() });
      }
      for (const wake of waiters) wake();
    }
    ended = true;
    for (const wake of waiters) wake();
  };
  const done = pump().catch(() => {
    ended = true;
    for (const wake of waiters) wake();
  });
  let taken = 0;

  /** Waits until `predicate` holds for the events received so far. */
  async function until<T>(check: (all: SseEvent[]) => T | undefined | false): Promise<T> {
    for (;;) {
      const result = check(events);
      if (result) return result;
      if (ended) throw new Error(`stream ended; events: ${events.map((e) => e.event).join(", ")}`);
      await new Promise<void>((resolve) => {
        const wake = () => {
          waiters.delete(wake);
          resolve();
        };
        waiters.add(wake);
      });
    }
  }

  return {
    events,
    until,
    /** The next event after those already taken that matches. */
    async next(predicate: (event: SseEvent) => boolean): Promise<SseEvent> {
      return until((all) => {
        for (let i = taken; i < all.length; i++) {
          if (predicate(all[i]!)) {
            taken = i + 1;
            return all[i];
          }
        }
        return undefined;
      });
    },
    isEnded: () => ended,
    done,
  };
}
