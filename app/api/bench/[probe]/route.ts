import { NextResponse } from "next/server";
import { getPrisma, queryCount } from "@/lib/db/client";
import { env } from "@/lib/env";

/**
 * The benchmark's baseline and counters, present only when WEGWEISER_BENCH=on (`npm run bench`):
 * `POST /api/bench/update` does one primary-key UPDATE through the app's Prisma client, the
 * floor every write is compared with; `GET /api/bench/queries` reads the query counter.
 */
type Context = { params: Promise<{ probe: string }> };

const notFound = () => new NextResponse(null, { status: 404 });

export async function POST(_request: Request, { params }: Context) {
  if (env.WEGWEISER_BENCH !== "on" || (await params).probe !== "update") return notFound();
  const prisma = await getPrisma();
  await prisma.systemSetting.update({
    where: { key: "bench.baseline" },
    data: { value: String(Date.now()) },
  });
  return NextResponse.json({ ok: true });
}

export async function GET(_request: Request, { params }: Context) {
  if (env.WEGWEISER_BENCH !== "on" || (await params).probe !== "queries") return notFound();
  return NextResponse.json({ count: queryCount() });
}
