import { NextResponse } from "next/server";
import { z } from "zod";
import { readJson, withActor } from "@/lib/api/route-handler";
import { ZPlanTitle, deletePlan, getPlan, renamePlan } from "@/lib/access/plans";

type Context = { params: Promise<{ planId: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { planId } = await params;
  return withActor(async (actor) => {
    const { plan, role, institution } = await getPlan(actor, planId);
    return NextResponse.json({ plan, role, institution: { slug: institution.slug, name: institution.name } });
  });
}

export async function PATCH(request: Request, { params }: Context) {
  const { planId } = await params;
  return withActor(async (actor) => {
    const body = z
      .object({ title: ZPlanTitle })
      .strict()
      .parse(await readJson(request));
    return NextResponse.json({ plan: await renamePlan(actor, planId, body.title) });
  });
}

export async function DELETE(_request: Request, { params }: Context) {
  const { planId } = await params;
  return withActor(async (actor) => {
    await deletePlan(actor, planId);
    return new NextResponse(null, { status: 204 });
  });
}
