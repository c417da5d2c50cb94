import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/formatter";
import { ShareLinkForm } from "@/components/document/share-link-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SelectField } from "@/components/ui/field";
import { RevokeButton } from "@/components/ui/revoke-button";
import { loadForPage, requirePageActor, planPageTitle } from "@/lib/access/page-guards";
import { can } from "@/lib/access/permissions";
import { getPlanDocumentSource } from "@/lib/access/plan-document";
import { listShareLinks } from "@/lib/access/share-links";
import { documentStylesheet, renderDocumentHtml } from "@/lib/document/html";
import { buildDocument, documentContext } from "@/lib/document/model";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { berlinDate } from "@/lib/strategy/review-dates";
import { shownName } from "@/lib/people";
import { revokeShareLinkAction } from "./actions";

export async function generateMetadata({ params }: { params: Promise<{ slug: string; planId: string }> }) {
  const { slug, planId } = await params;
  const t = await getTranslations("documentPage");
  return planPageTitle(slug, planId, t("title"));
}

const EXPORTS = ["pdf", "docx", "md", "json"] as const;

export default async function DocumentPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; planId: string }>;
  searchParams: Promise<{ version?: string; lang?: string; revoked?: string }>;
}) {
  const { slug, planId } = await params;
  const query = await searchParams;
  const actor = await requirePageActor(`/institutions/${slug}/plans/${planId}/document`);
  const data = await loadForPage(async () => {
    const document = await getPlanDocumentSource(actor, planId, query.version, slug);
    const links = can(document.role, "SHARE_PLAN") ? await listShareLinks(actor, planId, slug) : null;
    return { ...document, links };
  });
  if (!data) return null;
  const uiLocale = await getLocale();
  const language: Locale = isLocale(query.lang) ? query.lang : isLocale(uiLocale) ? uiLocale : "de";
  const doc = buildDocument(data.source, await documentContext(language));
  const t = await getTranslations("documentPage");
  const ts = await getTranslations("share");
  const deleted = (await getTranslations("people"))("deletedAccount");
  const format = await getFormatter();
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium" });
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const approvedVersions = data.versions.map((v) => ({
    value: String(v.number),
    label: ts("versionOption", { number: v.number, date: day(v.approvedAt) }),
  }));
  // Shown here: the draft as it is now. Shared: whatever the draft is when the link is opened.
  const versionOptions = [{ value: "draft", label: t("draftOption") }, ...approvedVersions];
  const shareOptions = [{ value: "draft", label: ts("draftOption") }, ...approvedVersions];
  return (
    <div className="space-y-6">
      <div className="space-y-4 print:hidden">
        <Link
          href={`/institutions/${slug}/plans/${planId}`}
          className="text-brand-700 text-sm underline underline-offset-4"
        >
          <span aria-hidden="true">←</span> {t("backToPlan")}
        </Link>
        <div>
          <h1 className="text-2xl font-bold">
            {t("title")}: {data.plan.title}
          </h1>
          <p className="mt-1 text-sm text-slate-700">{t("lead")}</p>
        </div>
        <Card className="space-y-4">
          {/* One form for showing and downloading: a download takes the version and language chosen
              in it, whether or not they were shown first. */}
          <form method="get" className="space-y-4">
            <div className="flex flex-wrap items-end gap-4">
              <SelectField
                id="doc-version"
                name="version"
                label={t("versionLabel")}
                defaultValue={String(data.ref)}
              >
                {versionOptions.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </SelectField>
              <SelectField id="doc-lang" name="lang" label={t("languageLabel")} defaultValue={language}>
                <option value="de">{t("languages.de")}</option>
                <option value="en">{t("languages.en")}</option>
              </SelectField>
              <Button type="submit" variant="secondary">
                {t("show")}
              </Button>
            </div>
            <fieldset className="space-y-2">
              <legend className="text-lg font-semibold">{t("downloads")}</legend>
              <div className="flex flex-wrap gap-2">
                {EXPORTS.map((format) => (
                  <Button key={format} type="submit" formAction={`/api/plans/${planId}/export.${format}`}>
                    {t(format)}
                  </Button>
                ))}
              </div>
              <p className="text-xs text-slate-600">{t("print")}</p>
            </fieldset>
          </form>
        </Card>
        {data.links && (
          <Card aria-labelledby="share-links" className="space-y-4">
            <div>
              <h2 id="share-links" className="text-lg font-semibold">
                {ts("title")}
              </h2>
              <p className="text-sm text-slate-700">{ts("lead")}</p>
            </div>
            {query.revoked && <Alert tone="success">{ts("revoked")}</Alert>}
            <ShareLinkForm
              slug={slug}
              planId={planId}
              versions={shareOptions}
              defaultVersion={data.versions[0] ? String(data.versions[0].number) : "draft"}
              defaultLanguage={language}
              today={berlinDate(new Date())}
            />
            <h3 id="share-links-active" className="font-semibold">
              {ts("activeTitle")}
            </h3>
            {data.links.length === 0 ? (
              <p className="text-sm text-slate-600">{ts("none")}</p>
            ) : (
              // A list, not a table: on a phone a table's last column (the revoke button) is
              // beyond the screen's edge; here each link's facts stack and the button wraps below.
              <ul className="divide-y divide-slate-100" aria-labelledby="share-links-active">
                {data.links.map((link) => (
                  <li key={link.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
                    <div className="min-w-0 space-y-1 text-sm">
                      <p className="font-medium">
                        {link.versionNumber === null
                          ? ts("draft")
                          : ts("version", { number: link.versionNumber })}{" "}
                        · {t(`languages.${link.language === "en" ? "en" : "de"}`)}
                      </p>
                      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
                        <dt className="text-slate-600">{ts("createdBy")}</dt>
                        <dd>
                          {ts("createdValue", {
                            date: when(link.createdAt),
                            name: shownName(link.createdByName, deleted),
                          })}
                        </dd>
                        <dt className="text-slate-600">{ts("expires")}</dt>
                        <dd>{link.expiresAt ? when(link.expiresAt) : ts("never")}</dd>
                        <dt className="text-slate-600">{ts("lastUsed")}</dt>
                        <dd>{link.lastUsedAt ? when(link.lastUsedAt) : ts("neverUsed")}</dd>
                      </dl>
                    </div>
                    <RevokeButton
                      action={revokeShareLinkAction}
                      fields={{ slug, planId, linkId: link.id }}
                      label={ts("revokeLabel", { date: when(link.createdAt) })}
                      confirm={{ title: ts("confirmRevokeTitle"), text: ts("confirmRevoke") }}
                    />
                  </li>
                ))}
              </ul>
            )}
          </Card>
        )}
      </div>
      <div className="rounded-lg border border-slate-200 bg-white px-6 py-8 print:border-0 print:p-0">
        <style dangerouslySetInnerHTML={{ __html: documentStylesheet(doc) }} />
        {/* Built by the document renderer, which escapes every text users typed. */}
        <div dangerouslySetInnerHTML={{ __html: renderDocumentHtml(doc, { headingOffset: 1 }) }} />
      </div>
    </div>
  );
}
