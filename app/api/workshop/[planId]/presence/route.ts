import { NextResponse } from "next/server";
import { setGuestPresenceStep } from "@/lib/access/workshop-guests";
import { readJson, withGuest } from "@/lib/api/route-handler";

type Context = { params: Promise<{ planId: string }> };

/** The step a workshop guest's live connection is on. */
export async function POST(request: Request, { params }: Context) {
  const { planId } = await params;
  return withGuest(planId, async (guest) => {
    await setGuestPresenceStep(guest, await readJson(request, 1024));
    return new NextResponse(null, { status: 204 });
  });
}
