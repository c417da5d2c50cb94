import type { Prisma } from "./generated/client";
import type { PrefillRows } from "@/lib/strategy/template-rows";

/** Writes prefilled content (a template or the demo plan) into a new plan as revision 1. */
export async function writePrefill(
  tx: Prisma.TransactionClient,
  planId: string,
  rows: PrefillRows,
  userId: string | null,
) {
  if (rows.items.length === 0 && rows.values.length === 0) return;
  const revision = 1;
  await tx.plan.update({ where: { id: planId }, data: { revision } });
  if (rows.items.length) {
    await tx.planItem.createMany({
      data: rows.items.map((item) => ({ ...item, planId, revision, createdById: userId })),
    });
  }
  if (rows.values.length) {
    await tx.planValue.createMany({
      data: rows.values.map((row) => ({
        planId,
        key: row.key,
        itemId: row.itemId,
        value: row.value as Prisma.InputJsonValue,
        revision,
        updatedById: userId,
      })),
    });
  }
}
