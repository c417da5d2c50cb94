import { NextResponse } from "next/server";
import { castDots, guestVoter } from "@/lib/access/dot-votes";
import { readJson, withGuest } from "@/lib/api/route-handler";

type Context = { params: Promise<{ planId: string }> };

/** A workshop guest places or takes back dots in the running vote; running the vote is not theirs. */
export async function POST(request: Request, { params }: Context) {
  const { planId } = await params;
  return withGuest(planId, async (guest) =>
    NextResponse.json({ round: await castDots(guestVoter(guest), planId, await readJson(request, 1024)) }),
  );
}
