import "server-only";
import { z } from "zod";
import { getPrisma } from "@/lib/db/client";
import { notifyLive } from "@/lib/live/publish";
import { ZInstitutionName, ZInstitutionType } from "./accounts";
import { recordAudit } from "./audit";
import { AppError } from "./errors";
import { requireMembership, type ActorRef } from "./memberships";
import { can } from "./permissions";

export const ZInstitutionSettings = z.object({ name: ZInstitutionName, type: ZInstitutionType });

/** What the settings page shows an admin: the name and type, and the plans that keep the type as it is. */
export async function getInstitutionSettings(actor: ActorRef, institutionSlug: string) {
  const { institution } = await requireMembership(actor, institutionSlug, "MANAGE_INSTITUTION");
  const prisma = await getPrisma();
  const plansInReview = await prisma.plan.findMany({
    where: { institutionId: institution.id, status: "IN_REVIEW" },
    select: { id: true, title: true },
    orderBy: { title: "asc" },
  });
  return { institution, plansInReview };
}

/**
 * An admin corrects the institution's name or type. Its address (slug) stays, so links, bookmarks
 * and share links keep working. The type decides which questions its plans ask (a public body's
 * compliance check) and which examples they show: while a plan waits for approval, the approvers
 * decide on the questions it was submitted with, so the type cannot change then. Approved
 * versions keep the type they were approved under; the name is always the current one.
 */
export async function updateInstitutionSettings(
  actor: ActorRef,
  institutionSlug: string,
  input: z.input<typeof ZInstitutionSettings>,
) {
  const data = ZInstitutionSettings.parse(input);
  const { institution } = await requireMembership(actor, institutionSlug, "MANAGE_INSTITUTION");
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    // Two admins saving at once: the second compares with what the first saved. A submission
    // holds this row too (lockChain), so no plan enters review under the old type meanwhile.
    await tx.$executeRaw`SELECT 1 FROM "Institution" WHERE "id" = ${institution.id} FOR UPDATE`;
    const current = await tx.institution.findUnique({
      where: { id: institution.id },
      select: {
        name: true,
        type: true,
        memberships: { where: { userId: actor.userId }, select: { role: true } },
      },
    });
    // Deleted meanwhile, or the admin role taken away since the check above.
    const role = current?.memberships[0]?.role;
    if (!current || !role) throw new AppError("NOT_FOUND");
    if (!can(role, "MANAGE_INSTITUTION")) throw new AppError("FORBIDDEN");
    const renamed = current.name !== data.name;
    const retyped = current.type !== data.type;
    if (!renamed && !retyped) return { changed: false };
    if (
      retyped &&
      (await tx.plan.count({ where: { institutionId: institution.id, status: "IN_REVIEW" } })) > 0
    )
      throw new AppError("CONFLICT", "typeLockedInReview", { field: "type" });
    await tx.institution.update({
      where: { id: institution.id },
      data: { name: data.name, type: data.type },
    });
    // Open wizards, guests' wizards and presenter views reload: the questions may differ now.
    if (retyped) await notifyLive(tx, { t: "m", i: institution.id });
    await recordAudit(tx, {
      institutionId: institution.id,
      actor,
      action: "institution.updated",
      targetType: "institution",
      targetId: institution.id,
      details: {
        ...(renamed ? { nameFrom: current.name, nameTo: data.name } : {}),
        ...(retyped ? { typeFrom: current.type, typeTo: data.type } : {}),
      },
    });
    return { changed: true };
  });
}
