import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatValue, itemTitle } from "@/components/review/format-value";
import { TextDiffSide } from "@/components/review/text-diff";
import { formatLocaleOf } from "@/lib/i18n/config";
import { loadForPage, requirePageActor, planPageTitle } from "@/lib/access/page-guards";
import { comparePlanVersions } from "@/lib/access/plan-versions";
import type { FieldDef, ListDef } from "@/lib/strategy/fields";
import type { StrategyChange } from "@/lib/strategy/compare";
import { STEPS } from "@/lib/strategy/steps";
import { textDiff } from "@/lib/strategy/text-diff";
import { cn } from "@/lib/utils";

const KIND_STYLE = {
  changed: "border-l-4 border-amber-500 bg-amber-50",
  added: "border-l-4 border-emerald-600 bg-emerald-50",
  removed: "border-l-4 border-red-600 bg-red-50",
  reordered: "border-l-4 border-sky-600 bg-sky-50",
} as const;

/** The definition of the field a change is about, if it is about one. */
function fieldDef(change: StrategyChange): FieldDef | undefined {
  if (!change.field) return undefined;
  const listDef = change.list
    ? (STEPS[change.step].lists as Record<string, ListDef>)[change.list]
    : undefined;
  return listDef
    ? listDef.fields[change.field]
    : (STEPS[change.step].fields as Record<string, FieldDef>)[change.field];
}

/** In a changed text, the words that changed, to be marked on both sides. */
function changedWords(change: StrategyChange) {
  const kind = fieldDef(change)?.kind;
  return change.kind === "changed" &&
    (kind === "text" || kind === "textarea") &&
    typeof change.before === "string" &&
    typeof change.after === "string"
    ? textDiff(change.before, change.after)
    : null;
}

export async function generateMetadata({ params }: { params: Promise<{ slug: string; planId: string }> }) {
  const { slug, planId } = await params;
  const t = await getTranslations("compare");
  return planPageTitle(slug, planId, t("title"));
}

export default async function ComparePage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; planId: string }>;
  searchParams: Promise<{ from?: string; to?: string }>;
}) {
  const { slug, planId } = await params;
  const query = await searchParams;
  const actor = await requirePageActor(`/institutions/${slug}/plans/${planId}/compare`);
  const data = await loadForPage(() => comparePlanVersions(actor, planId, query.from, query.to, slug));
  if (!data) return null;
  const t = await getTranslations();
  const locale = formatLocaleOf(await getLocale());
  const label = (ref: number | "draft") =>
    ref === "draft" ? t("compare.draft") : t("compare.version", { number: ref });
  // "zwischen Version 1 und dem aktuellen Entwurf": inside a sentence the draft takes its article.
  const inSentence = (ref: number | "draft") => (ref === "draft" ? t("compare.draftInSentence") : label(ref));
  const refs: (number | "draft")[] = [...data.versions, "draft"];
  const diffs = data.changes.map(changedWords);
  return (
    <div className="space-y-6">
      <Link
        href={`/institutions/${slug}/plans/${planId}`}
        className="text-brand-700 text-sm underline underline-offset-4"
      >
        <span aria-hidden="true">←</span> {t("documentPage.backToPlan")}
      </Link>
      <h1 className="text-2xl font-bold">{t("compare.heading", { title: data.plan.title })}</h1>
      <form method="get" className="flex flex-wrap items-end gap-3">
        {(["from", "to"] as const).map((side) => (
          <div key={side} className="space-y-1.5">
            <label htmlFor={`compare-${side}`} className="block text-sm font-medium">
              {t(`compare.${side}`)}
            </label>
            <select
              id={`compare-${side}`}
              name={side}
              defaultValue={String(data[side].ref)}
              className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
            >
              {refs.map((ref) => (
                <option key={ref} value={String(ref)}>
                  {label(ref)}
                </option>
              ))}
            </select>
          </div>
        ))}
        <button
          type="submit"
          className="h-10 rounded-md border border-slate-300 bg-white px-4 text-sm font-medium hover:bg-slate-100"
        >
          {t("compare.show")}
        </button>
      </form>
      <p className="text-slate-700" data-testid="compare-summary">
        {t("compare.summary", {
          count: data.changes.length,
          from: inSentence(data.from.ref),
          to: inSentence(data.to.ref),
        })}
      </p>
      {diffs.some(Boolean) && <p className="text-sm text-slate-700">{t("compare.diff.legend")}</p>}
      {data.changes.length > 0 && (
        // On a phone each change stands as a block (where, before, after) instead of three columns
        // whose last one, the new text, would sit off the screen. The explicit roles keep it a
        // table for screen readers, which drop it for display: block.
        <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table role="table" className="w-full text-left text-sm max-sm:block">
            <caption className="sr-only">{t("compare.title")}</caption>
            <thead role="rowgroup" className="bg-slate-50 text-slate-700 max-sm:sr-only">
              <tr role="row">
                <th scope="col" role="columnheader" className="px-4 py-2 font-medium">
                  {t("compare.where")}
                </th>
                <th scope="col" role="columnheader" className="px-4 py-2 font-medium">
                  {label(data.from.ref)}
                </th>
                <th scope="col" role="columnheader" className="px-4 py-2 font-medium">
                  {label(data.to.ref)}
                </th>
              </tr>
            </thead>
            <tbody role="rowgroup" className="divide-y divide-slate-200 max-sm:block">
              {data.changes.map((change, index) => {
                const list = change.list ? `${change.step}.${change.list}` : undefined;
                const def = fieldDef(change);
                const stepTitle = t(`strategy.steps.${change.step}.title`);
                const itemName =
                  list && change.itemId
                    ? itemTitle(
                        change.kind === "removed" ? data.from.strategy : data.to.strategy,
                        list,
                        change.itemId,
                        t,
                      )
                    : undefined;
                const fieldLabel = change.field
                  ? t(
                      change.list
                        ? `strategy.steps.${change.step}.lists.${change.list}.fields.${change.field}.label`
                        : `strategy.steps.${change.step}.fields.${change.field}.label`,
                    )
                  : change.kind === "reordered"
                    ? t(`strategy.steps.${change.step}.lists.${change.list}.title`)
                    : t(`compare.item.${change.kind}`);
                const show = (value: unknown, strategy: typeof data.from.strategy) => {
                  if (change.kind === "reordered" && list) {
                    return (
                      <ol className="list-decimal pl-5">
                        {(value as string[]).map((id) => (
                          <li key={id}>{itemTitle(strategy, list, id, t)}</li>
                        ))}
                      </ol>
                    );
                  }
                  return def ? formatValue(def, value, strategy, t, locale) : value ? (itemName ?? "") : "—";
                };
                const diff = diffs[index];
                return (
                  <tr
                    key={index}
                    role="row"
                    className={cn(KIND_STYLE[change.kind], "max-sm:block max-sm:py-2")}
                    data-kind={change.kind}
                  >
                    <th
                      scope="row"
                      role="rowheader"
                      className="px-4 py-2 align-top font-medium max-sm:block max-sm:py-1"
                    >
                      {stepTitle}
                      {itemName && ` › ${itemName}`} › {fieldLabel}
                      <span className="block text-xs font-normal text-slate-700">
                        {t(`compare.kind.${change.kind}`)}
                      </span>
                    </th>
                    <td
                      role="cell"
                      className="px-4 py-2 align-top whitespace-pre-wrap max-sm:block max-sm:py-1"
                    >
                      {/* The column's name, which a phone does not show above the block. */}
                      <span aria-hidden="true" className="block text-xs font-medium text-slate-700 sm:hidden">
                        {label(data.from.ref)}
                      </span>
                      {diff ? (
                        <TextDiffSide parts={diff.before} side="before" />
                      ) : (
                        show(change.before, data.from.strategy)
                      )}
                    </td>
                    <td
                      role="cell"
                      className="px-4 py-2 align-top whitespace-pre-wrap max-sm:block max-sm:py-1"
                    >
                      <span aria-hidden="true" className="block text-xs font-medium text-slate-700 sm:hidden">
                        {label(data.to.ref)}
                      </span>
                      {diff ? (
                        <TextDiffSide parts={diff.after} side="after" />
                      ) : (
                        show(change.after, data.to.strategy)
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
