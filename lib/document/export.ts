import "server-only";
import { NextResponse } from "next/server";
import { withActor } from "@/lib/api/route-handler";
import { getPlanDocumentSource } from "@/lib/access/plan-document";
import { transliterate } from "@/lib/access/slug";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { renderDocumentDocx } from "./docx";
import { renderDocumentMarkdown } from "./markdown";
import { buildDocument, documentContext } from "./model";
import { renderDocumentPdf } from "./pdf";
import { toPlanFile } from "./plan-json";

export const EXPORT_FORMATS = ["pdf", "docx", "md", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const CONTENT_TYPES: Record<ExportFormat, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  md: "text/markdown; charset=utf-8",
  json: "application/json; charset=utf-8",
};

/** "Social-Media-Strategie 2027" → "Social-Media-Strategie-2027", for the ASCII file name. */
function asciiName(text: string): string {
  const ascii = transliterate(text)
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return ascii.slice(0, 80) || "plan";
}

/** RFC 5987 allows fewer characters unescaped than encodeURIComponent leaves: not !'()*. */
const rfc5987 = (text: string) =>
  encodeURIComponent(text).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * An attachment named `baseName`, shortened where long, then `suffix` (edition, language), which
 * a long title must not cut off: it tells two downloads of one plan apart.
 */
export function contentDisposition(baseName: string, extension: string, suffix = ""): string {
  const unicode = `${
    baseName
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, " ")
      .slice(0, 100)
      .trim() || "plan"
  }${suffix}.${extension}`;
  const ascii = `${asciiName(baseName).slice(0, 70)}${suffix ? `-${asciiName(suffix)}` : ""}`;
  return `attachment; filename="${ascii}.${extension}"; filename*=UTF-8''${rfc5987(unicode)}`;
}

/**
 * One export of a plan, authorised exactly like the plan itself. `?version=N` exports an approved
 * version and `?version=draft` the draft; without either, what the document page shows unasked (an
 * approved plan's approved version). `?lang=de|en` is the document's language (JSON has none).
 */
export async function exportPlan(request: Request, planId: string, format: ExportFormat): Promise<Response> {
  return withActor(async (actor) => {
    const url = new URL(request.url);
    const { source, ref } = await getPlanDocumentSource(
      actor,
      planId,
      url.searchParams.get("version") ?? undefined,
    );
    const requested = url.searchParams.get("lang");
    const locale: Locale = isLocale(requested) ? requested : "de";
    const edition = ref === "draft" ? "" : ` v${ref}`;
    // An English copy is told apart from the German one in the downloads folder; JSON has no language.
    const language = format === "json" || locale === "de" ? "" : ` (${locale.toUpperCase()})`;
    let body: Uint8Array | string;
    if (format === "json") {
      const file = toPlanFile({
        title: source.title,
        institution: source.institution.name,
        edition: ref,
        approvedAt: source.version?.approvedAt ?? null,
        strategy: source.strategy,
        exportedAt: source.generatedAt,
      });
      body = `${JSON.stringify(file, null, 2)}\n`;
    } else {
      const doc = buildDocument(source, await documentContext(locale));
      body =
        format === "pdf"
          ? new Uint8Array(await renderDocumentPdf(doc))
          : format === "docx"
            ? new Uint8Array(await renderDocumentDocx(doc))
            : renderDocumentMarkdown(doc);
    }
    return new NextResponse(body as BodyInit, {
      headers: {
        "Content-Type": CONTENT_TYPES[format],
        "Content-Disposition": contentDisposition(source.title, format, `${edition}${language}`),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  });
}
