import { openShareLink } from "@/lib/access/share-links";
import { now } from "@/lib/clock";
import {
  documentStylesheet,
  escapeHtml,
  renderDocumentHtml,
  renderStandalonePage,
} from "@/lib/document/html";
import { buildDocument, documentContext } from "@/lib/document/model";
import { cachedPage } from "@/lib/document/page-cache";
import type { Locale } from "@/lib/i18n/config";
import { berlinDate } from "@/lib/strategy/review-dates";

/**
 * The shared document: a complete page made here, outside the app's layout, so it carries none of
 * the app (no navigation, no scripts) and loads nothing from anywhere, not even from this server.
 */
const HEADERS = {
  "Content-Type": "text/html; charset=utf-8",
  "Referrer-Policy": "no-referrer",
  "X-Robots-Tag": "noindex, nofollow",
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  // Revoking a link must take effect at once: no copy may be kept anywhere.
  "Cache-Control": "no-store",
};

function respond(status: number, page: { html: string; contentSecurityPolicy: string }) {
  return new Response(page.html, {
    status,
    headers: { ...HEADERS, "Content-Security-Policy": page.contentSecurityPolicy },
  });
}

const PLAIN_CSS = `body { font: 1rem/1.6 system-ui, sans-serif; color: #0f172a; max-width: 36rem; margin: 4rem auto; }
h1, h2 { font-size: 1.5rem; }`;

async function plainPage(status: number, languages: Locale[], kind: "notFound" | "expired") {
  const parts = await Promise.all(
    languages.map(async (language) => {
      const { t } = await documentContext(language);
      return { language, title: escapeHtml(t(`shared.${kind}Title`)), text: escapeHtml(t(`shared.${kind}`)) };
    }),
  );
  // One h1: the same message in a second language is its translation, not a second page title.
  const body = parts
    .map((part, index) => {
      const heading = index === 0 ? "h1" : "h2";
      return `<section lang="${part.language}"><${heading}>${part.title}</${heading}><p>${part.text}</p></section>`;
    })
    .join("");
  return respond(
    status,
    renderStandalonePage({ lang: languages[0]!, title: parts[0]!.title, body, css: PLAIN_CSS }),
  );
}

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const at = await now();
  const link = await openShareLink((await params).token, at);
  // An unknown link could be in either language; it says so in both.
  if (link.status === "missing") return plainPage(404, ["de", "en"], "notFound");
  if (link.status === "expired") return plainPage(410, [link.language], "expired");
  // Due and overdue markers depend on the day, so the day is part of what makes a page the same.
  const page = await cachedPage(`${link.fingerprint}:${link.language}:${berlinDate(at)}`, async () => {
    const source = await link.load();
    if (!source) return null;
    const ctx = await documentContext(link.language);
    const doc = buildDocument(source, ctx);
    return renderStandalonePage({
      lang: doc.lang,
      title: `${doc.title} – ${doc.institution}`,
      body: renderDocumentHtml(doc),
      css: documentStylesheet(doc),
      banner: ctx.t("shared.readOnly", { institution: doc.institution }),
    });
  });
  return page ? respond(200, page) : plainPage(404, ["de", "en"], "notFound");
}
