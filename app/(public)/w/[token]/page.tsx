import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/formatter";
import { Card } from "@/components/ui/card";
import { JoinWorkshopForm } from "@/components/workshop/join-workshop-form";
import { openWorkshopLink } from "@/lib/access/workshop-guests";

// The secret sits in the URL: never pass it on to another site, never index the page.
export const metadata: Metadata = { referrer: "no-referrer", robots: { index: false, follow: false } };

/** A workshop's guest link: who invites to which plan, and a name to join under. */
export default async function JoinWorkshopPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("workshop.guest");
  const link = await openWorkshopLink(token);
  if (link.status !== "ok") {
    return (
      <Card className="mx-auto max-w-xl space-y-4">
        <h1 className="text-2xl font-bold">{t(link.status === "ended" ? "ended" : "missing")}</h1>
        {link.status === "ended" && <p className="text-slate-700">{t("endedHint")}</p>}
      </Card>
    );
  }
  const format = await getFormatter();
  return (
    <Card className="mx-auto max-w-xl space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t("joinTitle", { plan: link.planTitle })}</h1>
        <p className="text-slate-700">
          {t("joinLead", { institution: link.institutionName, plan: link.planTitle })}
        </p>
        <p className="text-sm text-slate-600">
          {t("validUntil", {
            date: format.dateTime(link.expiresAt, { dateStyle: "medium", timeStyle: "short" }),
          })}
        </p>
      </div>
      <JoinWorkshopForm token={token} />
    </Card>
  );
}
