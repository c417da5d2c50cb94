import { requireActor } from "@/lib/access/actor";
import { openLiveSession } from "@/lib/access/live";
import { errorResponse } from "@/lib/api/route-handler";
import { liveResponse } from "@/lib/live/server";

type Context = { params: Promise<{ planId: string }> };

export const dynamic = "force-dynamic";

/**
 * Live updates of one plan as server-sent events: who is there, and every change others save.
 * Authorised like the plan itself; checked again on every heartbeat and whenever the
 * institution's memberships change, and closed when access ends. `?watch=1` follows the plan
 * without being shown to the others as present (the plan's overview).
 */
export async function GET(request: Request, { params }: Context) {
  const { planId } = await params;
  const present = new URL(request.url).searchParams.get("watch") !== "1";
  try {
    const actor = await requireActor();
    return await liveResponse(request, (step) => openLiveSession(actor, planId, step, { present }));
  } catch (error) {
    return errorResponse(error);
  }
}
