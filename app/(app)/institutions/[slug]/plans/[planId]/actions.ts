"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { ZDecision, decidePlan } from "@/lib/access/plan-workflow";
import { ZPlanId } from "@/lib/access/plans";
import { authedFormAction } from "@/lib/actions/form-action";

export const decidePlanAction = authedFormAction(
  ZDecision.extend({ slug: z.string().min(1).max(64), planId: ZPlanId }),
  async ({ slug, planId, decision, note, revision }, actor) => {
    const { nextStage } = await decidePlan(actor, planId, { decision, note, revision }, slug);
    revalidatePath(`/institutions/${slug}`, "layout");
    // An approval at an earlier stage of the chain passes the plan on; it is not approved yet.
    redirect(`/institutions/${slug}/plans/${planId}?decided=${nextStage ? "stage" : decision}`);
  },
);
