import { NextResponse } from "next/server";
import { setPresenceStep } from "@/lib/access/live";
import { readJson, withActor } from "@/lib/api/route-handler";

type Context = { params: Promise<{ planId: string }> };

/** The step a live connection is on, shown to the others beside the person's initials. */
export async function POST(request: Request, { params }: Context) {
  const { planId } = await params;
  return withActor(async (actor) => {
    await setPresenceStep(actor, planId, await readJson(request, 1024));
    return new NextResponse(null, { status: 204 });
  });
}
