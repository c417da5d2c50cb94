import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/formatter";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { RevokeButton } from "@/components/ui/revoke-button";
import { GuestLinkForm } from "@/components/workshop/guest-link-form";
import { GuestStepsForm } from "@/components/workshop/guest-steps-form";
import { loadForPage, requirePageActor, planPageTitle } from "@/lib/access/page-guards";
import { EDITABLE_STATUSES } from "@/lib/access/plan-rules";
import { getPlan } from "@/lib/access/plans";
import { getGuestSteps, listWorkshopLinks } from "@/lib/access/workshop";
import { now } from "@/lib/clock";
import { shownName } from "@/lib/people";
import { revokeWorkshopLinkAction } from "./actions";

export async function generateMetadata({ params }: { params: Promise<{ slug: string; planId: string }> }) {
  const { slug, planId } = await params;
  const t = await getTranslations("workshop");
  return planPageTitle(slug, planId, t("title"));
}

const STATUS_STYLE = {
  active: "bg-emerald-100 text-emerald-900",
  expired: "bg-slate-100 text-slate-700",
  revoked: "bg-red-100 text-red-900",
} as const;

/** The facilitator's page: guest links and which steps guests may edit. */
export default async function WorkshopPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; planId: string }>;
  searchParams: Promise<{ revoked?: string }>;
}) {
  const { slug, planId } = await params;
  const query = await searchParams;
  const actor = await requirePageActor(`/institutions/${slug}/plans/${planId}/workshop`);
  const at = await now();
  const t = await getTranslations("workshop");
  const planHref = `/institutions/${slug}/plans/${planId}`;
  const data = await loadForPage(async () => ({
    links: await listWorkshopLinks(actor, planId, slug, at),
    steps: await getGuestSteps(actor, planId, slug),
    plan: (await getPlan(actor, planId, slug)).plan,
  }));
  if (!data) {
    return (
      <Card className="space-y-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <Alert tone="info">{t("forbidden")}</Alert>
      </Card>
    );
  }
  const deleted = (await getTranslations("people"))("deletedAccount");
  const format = await getFormatter();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <Link href={planHref} className="text-brand-700 text-sm underline underline-offset-4">
          <span aria-hidden="true">←</span> {data.plan.title}
        </Link>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-slate-700">{t("lead")}</p>
      </div>
      {!EDITABLE_STATUSES.includes(data.plan.status) && <Alert tone="info">{t("inReview")}</Alert>}
      <Card aria-labelledby="guest-steps" className="space-y-4">
        <div>
          <h2 id="guest-steps" className="text-lg font-semibold">
            {t("steps.title")}
          </h2>
          <p className="text-sm text-slate-700">{t("steps.hint")}</p>
        </div>
        <GuestStepsForm slug={slug} planId={planId} open={data.steps} />
      </Card>
      <Card aria-labelledby="guest-links" className="space-y-4">
        <div>
          <h2 id="guest-links" className="text-lg font-semibold">
            {t("links.title")}
          </h2>
          <p className="text-sm text-slate-700">{t("links.hint")}</p>
        </div>
        {query.revoked && <Alert tone="success">{t("links.revoked")}</Alert>}
        {data.steps.length === 0 && <p className="text-sm text-amber-900">{t("noStepsOpen")}</p>}
        <GuestLinkForm slug={slug} planId={planId} />
        {data.links.length === 0 ? (
          <p className="text-sm text-slate-600">{t("links.empty")}</p>
        ) : (
          <ul className="divide-y divide-slate-100" aria-label={t("links.listLabel")}>
            {data.links.map((link) => (
              <li
                key={link.id}
                className="flex flex-wrap items-center justify-between gap-3 py-3"
                data-testid="guest-link-row"
              >
                <div className="space-y-1 text-sm">
                  <p className="flex flex-wrap items-center gap-2">
                    <span
                      className={`rounded px-2 py-0.5 text-xs font-semibold ${STATUS_STYLE[link.status]}`}
                    >
                      {t(`links.status.${link.status}`)}
                    </span>
                    <span>{t("links.until", { date: when(link.expiresAt) })}</span>
                    <span className="text-slate-600">· {t("links.guests", { count: link.guests })}</span>
                  </p>
                  <p className="text-slate-600">
                    {t("links.createdBy", {
                      name: shownName(link.createdByName, deleted),
                      date: when(link.createdAt),
                    })}
                  </p>
                </div>
                {link.status === "active" && (
                  <RevokeButton
                    action={revokeWorkshopLinkAction}
                    fields={{ slug, planId, linkId: link.id }}
                    label={t("links.revokeLabel", { date: when(link.expiresAt) })}
                    confirm={
                      link.guests > 0
                        ? {
                            title: t("links.confirmRevokeTitle"),
                            text: t("links.confirmRevoke", { count: link.guests }),
                          }
                        : undefined
                    }
                  />
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
