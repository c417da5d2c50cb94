import { useTranslations } from "next-intl";
import type { TMeasureState } from "@/lib/living/progress-report";
import { cn } from "@/lib/utils";

export const STATE_STYLES: Record<TMeasureState | "notAssessed", string> = {
  onTrack: "bg-emerald-100 text-emerald-900",
  atRisk: "bg-amber-100 text-amber-950",
  late: "bg-red-100 text-red-900",
  done: "bg-sky-100 text-sky-950",
  notAssessed: "bg-slate-100 text-slate-800",
};

export function MeasureStateBadge({ state }: { state: TMeasureState | null }) {
  const t = useTranslations("living.states");
  const key = state ?? "notAssessed";
  return (
    <span
      className={cn("rounded-full px-2.5 py-0.5 text-xs font-medium whitespace-nowrap", STATE_STYLES[key])}
    >
      {t(key)}
    </span>
  );
}
