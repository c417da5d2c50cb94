import "server-only";
import { z } from "zod";
import { getPrisma } from "@/lib/db/client";
import { ZInstitutionName, ZInstitutionType } from "./accounts";
import { recordAudit } from "./audit";
import { AppError } from "./errors";
import { requireMembership, type ActorRef } from "./memberships";

export const ZInstitutionSettings = z.object({ name: ZInstitutionName, type: ZInstitutionType });

/** What the settings page shows an admin: the name and type, and whether the type is locked now. */
export async function getInstitutionSettings(actor: ActorRef, institutionSlug: string) {
  const { institution } = await requireMembership(actor, institutionSlug, "MANAGE_INSTITUTION");
  const prisma = await getPrisma();
  const plansInReview = await prisma.plan.count({
    where: { institutionId: institution.id, status: "IN_REVIEW" },
  });
  return { institution, plansInReview };
}

/**
 * An admin corrects the institution's name or type. Its address (slug) stays, so links, bookmarks
 * and share links keep working. The type decides which questions its plans ask (a public body's
 * compliance questions) and which examples they show: while a plan waits for approval, the
 * approvers must decide on the questions it was submitted with, so the type cannot change then.
 * Approved versions keep the type they were approved under.
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
    // Two admins saving at once: the second compares with what the first saved.
    await tx.$executeRaw`SELECT 1 FROM "Institution" WHERE "id" = ${institution.id} FOR UPDATE`;
    const current = await tx.institution.findUniqueOrThrow({
      where: { id: institution.id },
      select: { name: true, type: true },
    });
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
    await recordAudit(tx, {
      institutionId: institution.id,
      actor,
      action: "institution.updated",
      targetType: "institution",
      targetId: institution.id,
      details: {
        ...(renamed ? { from: current.name, to: data.name } : {}),
        ...(retyped ? { typeFrom: current.type, typeTo: data.type } : {}),
      },
    });
    return { changed: true };
  });
}
