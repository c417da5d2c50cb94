import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { PlanApiProvider } from "@/components/wizard/plan-api";
import { wizardContentProps } from "@/components/wizard/wizard-content-props";
import { WizardShell } from "@/components/wizard/wizard-shell";
import { GuestAccessEnded } from "@/components/workshop/guest-access-ended";
import { loadForPage } from "@/lib/access/page-guards";
import { EDITABLE_STATUSES } from "@/lib/access/plan-rules";
import { currentGuest, getGuestPlanWithContent, requireGuest } from "@/lib/access/workshop-guests";
import { todayInBerlin } from "@/lib/clock";

export const metadata: Metadata = { robots: { index: false, follow: false } };

/**
 * A workshop guest's wizard of their one plan: the members' wizard, talking to the guests'
 * endpoints, with only the steps the facilitator opened editable. When the guest's link ends, the
 * live stream says so and the refreshed layout shows that instead.
 */
export default async function GuestWizardLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ planId: string }>;
}) {
  const { planId } = await params;
  const lookup = await currentGuest();
  if (lookup.status === "ended") return <GuestAccessEnded />;
  const data = await loadForPage(async () => getGuestPlanWithContent(await requireGuest(planId, lookup)));
  if (!data) return null;
  const t = await getTranslations("wizard");
  const tg = await getTranslations("workshop.guest");
  // Guests do not begin a new draft of an approved plan: a member does, and is named for it.
  const approved = data.plan.status === "APPROVED";
  const editable = EDITABLE_STATUSES.includes(data.plan.status) && !approved;
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold">{data.plan.title}</h1>
        <p className="text-sm text-slate-600">
          {data.institution.name} · {tg("as", { name: data.name })}
        </p>
      </div>
      <PlanApiProvider
        base={`/api/workshop/${data.planId}`}
        unsavedKey={`wegweiser:unsaved:guest:${data.guestId}:${data.planId}`}
      >
        <WizardShell
          planId={data.planId}
          baseHref={`/workshop/${data.planId}`}
          canEdit={editable}
          lockedReason={editable ? undefined : approved ? tg("planApproved") : t("lockedInReview")}
          {...wizardContentProps(data.content, data.institution.type, await todayInBerlin())}
          workshop={{ openSteps: data.openSteps }}
        >
          {children}
        </WizardShell>
      </PlanApiProvider>
    </div>
  );
}
