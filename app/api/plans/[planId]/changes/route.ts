import { NextResponse } from "next/server";
import { applyChange } from "@/lib/access/plan-content";
import { readJson, withActor } from "@/lib/api/route-handler";
import { ZConnectionId } from "@/lib/live/events";

type Context = { params: Promise<{ planId: string }> };

/**
 * Autosave: one unit per request (a field, or adding, moving, removing a list item). A route
 * handler rather than a server action, because actions from one client run one after another.
 */
export async function POST(request: Request, { params }: Context) {
  const { planId } = await params;
  // The live connection of the tab that made the change, so it is not told of its own write.
  const origin = ZConnectionId.safeParse(request.headers.get("x-live-connection")).data;
  return withActor(async (actor) =>
    NextResponse.json(await applyChange(actor, planId, await readJson(request, 32 * 1024), { origin })),
  );
}
