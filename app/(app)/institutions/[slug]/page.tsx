import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/formatter";
import { PageHeader } from "@/components/layout/page-header";
import { DueBadge } from "@/components/living/due-badge";
import { CreatePlanForm } from "@/components/plans/create-plan-form";
import { ImportPlanForm } from "@/components/plans/import-plan-form";
import { PlanStatusBadge } from "@/components/plans/plan-status-badge";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { loadForPage, requirePageActor } from "@/lib/access/page-guards";
import { can } from "@/lib/access/permissions";
import type { Role } from "@/lib/db/generated/enums";
import { listPlans } from "@/lib/access/plans";
import { livingStates } from "@/lib/access/reminders";
import { now } from "@/lib/clock";
import { TEMPLATES, templateForInstitutionType } from "@/lib/strategy/templates";

export async function generateMetadata() {
  const t = await getTranslations("plans");
  return { title: t("title") };
}

/** What the list is for depends on what the reader does with plans: write them, decide them or read them. */
function planListLead(role: Role) {
  if (can(role, "EDIT_PLAN")) return "lead";
  return can(role, "APPROVE_PLAN") ? "leadApprover" : "leadReader";
}

export default async function PlansPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ deleted?: string }>;
}) {
  const { slug } = await params;
  const { deleted } = await searchParams;
  const actor = await requirePageActor(`/institutions/${slug}`);
  const at = await now();
  const data = await loadForPage(async () => ({
    ...(await listPlans(actor, slug)),
    living: await livingStates(actor, slug, at),
  }));
  if (!data) return null;
  const t = await getTranslations("plans");
  const ti = await getTranslations("import");
  const format = await getFormatter();
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t(planListLead(data.role))} />
      {deleted && <Alert tone="success">{t("deleted")}</Alert>}
      {/* The plans first: they are what people come back for; creating and importing follow. */}
      {data.plans.length === 0 ? (
        <Card>
          <p className="text-slate-700">{t("empty")}</p>
        </Card>
      ) : (
        <ul
          aria-label={t("listLabel")}
          className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
        >
          {data.plans.map((plan) => (
            <li key={plan.id} className="flex flex-wrap items-center gap-3 px-5 py-4">
              <div className="min-w-0 flex-1">
                <Link
                  href={`/institutions/${slug}/plans/${plan.id}`}
                  className="font-semibold wrap-anywhere text-slate-900 underline-offset-4 hover:underline"
                >
                  {plan.title}
                </Link>
                <p className="text-sm text-slate-600">
                  {t("updatedAt", {
                    date: format.dateTime(plan.updatedAt, { dateStyle: "medium", timeStyle: "short" }),
                  })}
                  {plan.createdBy && ` · ${t("createdBy", { name: plan.createdBy.name })}`}
                </p>
              </div>
              {plan.awaitsYou && (
                <span
                  data-testid="awaits-you"
                  className="bg-brand-100 text-brand-900 rounded-full px-2.5 py-0.5 text-xs font-semibold"
                >
                  {t("awaitsYou")}
                </span>
              )}
              {data.living.has(plan.id) && <DueBadge schedule={data.living.get(plan.id)!.schedule} />}
              <PlanStatusBadge
                status={plan.status}
                approvedVersion={data.living.get(plan.id)?.versionNumber ?? null}
              />
            </li>
          ))}
        </ul>
      )}
      {can(data.role, "CREATE_PLAN") && (
        <>
          <Card aria-labelledby="create-plan-title" className="space-y-3">
            <h2 id="create-plan-title" className="text-lg font-semibold">
              {t("createTitle")}
            </h2>
            <CreatePlanForm
              slug={slug}
              templates={TEMPLATES.map((template) => template.key)}
              defaultTemplate={templateForInstitutionType(data.institution.type)?.key}
            />
          </Card>
          <Card aria-labelledby="import-plan-title" className="space-y-3">
            <h2 id="import-plan-title" className="text-lg font-semibold">
              {ti("title")}
            </h2>
            <p className="text-sm text-slate-700">{ti("lead")}</p>
            <ImportPlanForm slug={slug} />
          </Card>
        </>
      )}
    </div>
  );
}
