import { requireActor } from "@/lib/access/actor";
import { openLiveSession, ZStepKey } from "@/lib/access/live";
import { errorResponse } from "@/lib/api/route-handler";
import { getLiveHub } from "@/lib/live/server";
import { liveStream, SSE_HEADERS } from "@/lib/live/stream";

type Context = { params: Promise<{ planId: string }> };

export const dynamic = "force-dynamic";

/**
 * Live updates of one plan as server-sent events: who is there, and every change others save.
 * Authorised like the plan itself; checked again on every heartbeat and whenever the
 * institution's memberships change, and closed when access ends.
 */
export async function GET(request: Request, { params }: Context) {
  const { planId } = await params;
  try {
    const actor = await requireActor();
    const url = new URL(request.url);
    const step = ZStepKey.catch("start").parse(url.searchParams.get("step"));
    const sinceParam = url.searchParams.get("since");
    const since = sinceParam && /^\d{1,10}$/.test(sinceParam) ? Number(sinceParam) : undefined;
    const session = await openLiveSession(actor, planId, step);
    const stream = liveStream(session, { hub: getLiveHub(), signal: request.signal, since });
    return new Response(stream, { headers: SSE_HEADERS });
  } catch (error) {
    return errorResponse(error);
  }
}
