export const LOCALES = ["de", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "de";
export const LOCALE_COOKIE = "NEXT_LOCALE";
// Wegweiser's users are German institutions: dates are shown in Berlin time for everyone.
export const TIME_ZONE = "Europe/Berlin";

/**
 * The conventions dates and numbers follow in each language. English is read here by people
 * working in or with German institutions: day before month and a 24-hour clock ("30 Nov 2026,
 * 14:05"), as in the documents, not the American "Nov 30, 2026, 2:05 PM" that plain "en" gives.
 */
export const FORMAT_LOCALE = { de: "de-DE", en: "en-GB" } as const satisfies Record<Locale, string>;
export type FormatLocale = (typeof FORMAT_LOCALE)[Locale];

/** The formatting conventions for a language tag as next-intl reports it (German if unknown). */
export function formatLocaleOf(locale: string) {
  return FORMAT_LOCALE[isLocale(locale) ? locale : DEFAULT_LOCALE];
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
