import type { Locale } from "./config";

export type Catalogue = Record<string, unknown>;

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

/**
 * The whole catalogue of one language. It is split by area (the app, the strategy's texts, the
 * readiness findings, the document, the living plan, security, live co-editing, data lifecycle,
 * single sign-on, workshops with guests, workshop tools) so that each file stays readable.
 */
export async function loadMessages(locale: Locale): Promise<Catalogue> {
  const parts = await Promise.all([
    import(`./messages/${locale}.json`) as Promise<{ default: Catalogue }>,
    import(`./messages/strategy.${locale}.json`) as Promise<{ default: Catalogue }>,
    import(`./messages/readiness.${locale}.json`) as Promise<{ default: Catalogue }>,
    import(`./messages/document.${locale}.json`) as Promise<{ default: Catalogue }>,
    import(`./messages/living.${locale}.json`) as Promise<{ default: Catalogue }>,
    import(`./messages/security.${locale}.json`) as Promise<{ default: Catalogue }>,
    import(`./messages/live.${locale}.json`) as Promise<{ default: Catalogue }>,
    import(`./messages/sso.${locale}.json`) as Promise<{ default: Catalogue }>,
    import(`./messages/lifecycle.${locale}.json`) as Promise<{ default: Catalogue }>,
    import(`./messages/workshop-tools.${locale}.json`) as Promise<{ default: Catalogue }>,
    import(`./messages/workshop.${locale}.json`) as Promise<{ default: Catalogue }>,
  ]);
  return parts.reduce<Catalogue>((all, part) => merge(all, part.default), {});
}
