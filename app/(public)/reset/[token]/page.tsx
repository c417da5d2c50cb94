import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { currentActor } from "@/lib/access/actor";
import { isAppError } from "@/lib/access/errors";
import { previewPasswordReset } from "@/lib/access/password-reset";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("passwordReset");
  // The secret sits in the URL: never pass it on to another site, never index the page.
  return { title: t("title"), referrer: "no-referrer", robots: { index: false, follow: false } };
}

export default async function PasswordResetPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("passwordReset");
  let email: string;
  try {
    ({ email } = await previewPasswordReset(token));
  } catch (error) {
    // A link cut short in copying is as likely as a spent one: either way the person learns what
    // to do next, not just "not found".
    if (isAppError(error) && (error.code === "GONE" || error.code === "NOT_FOUND")) {
      return (
        <Card className="mx-auto max-w-xl space-y-4">
          <h1 className="text-2xl font-bold">{t("unusableTitle")}</h1>
          <Alert tone="error">{t(error.code === "GONE" ? "unusable" : "unknown")}</Alert>
          <p className="text-slate-700">{t("askOperator")}</p>
          <Link href="/" className="text-brand-700 font-medium underline underline-offset-4">
            {t("toLogin")}
          </Link>
        </Card>
      );
    }
    throw error;
  }
  const signedInAs = (await currentActor())?.email;
  return (
    <Card className="mx-auto max-w-xl space-y-5">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-slate-700">{t("lead", { email })}</p>
      </div>
      {signedInAs && signedInAs !== email && (
        <Alert tone="info">{t("otherSignedIn", { signedIn: signedInAs, email })}</Alert>
      )}
      <ResetPasswordForm token={token} email={email} />
    </Card>
  );
}
