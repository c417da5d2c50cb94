import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/formatter";
import { PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { AUDIT_ACTIONS, listAuditEvents } from "@/lib/access/audit";
import { loadForPage, requirePageActor } from "@/lib/access/page-guards";
import { describeAuditDetails } from "@/lib/audit/details";
import { shownName } from "@/lib/people";

export async function generateMetadata() {
  const t = await getTranslations("audit");
  return { title: t("title") };
}

export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ action?: string }>;
}) {
  const { slug } = await params;
  const { action } = await searchParams;
  const actor = await requirePageActor(`/institutions/${slug}/audit`);
  const t = await getTranslations("audit");
  const deleted = (await getTranslations("people"))("deletedAccount");
  const data = await loadForPage(() => listAuditEvents(actor, slug, { action: action as never }));
  if (!data) return <Alert tone="error">{t("adminsOnly")}</Alert>;
  const format = await getFormatter();
  const tAll = await getTranslations();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      <form method="get" className="flex flex-wrap items-end gap-3">
        <div className="max-w-full space-y-1.5">
          <label htmlFor="audit-action" className="block text-sm font-medium">
            {t("filter")}
          </label>
          <select
            id="audit-action"
            name="action"
            defaultValue={action ?? ""}
            className="max-w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
          >
            <option value="">{t("allActions")}</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {t(`actions.${a.replace(".", "_")}`)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="h-10 rounded-md border border-slate-300 bg-white px-4 text-sm font-medium hover:bg-slate-100"
        >
          {t("apply")}
        </button>
      </form>
      {data.events.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        // On a phone each entry stands as a short block (when, who, what, details) instead of a
        // table four columns wide that would have to be scrolled sideways to read what happened.
        // The explicit roles keep it a table for screen readers, which drop it for display: block.
        <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table role="table" className="w-full text-left text-sm max-sm:block">
            <caption className="sr-only">{t("title")}</caption>
            <thead role="rowgroup" className="bg-slate-50 text-slate-700 max-sm:sr-only">
              <tr role="row">
                <th scope="col" role="columnheader" className="px-4 py-2 font-medium">
                  {t("when")}
                </th>
                <th scope="col" role="columnheader" className="px-4 py-2 font-medium">
                  {t("who")}
                </th>
                <th scope="col" role="columnheader" className="px-4 py-2 font-medium">
                  {t("what")}
                </th>
                <th scope="col" role="columnheader" className="px-4 py-2 font-medium">
                  {t("details")}
                </th>
              </tr>
            </thead>
            <tbody role="rowgroup" className="divide-y divide-slate-200 max-sm:block">
              {data.events.map((event) => (
                <tr key={event.id} role="row" className="max-sm:block max-sm:py-2">
                  <td
                    role="cell"
                    className="px-4 py-2 whitespace-nowrap max-sm:block max-sm:py-0 max-sm:text-slate-700"
                  >
                    {format.dateTime(event.createdAt, { dateStyle: "medium", timeStyle: "medium" })}
                  </td>
                  <td role="cell" className="px-4 py-2 max-sm:block max-sm:py-0 max-sm:text-slate-700">
                    {shownName(event.actorName, deleted)}
                  </td>
                  <td role="cell" className="px-4 py-2 max-sm:block max-sm:py-0.5 max-sm:font-medium">
                    {t(`actions.${event.action.replace(".", "_")}`)}
                  </td>
                  <td role="cell" className="px-4 py-2 wrap-anywhere text-slate-700 max-sm:block max-sm:py-0">
                    {describeAuditDetails(event.details, tAll, when).map((detail, index) => (
                      <span key={index}>
                        {index > 0 && " · "}
                        <span className="whitespace-nowrap text-slate-600">{detail.label}:</span>{" "}
                        {detail.value}
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
