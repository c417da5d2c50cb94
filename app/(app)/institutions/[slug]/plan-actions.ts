"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { ZPlanId, ZPlanTitle, ZTemplateKey, createPlan, deletePlan, renamePlan } from "@/lib/access/plans";
import { authedFormAction } from "@/lib/actions/form-action";

const ZSlug = z.string().min(1).max(64);

export const createPlanAction = authedFormAction(
  z.object({ slug: ZSlug, title: ZPlanTitle, template: z.union([z.literal(""), ZTemplateKey]).optional() }),
  async ({ slug, title, template }, actor) => {
    const locale = await getLocale();
    const plan = await createPlan(actor, slug, title, {
      template: template || null,
      locale: locale === "en" ? "en" : "de",
    });
    redirect(`/institutions/${slug}/plans/${plan.id}`);
  },
);

export const renamePlanAction = authedFormAction(
  z.object({ slug: ZSlug, planId: ZPlanId, title: ZPlanTitle }),
  async ({ slug, planId, title }, actor) => {
    await renamePlan(actor, planId, title, slug);
    revalidatePath(`/institutions/${slug}`, "layout");
    const t = await getTranslations("plans");
    return { status: "success", message: t("renamed") };
  },
);

export const deletePlanAction = authedFormAction(
  z.object({ slug: ZSlug, planId: ZPlanId }),
  async ({ slug, planId }, actor) => {
    await deletePlan(actor, planId, slug);
    revalidatePath(`/institutions/${slug}`);
    redirect(`/institutions/${slug}?deleted=1`);
  },
);
