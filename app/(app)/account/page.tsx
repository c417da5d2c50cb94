import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { ChangeNameForm } from "@/components/account/change-name-form";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { SignOutEverywhereForm } from "@/components/account/sign-out-everywhere-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { hasPassword } from "@/lib/access/accounts";
import { describeAccountDeletion } from "@/lib/access/account-deletion";
import { requirePageActor } from "@/lib/access/page-guards";

export async function generateMetadata() {
  const t = await getTranslations("account");
  return { title: t("title") };
}

export default async function AccountPage() {
  const actor = await requirePageActor("/account");
  const t = await getTranslations("account");
  const tSso = await getTranslations("sso");
  const withPassword = await hasPassword(actor);
  const tl = await getTranslations("lifecycle");
  const deletion = await describeAccountDeletion(actor);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-slate-700">
          {actor.name} · {actor.email}
        </p>
      </div>
      <Card aria-labelledby="name-title" className="max-w-xl space-y-4">
        <h2 id="name-title" className="text-lg font-semibold">
          {t("nameTitle")}
        </h2>
        <ChangeNameForm name={actor.name} />
      </Card>
      <Card aria-labelledby="password-title" className="max-w-xl space-y-4">
        <h2 id="password-title" className="text-lg font-semibold">
          {t("changePassword")}
        </h2>
        {withPassword ? (
          <ChangePasswordForm />
        ) : (
          <p className="text-sm text-slate-700">{tSso("noPassword")}</p>
        )}
      </Card>
      <Card aria-labelledby="sessions-title" className="max-w-xl space-y-4">
        <h2 id="sessions-title" className="text-lg font-semibold">
          {t("sessionsTitle")}
        </h2>
        <p className="text-sm text-slate-700">{t("sessionsLead")}</p>
        <SignOutEverywhereForm />
      </Card>
      <Card aria-labelledby="delete-account-title" className="max-w-xl space-y-4 border-red-300">
        <h2 id="delete-account-title" className="text-lg font-semibold text-red-800">
          {tl("deleteAccountTitle")}
        </h2>
        <p className="text-sm text-slate-700">{tl("deleteAccountLead")}</p>
        {deletion.blockedBy.length > 0 ? (
          <Alert tone="info">
            {tl("deleteAccountBlocked")}
            <ul className="mt-2 list-disc pl-5">
              {deletion.blockedBy.map((institution) => (
                <li key={institution.slug}>
                  {institution.lastAdmin ? (
                    <Link
                      href={`/institutions/${institution.slug}/members`}
                      className="underline underline-offset-4"
                    >
                      {institution.name}
                    </Link>
                  ) : (
                    institution.name
                  )}
                  {institution.lastAdmin && <p>{tl("deleteAccountBlockedAdmin")}</p>}
                  {institution.stages.length > 0 && (
                    <p>
                      {tl("deleteAccountBlockedStages", {
                        stages: institution.stages.join(", "),
                        count: institution.stages.length,
                      })}
                    </p>
                  )}
                  {institution.waitingPlan !== null && (
                    <p>{tl("deleteAccountBlockedReview", { plan: institution.waitingPlan })}</p>
                  )}
                </li>
              ))}
            </ul>
          </Alert>
        ) : (
          <>
            {deletion.deletedWith.length > 0 && (
              <Alert tone="info">
                {tl("deleteAccountTakesInstitutions")}
                <ul className="mt-2 list-disc pl-5">
                  {deletion.deletedWith.map((institution) => (
                    <li key={institution.slug}>{institution.name}</li>
                  ))}
                </ul>
              </Alert>
            )}
            <DeleteAccountForm withPassword={withPassword} />
          </>
        )}
      </Card>
    </div>
  );
}
