"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { ZPlanId } from "@/lib/access/plans";
import {
  createWorkshopLink,
  revokeWorkshopLink,
  setGuestSteps,
  ZCreateWorkshopLink,
} from "@/lib/access/workshop";
import { appOrigin } from "@/lib/actions/app-origin";
import { authedFormAction } from "@/lib/actions/form-action";

const ZTarget = z.object({ slug: z.string().min(1).max(64), planId: ZPlanId });
const workshopPath = (slug: string, planId: string) => `/institutions/${slug}/plans/${planId}/workshop`;

export const createWorkshopLinkAction = authedFormAction(
  ZTarget.extend(ZCreateWorkshopLink.shape),
  async ({ slug, planId, ...input }, actor) => {
    const link = await createWorkshopLink(actor, planId, input, slug);
    revalidatePath(workshopPath(slug, planId));
    const t = await getTranslations("workshop.links");
    return {
      status: "success",
      message: t("created"),
      data: { link: `${await appOrigin()}/w/${link.token}` },
    };
  },
);

export const revokeWorkshopLinkAction = authedFormAction(
  ZTarget.extend({ linkId: z.string().min(1).max(64) }),
  async ({ slug, planId, linkId }, actor) => {
    await revokeWorkshopLink(actor, planId, linkId, slug);
    revalidatePath(workshopPath(slug, planId));
    redirect(`${workshopPath(slug, planId)}?revoked=1#guest-links`);
  },
);

export const setGuestStepsAction = authedFormAction(ZTarget, async ({ slug, planId }, actor, formData) => {
  // Checkboxes: every ticked one sends its step; the data layer checks each against the steps.
  const steps = formData.getAll("steps").filter((value): value is string => typeof value === "string");
  await setGuestSteps(actor, planId, steps, slug);
  revalidatePath(workshopPath(slug, planId));
  const t = await getTranslations("workshop.steps");
  return { status: "success", message: t("saved") };
});
