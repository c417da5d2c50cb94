"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ZCommentInput, addComment, setCommentResolved } from "@/lib/access/comments";
import { ZPlanId } from "@/lib/access/plans";
import { authedFormAction } from "@/lib/actions/form-action";

const ZPlanRef = z.object({ slug: z.string().min(1).max(64), planId: ZPlanId });

export const addCommentAction = authedFormAction(
  ZCommentInput.and(ZPlanRef),
  async ({ slug, planId, ...input }, actor) => {
    await addComment(actor, planId, input, slug);
    revalidatePath(`/institutions/${slug}/plans/${planId}`, "layout");
  },
);

export const resolveCommentAction = authedFormAction(
  ZPlanRef.extend({ commentId: z.string().min(1).max(64), resolved: z.enum(["true", "false"]) }),
  async ({ slug, planId, commentId, resolved }, actor) => {
    await setCommentResolved(actor, commentId, resolved === "true");
    revalidatePath(`/institutions/${slug}/plans/${planId}`, "layout");
  },
);
