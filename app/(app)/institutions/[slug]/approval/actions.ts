"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import {
  ZStageInput,
  addStage,
  moveStage,
  removeStage,
  updateStage,
} from "@/lib/access/approval-chain-settings";
import { authedFormAction } from "@/lib/actions/form-action";

const ZSlug = z.string().min(1).max(64);

// Checkboxes arrive as one form field each; the wrapper passes the last value, so the form sends
// the chosen members as one comma-separated field.
const ZStageForm = z.object({
  slug: ZSlug,
  name: ZStageInput.shape.name,
  memberIds: z
    .string()
    .max(3000)
    .transform((v) => v.split(",").filter(Boolean))
    .pipe(z.array(z.string()).min(1, "chooseMember")),
});

export const addStageAction = authedFormAction(ZStageForm, async ({ slug, name, memberIds }, actor) => {
  await addStage(actor, slug, { name, memberIds });
  revalidatePath(`/institutions/${slug}/approval`);
});

export const updateStageAction = authedFormAction(
  ZStageForm.extend({ stageId: z.string().max(64) }),
  async ({ slug, stageId, name, memberIds }, actor) => {
    await updateStage(actor, slug, stageId, { name, memberIds });
    revalidatePath(`/institutions/${slug}/approval`);
    return { status: "success", message: (await getTranslations("approval"))("stageSaved") };
  },
);

export const removeStageAction = authedFormAction(
  z.object({ slug: ZSlug, stageId: z.string().max(64) }),
  async ({ slug, stageId }, actor) => {
    await removeStage(actor, slug, stageId);
    revalidatePath(`/institutions/${slug}/approval`);
  },
);

export const moveStageAction = authedFormAction(
  z.object({ slug: ZSlug, stageId: z.string().max(64), direction: z.enum(["-1", "1"]) }),
  async ({ slug, stageId, direction }, actor) => {
    await moveStage(actor, slug, stageId, direction === "-1" ? -1 : 1);
    revalidatePath(`/institutions/${slug}/approval`);
  },
);
