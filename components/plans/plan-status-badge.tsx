import { useTranslations } from "next-intl";
import type { PlanStatus } from "@/lib/db/generated/enums";
import { cn } from "@/lib/utils";

const STYLES: Record<PlanStatus, string> = {
  DRAFT: "bg-slate-100 text-slate-800",
  IN_REVIEW: "bg-amber-100 text-amber-900",
  CHANGES_REQUESTED: "bg-red-100 text-red-900",
  APPROVED: "bg-emerald-100 text-emerald-900",
};
const BADGE = "rounded-full px-2.5 py-0.5 text-xs font-medium";

/**
 * The plan's state. With `approvedVersion` (a plan approved before and being revised) it says so
 * first: "Version 1 freigegeben" beside "Neuer Entwurf", so nobody takes the approval for lost.
 */
export function PlanStatusBadge({
  status,
  approvedVersion = null,
}: {
  status: PlanStatus;
  approvedVersion?: number | null;
}) {
  const t = useTranslations("planStatus");
  const revising = approvedVersion !== null && status !== "APPROVED";
  return (
    <>
      {revising && (
        <span data-testid="approved-version" className={cn(BADGE, STYLES.APPROVED)}>
          {t("approvedVersion", { number: approvedVersion })}
        </span>
      )}
      <span data-testid="plan-status" className={cn(BADGE, STYLES[status])}>
        {revising && status === "DRAFT" ? t("NEW_DRAFT") : t(status)}
      </span>
    </>
  );
}
