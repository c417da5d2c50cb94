import { useTranslations } from "next-intl";
import type { Schedule } from "@/lib/living/schedule";
import { cn } from "@/lib/utils";

/** The plan list's marker: a check-in or the strategy review is overdue or due soon. Nothing otherwise. */
export function DueBadge({ schedule }: { schedule: Pick<Schedule, "next" | "review"> }) {
  const t = useTranslations("living.badges");
  const next = schedule.next?.state;
  const review = schedule.review.state;
  const label =
    next === "overdue"
      ? "overdue"
      : review === "overdue"
        ? "reviewOverdue"
        : next === "dueSoon"
          ? "dueSoon"
          : review === "dueSoon"
            ? "reviewDueSoon"
            : null;
  if (!label) return null;
  const overdue = label === "overdue" || label === "reviewOverdue";
  return (
    <span
      data-testid="due-badge"
      className={cn(
        "rounded-full px-2.5 py-0.5 text-xs font-medium",
        overdue ? "bg-red-100 text-red-900" : "bg-amber-100 text-amber-950",
      )}
    >
      {t(label)}
    </span>
  );
}
