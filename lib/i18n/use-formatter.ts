import { createFormatter, useLocale } from "next-intl";
import { useMemo } from "react";
import { TIME_ZONE, formatLocaleOf } from "./config";

/** next-intl's formatter for client components, with the language's date conventions. */
export function useFormatter() {
  const locale = useLocale();
  return useMemo(
    () =>
      createFormatter({
        locale: formatLocaleOf(locale),
        timeZone: TIME_ZONE,
      }),
    [locale],
  );
}
