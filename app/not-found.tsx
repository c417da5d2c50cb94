import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PublicHeader } from "@/components/layout/public-header";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <>
      <PublicHeader />
      <main id="main" className="mx-auto max-w-xl space-y-4 px-4 py-16 text-center">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-slate-700">{t("text")}</p>
        <Link href="/" className="text-brand-700 font-medium underline underline-offset-4">
          {t("home")}
        </Link>
      </main>
    </>
  );
}
