import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";
import { SsoSignInForm } from "@/components/auth/sso-sign-in-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { currentActor } from "@/lib/access/actor";
import { oidcSignInOption } from "@/lib/auth/oidc";

// Why a single sign-on was turned away (lib/auth/oidc-sign-in.ts); anything else Auth.js reports
// through `error` gets the general message.
const SSO_REFUSALS = [
  "invalidProfile",
  "unverifiedEmail",
  "linkNeedsVerifiedEmail",
  "otherIdentity",
] as const;
type SsoRefusal = (typeof SSO_REFUSALS)[number];
const isSsoRefusal = (value: string | undefined): value is SsoRefusal =>
  SSO_REFUSALS.includes(value as SsoRefusal);

const CRITERIA = ["goals", "resources", "backing", "time", "longTerm", "involvement", "deficits"] as const;

export default async function StartPage({
  searchParams,
}: {
  searchParams: Promise<{ returnTo?: string; notice?: string; sso?: string; error?: string }>;
}) {
  if (await currentActor()) redirect("/institutions");
  const { returnTo, notice, sso: ssoRefusal, error } = await searchParams;
  const t = await getTranslations("start");
  const tSso = await getTranslations("sso");
  const sso = oidcSignInOption();
  const ssoProblem =
    sso && isSsoRefusal(ssoRefusal)
      ? tSso(`refused.${ssoRefusal}`, { provider: sso.name })
      : sso && error
        ? tSso("failed", { provider: sso.name })
        : null;
  const tl = await getTranslations("lifecycle");
  const tr = await getTranslations("passwordReset");
  return (
    // On a phone the sign-in comes right after the title, before the criteria: people who return
    // should not scroll past the introduction to reach it.
    <div className="grid gap-x-10 gap-y-6 md:grid-cols-[1fr_22rem] md:items-start">
      <div className="space-y-6 md:col-start-1">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 md:text-4xl">{t("title")}</h1>
        <p className="text-lg text-slate-700">{t("lead")}</p>
      </div>
      <Card aria-labelledby="login-title" className="space-y-5 md:col-start-2 md:row-span-2 md:row-start-1">
        <h2 id="login-title" className="text-xl font-semibold">
          {t("loginTitle")}
        </h2>
        {notice === "passwordChanged" && <Alert tone="success">{t("passwordChanged")}</Alert>}
        {notice === "signedOutEverywhere" && <Alert tone="success">{t("signedOutEverywhere")}</Alert>}
        {ssoProblem && <Alert tone="error">{ssoProblem}</Alert>}
        {sso && (
          <>
            <SsoSignInForm providerName={sso.name} returnTo={returnTo} />
            <p className="flex items-center gap-3 text-sm text-slate-600" aria-hidden="true">
              <span className="h-px flex-1 bg-slate-200" />
              {tSso("or")}
              <span className="h-px flex-1 bg-slate-200" />
            </p>
          </>
        )}
        {notice === "accountDeleted" && <Alert tone="success">{tl("accountDeleted")}</Alert>}
        <LoginForm returnTo={returnTo} />
        <details className="text-sm text-slate-700">
          <summary className="text-brand-700 cursor-pointer font-medium">{tr("forgotTitle")}</summary>
          <p className="mt-2">{tr("forgotText")}</p>
        </details>
        <p className="text-sm text-slate-700">
          {t("noAccount")}{" "}
          <Link href="/register" className="text-brand-700 font-medium underline underline-offset-4">
            {t("registerLink")}
          </Link>
        </p>
      </Card>
      <div className="space-y-6 md:col-start-1 md:row-start-2">
        <div>
          <h2 className="text-lg font-semibold text-slate-900">{t("criteriaTitle")}</h2>
          <ol className="mt-3 space-y-2">
            {CRITERIA.map((key, index) => (
              <li key={key} className="flex gap-3 text-slate-700">
                <span
                  className="bg-brand-100 text-brand-900 flex size-6 shrink-0 items-center justify-center rounded-full text-xs font-semibold"
                  aria-hidden="true"
                >
                  {index + 1}
                </span>
                <span>{t(`criteria.${key}`)}</span>
              </li>
            ))}
          </ol>
        </div>
        <p className="text-slate-700">{t("precondition")}</p>
      </div>
    </div>
  );
}
