import { createFormatter } from "next-intl";
import { getLocale } from "next-intl/server";
import { cache } from "react";
import { DEFAULT_LOCALE, FORMAT_LOCALE, TIME_ZONE, isLocale } from "./config";

/**
 * next-intl's formatter for server components, with the language's date conventions (see
 * FORMAT_LOCALE) rather than the bare language tag's.
 */
export const getFormatter = cache(async () => {
  const locale = await getLocale();
  return createFormatter({
    locale: FORMAT_LOCALE[isLocale(locale) ? locale : DEFAULT_LOCALE],
    timeZone: TIME_ZONE,
  });
});
