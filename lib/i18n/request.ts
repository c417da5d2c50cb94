import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, LOCALE_COOKIE, TIME_ZONE, isLocale, type Locale } from "./config";

type Catalogue = Record<string, unknown>;

function merge(target: Catalogue, source: Catalogue): Catalogue {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    target[key] =
      existing && typeof existing === "object" && value && typeof value === "object" && !Array.isArray(value)
        ? merge({ ...(existing as Catalogue) }, value as Catalogue)
        : value;
  }
  return target;
}

// The catalogue is split by area: the app, the strategy's texts, the readiness findings.
async function loadMessages(locale: Locale): Promise<Catalogue> {
  const parts = await Promise.all([
    import(`./messages/${locale}.json`) as Promise<{ default: Catalogue }>,
    import(`./messages/strategy.${locale}.json`) as Promise<{ default: Catalogue }>,
    import(`./messages/readiness.${locale}.json`) as Promise<{ default: Catalogue }>,
  ]);
  return parts.reduce<Catalogue>((all, part) => merge(all, part.default), {});
}

export default getRequestConfig(async () => {
  const stored = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(stored) ? stored : DEFAULT_LOCALE;
  return { locale, messages: await loadMessages(locale), timeZone: TIME_ZONE };
});
