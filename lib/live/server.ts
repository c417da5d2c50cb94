import "server-only";
import { ZStepKey, type LiveSession } from "@/lib/access/live";
import { getDatabase } from "@/lib/db/client";
import type { StepKey } from "@/lib/strategy/steps";
import { LiveHub } from "./hub";
import { liveStream, SSE_HEADERS } from "./stream";

const holder = globalThis as unknown as { __wegweiserLiveHub?: LiveHub };

/** This process's hub, listening through the app's database. */
export function getLiveHub(): LiveHub {
  holder.__wegweiserLiveHub ??= new LiveHub(async (channel, onPayload, onResync) =>
    (await getDatabase()).listen(channel, onPayload, onResync),
  );
  return holder.__wegweiserLiveHub;
}

/**
 * The event-stream response of a live connection: the step the client is on and the revision it
 * has seen come from the query (`?step=…&since=…`); `open` checks access and opens the session.
 */
export async function liveResponse(request: Request, open: (step: StepKey) => Promise<LiveSession>) {
  const url = new URL(request.url);
  const step = ZStepKey.catch("start").parse(url.searchParams.get("step"));
  const sinceParam = url.searchParams.get("since");
  const since = sinceParam && /^\d{1,10}$/.test(sinceParam) ? Number(sinceParam) : undefined;
  const session = await open(step);
  const stream = liveStream(session, { hub: getLiveHub(), signal: request.signal, since });
  return new Response(stream, { headers: SSE_HEADERS });
}
