import { NextResponse } from "next/server";
import { runTimeboxCommand } from "@/lib/access/workshop-timebox";
import { readJson, withActor } from "@/lib/api/route-handler";

type Context = { params: Promise<{ planId: string }> };

/** The workshop's timebox: start, pause, resume, add time, end (facilitators only). */
export async function POST(request: Request, { params }: Context) {
  const { planId } = await params;
  return withActor(async (actor) => {
    const timebox = await runTimeboxCommand(actor, planId, await readJson(request, 1024));
    // The server's clock along with the state, so each browser counts down from the same moment.
    return NextResponse.json({ timebox, now: Date.now() });
  });
}
