"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { ZInvitationInput, createInvitation, revokeInvitation } from "@/lib/access/invitations";
import { ZRole, changeMemberRole, removeMember } from "@/lib/access/members";
import { appOrigin } from "@/lib/actions/app-origin";
import { authedFormAction } from "@/lib/actions/form-action";
import { ZSsoDomainList, setSsoDomains } from "@/lib/access/sso-domains";

const ZSlug = z.string().min(1).max(64);
const ZId = z.string().min(1).max(64);

export const inviteAction = authedFormAction(
  ZInvitationInput.extend({ slug: ZSlug }),
  async ({ slug, ...input }, actor) => {
    const invitation = await createInvitation(actor, slug, input);
    revalidatePath(`/institutions/${slug}/members`);
    const t = await getTranslations("members");
    return {
      status: "success",
      message: t("invitationCreated"),
      data: { link: `${await appOrigin()}/invite/${invitation.token}` },
    };
  },
);

export const revokeInvitationAction = authedFormAction(
  z.object({ slug: ZSlug, invitationId: ZId }),
  async ({ slug, invitationId }, actor) => {
    await revokeInvitation(actor, slug, invitationId);
    revalidatePath(`/institutions/${slug}/members`);
  },
);

export const changeRoleAction = authedFormAction(
  z.object({ slug: ZSlug, membershipId: ZId, role: ZRole }),
  async ({ slug, membershipId, role }, actor) => {
    await changeMemberRole(actor, slug, membershipId, role);
    revalidatePath(`/institutions/${slug}/members`);
    const t = await getTranslations("members");
    return { status: "success", message: t("roleChanged") };
  },
);

export const removeMemberAction = authedFormAction(
  z.object({ slug: ZSlug, membershipId: ZId }),
  async ({ slug, membershipId }, actor) => {
    const { removedSelf } = await removeMember(actor, slug, membershipId);
    revalidatePath(`/institutions/${slug}/members`);
    // Someone who left has no members page here any more; their other institutions remain.
    if (removedSelf) redirect("/institutions?notice=leftInstitution");
    // The row with its status message is gone: the page says it.
    redirect(`/institutions/${slug}/members?notice=memberRemoved`);
  },
);

export const ssoDomainsAction = authedFormAction(
  z.object({ slug: ZSlug, domains: ZSsoDomainList }),
  async ({ slug, domains }, actor) => {
    const saved = await setSsoDomains(actor, slug, domains);
    revalidatePath(`/institutions/${slug}/members`);
    const t = await getTranslations("sso");
    return { status: "success", message: saved.length > 0 ? t("domainsSaved") : t("domainsCleared") };
  },
);
