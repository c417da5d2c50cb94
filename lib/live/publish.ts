import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import { encodeNotice, LIVE_CHANNEL, type TLiveNotice } from "./events";

/**
 * Announces a change to every app instance. Sent inside the writing transaction, PostgreSQL
 * delivers it at commit and never for a write that was rolled back.
 */
export async function notifyLive(db: Prisma.TransactionClient | PrismaClient, notice: TLiveNotice) {
  await db.$executeRaw`SELECT pg_notify(${LIVE_CHANNEL}, ${encodeNotice(notice)})`;
}
