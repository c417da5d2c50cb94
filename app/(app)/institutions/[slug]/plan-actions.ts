"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { importPlan } from "@/lib/access/plan-import";
import { ZPlanId, ZPlanTitle, ZTemplateKey, createPlan, deletePlan, renamePlan } from "@/lib/access/plans";
import { PLAN_FILE_MAX_BYTES } from "@/lib/document/plan-json";
import { describeProblems } from "@/lib/document/plan-file-problems";
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

export const importPlanAction = authedFormAction(
  z.object({ slug: ZSlug }),
  async ({ slug }, actor, formData) => {
    const t = await getTranslations("import.errors");
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) return { status: "error", message: t("noFile") };
    if (file.size > PLAN_FILE_MAX_BYTES) return { status: "error", message: t("tooLarge") };
    const result = await importPlan(actor, slug, await file.text());
    if (result.ok) {
      revalidatePath(`/institutions/${slug}`);
      redirect(`/institutions/${slug}/plans/${result.planId}?imported=1`);
    }
    if (result.error === "newerVersion")
      return { status: "error", message: t("newerVersion", { version: result.version }) };
    if (result.error !== "invalid") return { status: "error", message: t(result.error) };
    return { status: "error", message: t("invalid", { problems: await describeProblems(result.problems) }) };
  },
);
