import { getLocale, getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/app/locale-actions";
import { LOCALES } from "@/lib/i18n/config";
import { cn } from "@/lib/utils";

/** Plain forms, so switching the language works without JavaScript too. */
export async function LocaleSwitcher() {
  const locale = await getLocale();
  const t = await getTranslations("layout");
  return (
    <nav aria-label={t("language")} className="flex items-center gap-1 text-sm">
      {LOCALES.map((code) => (
        <form key={code} action={setLocaleAction}>
          <input type="hidden" name="locale" value={code} />
          <button
            type="submit"
            lang={code}
            aria-current={code === locale ? "true" : undefined}
            className={cn(
              "rounded px-2 py-1 font-medium",
              code === locale ? "bg-slate-200 text-slate-900" : "text-slate-700 hover:bg-slate-100",
            )}
          >
            {/* The visible "DE" starts the name too, so someone who says what they see is understood. */}
            {code.toUpperCase()}
            <span className="sr-only"> {t(`languageName.${code}`)}</span>
          </button>
        </form>
      ))}
    </nav>
  );
}
