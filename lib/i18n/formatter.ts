import { createFormatter } from "next-intl";
import { getLocale } from "next-intl/server";
import { cache } from "react";
import { TIME_ZONE, formatLocaleOf } from "./config";

/**
 * next-intl's formatter for server components, with the language's date conventions (see
 * FORMAT_LOCALE) rather than the bare language tag's.
 */
export const getFormatter = cache(async () => {
  const locale = await getLocale();
  return createFormatter({
    locale: formatLocaleOf(locale),
    timeZone: TIME_ZONE,
  });
});
