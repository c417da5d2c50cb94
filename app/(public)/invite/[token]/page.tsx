import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AcceptInvitationForm } from "@/components/invitations/accept-invitation-form";
import { InvitedRegisterForm } from "@/components/invitations/invited-register-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { SubmitButton } from "@/components/ui/submit-button";
import { currentActor } from "@/lib/access/actor";
import { isAppError } from "@/lib/access/errors";
import { previewInvitation, type InvitationPreview } from "@/lib/access/invitations";
import { switchAccountAction } from "./actions";

const UNUSABLE: Record<string, "expired" | "used" | "revoked"> = {
  invitationExpired: "expired",
  invitationUsed: "used",
  invitationRevoked: "revoked",
};

// The secret sits in the URL: never pass it on to another site, never index the page.
export const metadata: Metadata = { referrer: "no-referrer", robots: { index: false, follow: false } };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("invitation");
  const tRole = await getTranslations("role");
  let invitation: InvitationPreview;
  try {
    invitation = await previewInvitation(token, await currentActor());
  } catch (error) {
    if (isAppError(error) && error.code === "GONE") {
      return (
        <Card className="mx-auto max-w-xl space-y-4">
          <h1 className="text-2xl font-bold">{t("unusableTitle")}</h1>
          <Alert tone="error">{t(UNUSABLE[error.messageKey ?? ""] ?? "used")}</Alert>
          <p className="text-slate-700">{t("askAdmin")}</p>
        </Card>
      );
    }
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const actor = await currentActor();
  return (
    <Card className="mx-auto max-w-xl space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t("title", { institution: invitation.institutionName })}</h1>
        <p className="text-slate-700">{t("lead", { role: tRole(invitation.role) })}</p>
        <p className="text-sm text-slate-600">
          {t("roleExplained", { role: tRole(`${invitation.role}_description`) })}
        </p>
      </div>
      {actor && invitation.membership ? (
        <Alert tone="info" className="space-y-2">
          <p>
            {t("alreadyMember", {
              institution: invitation.institutionName,
              role: tRole(invitation.membership.role),
            })}
          </p>
          <Link
            href={`/institutions/${invitation.membership.slug}`}
            className="font-medium underline underline-offset-4"
          >
            {t("toInstitution", { institution: invitation.institutionName })}
          </Link>
        </Alert>
      ) : actor && invitation.forOtherEmail ? (
        <form action={switchAccountAction} className="space-y-4">
          <Alert tone="info">{t("otherEmail", { email: actor.email })}</Alert>
          <input type="hidden" name="token" value={token} />
          <SubmitButton variant="secondary" pendingLabel={t("switchingAccount")}>
            {t("switchAccount")}
          </SubmitButton>
        </form>
      ) : actor ? (
        <AcceptInvitationForm token={token} signedInAs={actor.email} />
      ) : (
        <>
          <InvitedRegisterForm token={token} email={invitation.email} />
          <p className="text-sm text-slate-700">
            {t("haveAccount")}{" "}
            <Link
              href={`/?returnTo=${encodeURIComponent(`/invite/${token}`)}`}
              className="text-brand-700 font-medium underline underline-offset-4"
            >
              {t("signInToAccept")}
            </Link>
          </p>
        </>
      )}
    </Card>
  );
}
