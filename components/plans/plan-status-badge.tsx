import { useTranslations } from "next-intl";
import type { PlanStatus } from "@/lib/db/generated/enums";
import { cn } from "@/lib/utils";

const STYLES: Record<PlanStatus, string> = {
  DRAFT: "bg-slate-100 text-slate-800",
  IN_REVIEW: "bg-amber-100 text-amber-900",
  CHANGES_REQUESTED: "bg-red-100 text-red-900",
  APPROVED: "bg-emerald-100 text-emerald-900",
};

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const t = useTranslations("planStatus");
  return (
    <span
      data-testid="plan-status"
      className={cn("rounded-full px-2.5 py-0.5 text-xs font-medium", STYLES[status])}
    >
      {t(status)}
    </span>
  );
}
