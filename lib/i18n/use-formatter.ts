import { createFormatter, useLocale } from "next-intl";
import { useMemo } from "react";
import { DEFAULT_LOCALE, FORMAT_LOCALE, TIME_ZONE, isLocale } from "./config";

/** next-intl's formatter for client components, with the language's date conventions. */
export function useFormatter() {
  const locale = useLocale();
  return useMemo(
    () =>
      createFormatter({
        locale: FORMAT_LOCALE[isLocale(locale) ? locale : DEFAULT_LOCALE],
        timeZone: TIME_ZONE,
      }),
    [locale],
  );
}
