import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { InstitutionNav } from "@/components/layout/institution-nav";
import { requireMembership } from "@/lib/access/memberships";
import { can } from "@/lib/access/permissions";
import { loadForPage, requirePageActor } from "@/lib/access/page-guards";

export default async function InstitutionLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ slug: string }>;
}) {
  const { slug } = await params;
  const actor = await requirePageActor(`/institutions/${slug}`);
  const membership = await loadForPage(() => requireMembership(actor, slug, "VIEW_INSTITUTION"));
  if (!membership) return children;
  const t = await getTranslations("institutions");
  const links = [{ href: `/institutions/${slug}`, label: t("plansTab"), exact: false }];
  // Editors invite colleagues there but do not see the member list: for them it is "Einladungen".
  if (can(membership.role, "INVITE_MEMBERS")) {
    const label = can(membership.role, "MANAGE_MEMBERS") ? t("membersTab") : t("invitationsTab");
    links.push({ href: `/institutions/${slug}/members`, label, exact: true });
  }
  if (can(membership.role, "MANAGE_MEMBERS")) {
    links.push({ href: `/institutions/${slug}/approval`, label: t("approvalTab"), exact: true });
    links.push({ href: `/institutions/${slug}/audit`, label: t("auditTab"), exact: true });
  }
  if (can(membership.role, "MANAGE_INSTITUTION")) {
    links.push({ href: `/institutions/${slug}/settings`, label: t("settingsTab"), exact: true });
  }
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3 border-b border-slate-200 print:hidden">
        <p className="pb-3 text-sm font-medium text-slate-600">{membership.institution.name}</p>
        <InstitutionNav links={links} label={t("navLabel")} />
      </div>
      {children}
    </div>
  );
}
