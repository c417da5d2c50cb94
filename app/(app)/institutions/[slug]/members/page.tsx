import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/formatter";
import { PageHeader } from "@/components/layout/page-header";
import { InviteForm } from "@/components/members/invite-form";
import { MemberRow } from "@/components/members/member-row";
import { SsoDomainsForm } from "@/components/members/sso-domains-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { RevokeButton } from "@/components/ui/revoke-button";
import { currentActor } from "@/lib/access/actor";
import { listOpenInvitations } from "@/lib/access/invitations";
import { listMembers } from "@/lib/access/members";
import { requireMembership } from "@/lib/access/memberships";
import { loadForPage, requirePageActor } from "@/lib/access/page-guards";
import { can, invitableRoles } from "@/lib/access/permissions";
import { listSsoDomains } from "@/lib/access/sso-domains";
import { oidcSignInOption } from "@/lib/auth/oidc";
import { revokeInvitationAction } from "./actions";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const t = await getTranslations("members");
  // The tab says what the page shows: editors see only their invitations, not the member list.
  const actor = await currentActor();
  const membership = actor ? await requireMembership(actor, slug, "INVITE_MEMBERS").catch(() => null) : null;
  const inviting = membership !== null && !can(membership.role, "MANAGE_MEMBERS");
  return { title: inviting ? t("titleInviting") : t("title") };
}

export default async function MembersPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ notice?: string }>;
}) {
  const { slug } = await params;
  const removed = (await searchParams).notice === "memberRemoved";
  const actor = await requirePageActor(`/institutions/${slug}/members`);
  const t = await getTranslations("members");
  const tSso = await getTranslations("sso");
  // The domain setting only matters where single sign-on is configured.
  const sso = oidcSignInOption();
  // Admins manage members; editors invite colleagues and see the invitations they made.
  const data = await loadForPage(async () => {
    const { role } = await requireMembership(actor, slug, "INVITE_MEMBERS");
    const manages = can(role, "MANAGE_MEMBERS");
    return {
      role,
      members: manages ? (await listMembers(actor, slug)).members : null,
      invitations: await listOpenInvitations(actor, slug),
      ssoDomains: manages && sso ? await listSsoDomains(actor, slug) : null,
    };
  });
  if (!data) return <Alert tone="error">{t("adminsOnly")}</Alert>;
  const format = await getFormatter();
  const tRole = await getTranslations("role");
  return (
    <div className="space-y-6">
      <PageHeader
        title={data.members ? t("title") : t("titleInviting")}
        lead={data.members ? t("lead") : t("leadInviting")}
      />
      {removed && <Alert tone="success">{t("memberRemoved")}</Alert>}
      {data.members && (
        <Card aria-labelledby="members-list" className="space-y-3 p-0">
          <h2 id="members-list" className="px-6 pt-5 text-lg font-semibold">
            {t("listTitle", { count: data.members.length })}
          </h2>
          <ul className="divide-y divide-slate-200">
            {data.members.map((member) => (
              <MemberRow
                key={member.id}
                slug={slug}
                membershipId={member.id}
                name={member.user.name}
                email={member.user.email}
                role={member.role}
                isSelf={member.user.id === actor.userId}
              />
            ))}
          </ul>
        </Card>
      )}
      <Card aria-labelledby="invite-title" className="space-y-4">
        <h2 id="invite-title" className="text-lg font-semibold">
          {t("inviteTitle")}
        </h2>
        <p className="text-sm text-slate-700">{t("inviteLead")}</p>
        <InviteForm slug={slug} roles={invitableRoles(data.role)} />
      </Card>
      {sso && data.ssoDomains && (
        <Card aria-labelledby="sso-domains-title" className="space-y-4">
          <h2 id="sso-domains-title" className="text-lg font-semibold">
            {tSso("domainsTitle")}
          </h2>
          <p className="text-sm text-slate-700">{tSso("domainsLead", { provider: sso.name })}</p>
          <SsoDomainsForm slug={slug} domains={data.ssoDomains} />
        </Card>
      )}
      <Card aria-labelledby="open-invitations" className="space-y-3">
        <h2 id="open-invitations" className="text-lg font-semibold">
          {t(data.members ? "openInvitations" : "ownOpenInvitations")}
        </h2>
        {data.invitations.length === 0 ? (
          <p className="text-sm text-slate-700">{t("noOpenInvitations")}</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {data.invitations.map((invitation) => (
              <li key={invitation.id} className="flex flex-wrap items-center gap-3 py-3 text-sm">
                <span className="flex-1">
                  <span className="font-medium">{tRole(invitation.role)}</span>
                  {invitation.email && ` · ${invitation.email}`}
                  <span className="block text-slate-600">
                    {t("invitationExpires", {
                      date: format.dateTime(invitation.expiresAt, {
                        dateStyle: "medium",
                        timeStyle: "short",
                      }),
                    })}
                    {invitation.createdBy && ` · ${t("invitedBy", { name: invitation.createdBy.name })}`}
                  </span>
                </span>
                <RevokeButton
                  action={revokeInvitationAction}
                  fields={{ slug, invitationId: invitation.id }}
                  label={
                    invitation.email
                      ? t("revokeInvitationFor", { email: invitation.email, role: tRole(invitation.role) })
                      : t("revokeInvitation", {
                          role: tRole(invitation.role),
                          date: format.dateTime(invitation.expiresAt, {
                            dateStyle: "medium",
                            timeStyle: "short",
                          }),
                        })
                  }
                />
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
