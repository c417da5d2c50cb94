import { NextResponse } from "next/server";
import { castDots, memberVoter, runDotVoteCommand } from "@/lib/access/dot-votes";
import { readJson, withActor } from "@/lib/api/route-handler";

type Context = { params: Promise<{ planId: string }> };

/**
 * Dot votes: a body with `op` is the facilitator's (start, end, apply, discard); one with `itemId`
 * and `dots` is a participant's vote. Answers with the round as the caller sees it.
 */
export async function POST(request: Request, { params }: Context) {
  const { planId } = await params;
  return withActor(async (actor) => {
    const body = await readJson(request, 1024);
    const round =
      body && typeof body === "object" && "op" in body
        ? await runDotVoteCommand(actor, planId, body)
        : await castDots(memberVoter(actor), planId, body);
    return NextResponse.json({ round });
  });
}
