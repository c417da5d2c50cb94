"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { submitPlan, ZSubmission } from "@/lib/access/plan-workflow";
import { withdrawSubmission } from "@/lib/access/plan-withdrawal";
import { ZPlanId } from "@/lib/access/plans";
import { authedFormAction } from "@/lib/actions/form-action";

export const submitPlanAction = authedFormAction(
  ZSubmission.extend({ slug: z.string().min(1).max(64), planId: ZPlanId }),
  async ({ slug, planId, note }, actor) => {
    await submitPlan(actor, planId, slug, { note });
    revalidatePath(`/institutions/${slug}`, "layout");
    redirect(`/institutions/${slug}/plans/${planId}?submitted=1`);
  },
);

export const withdrawSubmissionAction = authedFormAction(
  z.object({ slug: z.string().min(1).max(64), planId: ZPlanId }),
  async ({ slug, planId }, actor) => {
    await withdrawSubmission(actor, planId, slug);
    revalidatePath(`/institutions/${slug}`, "layout");
    redirect(`/institutions/${slug}/plans/${planId}?withdrawn=1`);
  },
);
