import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { StageForm } from "@/components/approval/stage-form";
import { StageControls } from "@/components/approval/stage-controls";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { getChainSettings } from "@/lib/access/approval-chain-settings";
import { loadForPage, requirePageActor } from "@/lib/access/page-guards";

export async function generateMetadata() {
  const t = await getTranslations("approval");
  return { title: t("title") };
}

export default async function ApprovalChainPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await requirePageActor(`/institutions/${slug}/approval`);
  const t = await getTranslations("approval");
  const data = await loadForPage(() => getChainSettings(actor, slug));
  if (!data) return <Alert tone="error">{t("adminsOnly")}</Alert>;
  const locked = data.inReview.length > 0;
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      {locked && (
        <Alert tone="info">
          {t("lockedWhileInReview", {
            plans: data.inReview.map((title) => t("quotedPlan", { title })).join(", "),
          })}
        </Alert>
      )}
      <Card aria-labelledby="chain-title" className="space-y-3">
        <h2 id="chain-title" className="text-lg font-semibold">
          {t("chainTitle")}
        </h2>
        {data.stages.length === 0 ? (
          <p className="text-sm text-slate-700">{t("defaultChain")}</p>
        ) : (
          <ol className="space-y-2">
            {data.stages.map((stage, index) => (
              <li key={stage.id} className="space-y-3 rounded-md border border-slate-200 p-3">
                <div className="flex flex-wrap items-center justify-between gap-3">
                  <div className="min-w-0">
                    <p className="font-medium wrap-anywhere">
                      {index + 1}. {stage.name}
                    </p>
                    <p className="text-sm text-slate-700">
                      {stage.members
                        .map((m) => (m.decides ? m.name : `${m.name} (${t("notDeciding")})`))
                        .join(", ")}
                    </p>
                  </div>
                  {!locked && (
                    <StageControls
                      slug={slug}
                      stageId={stage.id}
                      name={stage.name}
                      first={index === 0}
                      last={index === data.stages.length - 1}
                    />
                  )}
                </div>
                {!locked && (
                  <details>
                    <summary className="text-brand-700 cursor-pointer text-sm font-medium">
                      {t("edit")}
                      <span className="sr-only">: {stage.name}</span>
                    </summary>
                    <div className="pt-3">
                      <StageForm
                        slug={slug}
                        eligible={data.eligible}
                        stage={{ id: stage.id, name: stage.name, memberIds: stage.members.map((m) => m.id) }}
                      />
                    </div>
                  </details>
                )}
              </li>
            ))}
          </ol>
        )}
      </Card>
      {!locked && (
        <Card aria-labelledby="add-stage-title" className="space-y-3">
          <h2 id="add-stage-title" className="text-lg font-semibold">
            {t("addTitle")}
          </h2>
          <StageForm slug={slug} eligible={data.eligible} />
        </Card>
      )}
    </div>
  );
}
