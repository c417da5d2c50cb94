import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { SignOutEverywhereForm } from "@/components/account/sign-out-everywhere-form";
import { Card } from "@/components/ui/card";
import { hasPassword } from "@/lib/access/accounts";
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
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-slate-700">
          {actor.name} · {actor.email}
        </p>
      </div>
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
    </div>
  );
}
