/**
 * Live fan-out: how long one saved edit takes to reach every participant of a workshop. Opens
 * `subscribers` server-sent event streams on one plan (as a browser tab would), then saves edits one
 * after another through the autosave route and records, per stream, the delay from sending the
 * edit to receiving its `value` event.
 */
import { collectEvents } from "../tests/support/sse";
import { percentile } from "./stats";

export interface FanOutResult {
  subscribers: number;
  edits: number;
  /** Delays from sending the edit to each subscriber receiving it, in ms. */
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Subscribers that never received an edit (should be 0). */
  missed: number;
}

interface FanOutOptions {
  base: string;
  cookie: string;
  planId: string;
  key: string;
  subscribers: number;
  edits: number;
}

export async function measureFanOut(options: FanOutOptions): Promise<FanOutResult> {
  const { base, cookie, planId } = options;
  const abort = new AbortController();
  const streams = await Promise.all(
    Array.from({ length: options.subscribers }, async () => {
      const response = await fetch(`${base}/api/plans/${planId}/events?step=goals`, {
        headers: { cookie, accept: "text/event-stream" },
        signal: abort.signal,
      });
      if (!response.ok || !response.body) throw new Error(`events stream answered ${response.status}`);
      const stream = collectEvents(response.body);
      await stream.next((event) => event.event === "hello");
      return stream;
    }),
  );
  // Measured once the room has settled: everyone has joined and seen who else is there.
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const delays: number[] = [];
  let missed = 0;
  let revision = 0;
  /** Saves one value; resolves with each stream's receiving time, or null where it never came. */
  const edit = async (value: string) => {
    revision = await saveEdit(options, value, revision);
    return Promise.all(
      streams.map((stream) =>
        withTimeout(
          stream.next(
            (event) => event.event === "value" && (event.data as { value?: unknown }).value === value,
          ),
          10_000,
        ),
      ),
    );
  };
  try {
    // Not measured: the first save learns the field's revision (its first try is refused as
    // stale), so it takes two round trips; with 50 streams that one edit alone would be the p95.
    await edit(`Fan-out warm-up ${Date.now()}`);
    for (let index = 0; index < options.edits; index++) {
      const sentAt = performance.now();
      for (const event of await edit(`Fan-out ${index} ${Date.now()}`)) {
        if (event) delays.push(event.receivedAt - sentAt);
        else missed += 1;
      }
    }
  } finally {
    abort.abort();
  }
  delays.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    subscribers: options.subscribers,
    edits: options.edits,
    p50: round(percentile(delays, 50)),
    p95: round(percentile(delays, 95)),
    p99: round(percentile(delays, 99)),
    max: round(delays.at(-1) ?? NaN),
    missed,
  };
}

/**
 * Saves one value and returns its new revision. The field's revision is not known up front: the
 * first save may be refused as stale, and its answer names the current revision to build on.
 */
async function saveEdit(options: FanOutOptions, value: string, baseRevision: number): Promise<number> {
  const { base, cookie, planId, key } = options;
  const response = await fetch(`${base}/api/plans/${planId}/changes`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie, origin: base },
    body: JSON.stringify({ op: "set", key, value, baseRevision }),
  });
  const body = (await response.json()) as { revision?: number; details?: { revision?: number } };
  if (
    response.status === 409 &&
    body.details?.revision !== undefined &&
    body.details.revision !== baseRevision
  )
    return saveEdit(options, value, body.details.revision);
  if (!response.ok || body.revision === undefined)
    throw new Error(`edit answered ${response.status}: ${JSON.stringify(body)}`);
  return body.revision;
}

/** The promise's value, or null when it has not settled in time (a missed event, not a hang). */
async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
