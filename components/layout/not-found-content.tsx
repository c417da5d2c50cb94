import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** "Page not found", inside whichever header and main region the surrounding layout has. */
export async function NotFoundContent() {
  const t = await getTranslations("notFound");
  return (
    <div className="mx-auto max-w-xl space-y-4 py-8 text-center">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("text")}</p>
      <Link href="/" className="text-brand-700 font-medium underline underline-offset-4">
        {t("home")}
      </Link>
    </div>
  );
}
