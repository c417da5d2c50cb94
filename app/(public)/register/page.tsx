import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RegisterForm } from "@/components/auth/register-form";
import { Card } from "@/components/ui/card";
import { currentActor } from "@/lib/access/actor";

export async function generateMetadata() {
  const t = await getTranslations("register");
  return { title: t("title") };
}

export default async function RegisterPage() {
  if (await currentActor()) redirect("/institutions");
  const t = await getTranslations("register");
  return (
    <Card className="mx-auto max-w-xl space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-slate-700">{t("lead")}</p>
      </div>
      <RegisterForm />
      <p className="text-sm text-slate-700">
        {t("haveAccount")}{" "}
        <Link href="/" className="text-brand-700 font-medium underline underline-offset-4">
          {t("loginLink")}
        </Link>
      </p>
    </Card>
  );
}
