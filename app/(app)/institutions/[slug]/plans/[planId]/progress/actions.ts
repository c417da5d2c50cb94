"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { recordCheckIn } from "@/lib/access/check-ins";
import { ZPlanId } from "@/lib/access/plans";
import { authedFormAction } from "@/lib/actions/form-action";
import { isLocale } from "@/lib/i18n/config";
import { parseCheckInForm } from "@/lib/living/check-in-form";

const ZCheckInForm = z
  .object({ slug: z.string().min(1).max(64), planId: ZPlanId })
  .catchall(z.string().max(2000, "tooLong"));

export const recordCheckInAction = authedFormAction(
  ZCheckInForm,
  async ({ slug, planId, ...fields }, actor) => {
    const locale = await getLocale();
    const parsed = parseCheckInForm(fields, isLocale(locale) ? locale : "de");
    if (!parsed.ok) {
      const t = await getTranslations();
      return {
        status: "error",
        message: t("errors.checkFields"),
        fieldErrors: Object.fromEntries(parsed.invalid.map((name) => [name, t("validation.number")])),
        values: fields,
      };
    }
    await recordCheckIn(actor, planId, parsed.checkIn, { institutionSlug: slug });
    revalidatePath(`/institutions/${slug}`, "layout");
    redirect(`/institutions/${slug}/plans/${planId}/progress?recorded=1`);
  },
);
