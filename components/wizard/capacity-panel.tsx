"use client";

import { useTranslations } from "next-intl";
import { Notice } from "@/components/ui/alert";
import { useFormatter } from "@/lib/i18n/use-formatter";
import { estimateCapacity } from "@/lib/strategy/capacity";
import type { TStrategy } from "@/lib/strategy/steps";
import { clsx } from "clsx";

const PARTS = [
  { key: "content", color: "#0f766e" },
  { key: "community", color: "#0369a1" },
  { key: "monitoring", color: "#7c3aed" },
  { key: "weekend", color: "#b45309" },
] as const;

/** Workload from channels x cadence against the hours granted, as a chart and in plain words. */
export function CapacityPanel({ strategy }: { strategy: TStrategy }) {
  const t = useTranslations("capacity");
  const format = useFormatter();
  const estimate = estimateCapacity(strategy);
  const hours = (value: number) => format.number(value, { maximumFractionDigits: 1 });
  const euros = (value: number) =>
    format.number(value, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  const scale = Math.max(estimate.workload.total, estimate.grantedHours, 1);
  const width = (value: number) => `${(value / scale) * 100}%`;
  const gap = estimate.gapHours;
  const tone =
    estimate.status === "empty"
      ? "text-slate-700"
      : estimate.status === "fits"
        ? "text-emerald-800"
        : estimate.status === "tight"
          ? "text-amber-800"
          : "text-red-800";
  const summary = t("chartSummary", {
    needed: hours(estimate.workload.total),
    granted: hours(estimate.grantedHours),
  });
  return (
    <section
      aria-labelledby="capacity-title"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-5"
    >
      <h3 id="capacity-title" className="text-base font-semibold">
        {t("title")}
      </h3>
      <p className="text-sm text-slate-700">{t("lead")}</p>
      <div role="img" aria-label={summary} className="space-y-3">
        <div>
          <p className="mb-1 text-sm font-medium">{t("needed", { hours: hours(estimate.workload.total) })}</p>
          <div className="flex h-6 overflow-hidden rounded bg-slate-100">
            {PARTS.map((part) => (
              <div
                key={part.key}
                style={{ width: width(estimate.workload[part.key]), backgroundColor: part.color }}
              />
            ))}
          </div>
        </div>
        <div>
          <p className="mb-1 text-sm font-medium">{t("granted", { hours: hours(estimate.grantedHours) })}</p>
          <div className="flex h-6 overflow-hidden rounded bg-slate-100">
            <div className="bg-slate-600" style={{ width: width(estimate.grantedHours) }} />
          </div>
        </div>
      </div>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
        {PARTS.map((part) => (
          <li key={part.key} className="flex items-center gap-1.5">
            <span
              className="inline-block size-3 rounded-sm"
              style={{ backgroundColor: part.color }}
              aria-hidden="true"
            />
            {t(`parts.${part.key}`)}: {hours(estimate.workload[part.key])} {t("hoursShort")}
          </li>
        ))}
      </ul>
      <p className={clsx("text-sm font-semibold", tone)} data-testid="capacity-verdict">
        {estimate.status === "empty"
          ? t("empty")
          : estimate.grantedHours === 0
            ? t("noHours", { needed: hours(estimate.workload.total) })
            : gap >= 0
              ? t(estimate.status === "tight" ? "tight" : "fits", { spare: hours(gap) })
              : t(estimate.status === "farOver" ? "farOver" : "over", { missing: hours(-gap) })}
      </p>
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
        <dt className="text-slate-600">{t("fteNeeded")}</dt>
        <dd>{format.number(estimate.fte.needed, { maximumFractionDigits: 2 })}</dd>
        <dt className="text-slate-600">{t("fteGranted")}</dt>
        <dd>{format.number(estimate.fte.granted, { maximumFractionDigits: 2 })}</dd>
        <dt className="text-slate-600">{t("costNeeded")}</dt>
        <dd>{euros(estimate.yearlyCost.needed)}</dd>
        <dt className="text-slate-600">{t("costGranted")}</dt>
        <dd>{euros(estimate.yearlyCost.granted)}</dd>
      </dl>
      {estimate.unrelievedHours > 0 && (
        <Notice tone="warning">{t("unrelieved", { hours: hours(estimate.unrelievedHours) })}</Notice>
      )}
      {estimate.singlePointOfFailure && <Notice tone="warning">{t("singlePerson")}</Notice>}
      {estimate.uncoveredPeople.length > 0 && (
        <Notice tone="warning">{t("uncovered", { count: estimate.uncoveredPeople.length })}</Notice>
      )}
    </section>
  );
}
