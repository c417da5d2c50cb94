import { NextResponse } from "next/server";
import { applyGuestChange } from "@/lib/access/workshop-guests";
import { readJson, withGuest } from "@/lib/api/route-handler";
import { ZConnectionId } from "@/lib/live/events";

type Context = { params: Promise<{ planId: string }> };

/** A workshop guest's autosave: like /api/plans/<id>/changes, limited to the steps open to guests. */
export async function POST(request: Request, { params }: Context) {
  const { planId } = await params;
  const origin = ZConnectionId.safeParse(request.headers.get("x-live-connection")).data;
  return withGuest(planId, async (guest) =>
    NextResponse.json(await applyGuestChange(guest, await readJson(request, 32 * 1024), { origin })),
  );
}
