"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { ZPlanId } from "@/lib/access/plans";
import { ZCreateShareLink, createShareLink, revokeShareLink } from "@/lib/access/share-links";
import { appOrigin } from "@/lib/actions/app-origin";
import { authedFormAction } from "@/lib/actions/form-action";

const ZTarget = z.object({ slug: z.string().min(1).max(64), planId: ZPlanId });
const documentPath = (slug: string, planId: string) => `/institutions/${slug}/plans/${planId}/document`;

export const createShareLinkAction = authedFormAction(
  ZTarget.extend(ZCreateShareLink.shape),
  async ({ slug, planId, ...input }, actor) => {
    const link = await createShareLink(actor, planId, input, slug);
    revalidatePath(documentPath(slug, planId));
    const t = await getTranslations("share");
    return {
      status: "success",
      message: t("created"),
      data: { link: `${await appOrigin()}/s/${link.token}` },
    };
  },
);

export const revokeShareLinkAction = authedFormAction(
  ZTarget.extend({ linkId: z.string().min(1).max(64) }),
  async ({ slug, planId, linkId }, actor) => {
    await revokeShareLink(actor, planId, linkId, slug);
    revalidatePath(documentPath(slug, planId));
    // The link's row is gone after this, so the notice is shown by the page.
    redirect(`${documentPath(slug, planId)}?revoked=1#share-links`);
  },
);
