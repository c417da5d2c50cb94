import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Fragment } from "react";
import { InstitutionDataSection } from "@/components/institution/institution-data-section";
import { InstitutionSettingsForm } from "@/components/institution/institution-settings-form";
import { PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { getInstitutionSettings } from "@/lib/access/institution-settings";
import { loadForPage, requirePageActor } from "@/lib/access/page-guards";

export async function generateMetadata() {
  const t = await getTranslations("settings");
  return { title: t("title") };
}

export default async function SettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await requirePageActor(`/institutions/${slug}/settings`);
  const t = await getTranslations("settings");
  const data = await loadForPage(() => getInstitutionSettings(actor, slug));
  if (!data) return <Alert tone="error">{t("adminsOnly")}</Alert>;
  const { institution, plansInReview } = data;
  // While plans wait for approval the type cannot change: say which, so the admin can follow up.
  const typeLock =
    plansInReview.length > 0 ? (
      <>
        {t("typeLocked")} {t("typeLockedPlans", { count: plansInReview.length })}{" "}
        {plansInReview.map((plan, index) => (
          <Fragment key={plan.id}>
            {index > 0 && ", "}
            <Link
              href={`/institutions/${slug}/plans/${plan.id}`}
              className="text-brand-700 underline underline-offset-2"
            >
              {plan.title}
            </Link>
          </Fragment>
        ))}
      </>
    ) : null;
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      <Card aria-labelledby="profile-title" className="space-y-4">
        <h2 id="profile-title" className="text-lg font-semibold">
          {t("profileTitle")}
        </h2>
        <InstitutionSettingsForm
          slug={slug}
          name={institution.name}
          type={institution.type}
          typeLock={typeLock}
        />
      </Card>
      <InstitutionDataSection slug={slug} name={institution.name} />
    </div>
  );
}
