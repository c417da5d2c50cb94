import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";

/**
 * Runs `work` in a transaction and keeps the transaction open, with the locks `work` took, until
 * `release()`: for tests of what waits for those locks. Resolves once `work` has run (or rejects
 * with its error).
 */
export async function holdTransaction(work: (tx: Prisma.TransactionClient) => Promise<unknown>) {
  const prisma = await getPrisma();
  let held!: () => void;
  let release!: () => void;
  const workDone = new Promise<void>((resolve) => (held = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  const holder = prisma.$transaction(
    async (tx) => {
      await work(tx);
      held();
      await released;
    },
    { timeout: 60_000 },
  );
  await Promise.race([workDone, holder]);
  return {
    release: () => {
      release();
      return holder;
    },
  };
}
