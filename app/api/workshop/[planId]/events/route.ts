import { openGuestLiveSession } from "@/lib/access/live";
import { currentGuest, requireGuest } from "@/lib/access/workshop-guests";
import { errorResponse } from "@/lib/api/route-handler";
import { liveResponse } from "@/lib/live/server";
import { SSE_HEADERS } from "@/lib/live/stream";

type Context = { params: Promise<{ planId: string }> };

export const dynamic = "force-dynamic";

/**
 * A workshop guest's live updates, the same events members get. The guest's link is checked again
 * on every heartbeat and whenever guest access to the plan changes; revoked or expired, the
 * stream sends `revoked` and closes.
 */
export async function GET(request: Request, { params }: Context) {
  const { planId } = await params;
  try {
    const lookup = await currentGuest();
    // A guest reconnecting after their link ended (a dropped connection, a sleeping laptop) is told
    // so the way an open stream would tell them, not with an error the browser would retry forever.
    if (lookup.status === "ended")
      return new Response(`event: revoked\ndata: {}\n\n`, { headers: SSE_HEADERS });
    const guest = await requireGuest(planId, lookup);
    return await liveResponse(request, (step) => openGuestLiveSession(guest, step));
  } catch (error) {
    return errorResponse(error);
  }
}
