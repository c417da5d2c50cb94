"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { ZInstitutionDeletion, deleteInstitution } from "@/lib/access/institution-deletion";
import { ZInstitutionSettings, updateInstitutionSettings } from "@/lib/access/institution-settings";
import { authedFormAction } from "@/lib/actions/form-action";

const ZSlug = z.string().min(1).max(64);

export const updateInstitutionAction = authedFormAction(
  ZInstitutionSettings.extend({ slug: ZSlug }),
  async ({ slug, ...input }, actor) => {
    const { changed } = await updateInstitutionSettings(actor, slug, input);
    // The name is in every page's header (the institution switcher) and on the plans' documents.
    if (changed) revalidatePath("/", "layout");
    const t = await getTranslations("settings");
    return { status: "success", message: changed ? t("saved") : t("unchanged") };
  },
);

// Everything of the institution is gone afterwards; its former members land on their list.
export const deleteInstitutionAction = authedFormAction(
  ZInstitutionDeletion.extend({ slug: ZSlug }),
  async ({ slug, confirmName }, actor) => {
    await deleteInstitution(actor, slug, { confirmName });
    revalidatePath("/", "layout");
    redirect("/institutions?notice=institutionDeleted");
  },
);
