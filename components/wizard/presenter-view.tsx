"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useFormatter } from "@/lib/i18n/use-formatter";
import { useEffect, useRef, useState } from "react";
import { PresenterWorkshop } from "@/components/workshop/presenter-workshop";
import { useWorkshop } from "@/components/workshop/use-workshop";
import { slowCadence } from "@/lib/strategy/cadence";
import { givenTitle, listItems } from "@/lib/strategy/units";
import { fieldApplies, type FieldDef, type ListDef } from "@/lib/strategy/fields";
import { STEPS, STEP_KEYS, type StepKey, type TStrategy } from "@/lib/strategy/steps";
import { othersPresent } from "./others-present";
import { PresenceList } from "./presence-list";
import { withServerItems, withValue } from "./strategy-state";
import { useLive, type RemoteValue } from "./use-live";

type Item = Record<string, unknown> & { id: string };

/** A unit field that reads better beside its numbers ("120 Follower") than on a line of its own. */
function unitShownWithNumber(listDef: ListDef, item: Item, fieldKey: string) {
  return Object.entries(listDef.fields).some(
    ([numberKey, field]) =>
      field.unitField === fieldKey && item[numberKey] !== null && item[numberKey] !== undefined,
  );
}

const ALL_LISTS = STEP_KEYS.flatMap((stepKey) =>
  Object.keys(STEPS[stepKey].lists).map((list) => `${stepKey}.${list}`),
);

/**
 * One step of the plan for a projector: large type, high contrast, nothing to edit, and every
 * change saved in the workshop shows at once. It can follow a participant (the facilitator): when
 * they move to another step, the projector moves with them.
 */
export function PresenterView(props: {
  planId: string;
  step: StepKey;
  /** The user whose step this view follows; paging by hand stops following. */
  follow?: string;
  baseHref: string;
  isPublicBody: boolean;
  initialStrategy: TStrategy;
  initialPlanRevision: number;
}) {
  const { planId, step, isPublicBody } = props;
  const t = useTranslations("strategy");
  const tl = useTranslations("live.presenter");
  const tw = useTranslations("wizard");
  const format = useFormatter();
  const [strategy, setStrategy] = useState(props.initialStrategy);
  const connection = useRef<string | null>(null);
  const revisions = useRef<Record<string, number>>({});
  const applyValue = (change: RemoteValue) => {
    if (change.revision <= (revisions.current[change.key] ?? 0)) return;
    revisions.current[change.key] = change.revision;
    setStrategy((s) => withValue(s, change.key, change.value));
  };
  const applyItems = (list: string, items: { id: string; position: number }[]) =>
    setStrategy((s) =>
      withServerItems(
        s,
        list,
        items,
        () => false,
        () => undefined,
      ),
    );
  const workshop = useWorkshop(planId);
  const router = useRouter();
  const index = STEP_KEYS.indexOf(step);
  const live = useLive(planId, step, props.initialPlanRevision, connection, {
    onValue: applyValue,
    onItems: applyItems,
    onSync: (lists, values) => {
      for (const list of ALL_LISTS) applyItems(list, lists[list] ?? []);
      for (const value of values) applyValue(value);
    },
    // The institution's type may have changed, and with it which questions are shown.
    onPlan: () => router.refresh(),
    onRevoked: () => window.location.reload(),
    onWorkshop: workshop.receive,
  });

  const follow = props.follow;
  const others = othersPresent(live.people, live.connectionId);
  const leader = follow ? others.find((p) => p.userId === follow) : undefined;
  const leaderStep = leader?.step;
  useEffect(() => {
    if (follow && leaderStep && leaderStep !== step && (STEP_KEYS as string[]).includes(leaderStep))
      router.replace(`?step=${leaderStep}&follow=${follow}`);
  }, [follow, leaderStep, step, router]);

  // A presenter's clicker sends arrow keys or Page Up/Down: they page like the links below, by
  // hand (which stops following). Not while a control has the focus: the select uses the arrows.
  const previous = index > 0 ? STEP_KEYS[index - 1] : undefined;
  const next = index < STEP_KEYS.length - 1 ? STEP_KEYS[index + 1] : undefined;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (event.target instanceof Element && event.target.closest("select, input, textarea, button")) return;
      const to = ["ArrowLeft", "PageUp"].includes(event.key)
        ? previous
        : ["ArrowRight", "PageDown"].includes(event.key)
          ? next
          : undefined;
      if (!to) return;
      event.preventDefault();
      router.push(`?step=${to}`);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [previous, next, router]);

  const def = STEPS[step];
  const values = strategy[step] as Record<string, unknown>;
  const show = (field: FieldDef, item?: Record<string, unknown>) => fieldApplies(field, isPublicBody, item);

  const refLabel = (refList: string, id: string) => {
    const found = listItems(strategy, refList);
    const item = found?.items.find((i) => i.id === id);
    return found && item ? givenTitle(found.def, item) : null;
  };
  const text = (field: FieldDef, value: unknown, item?: Record<string, unknown>): string | null => {
    if (value === null || value === undefined || value === "") return null;
    switch (field.kind) {
      case "checkbox":
        return tw(value ? "yes" : "no");
      case "select":
        return t(`options.${field.optionSet}.${String(value)}`);
      case "ref":
        return field.refList ? refLabel(field.refList, String(value)) : null;
      case "number": {
        const cadence = field.unit === "perWeek" ? slowCadence(Number(value)) : null;
        if (cadence) return t(`cadence.${cadence.per}`, { count: cadence.count });
        const ownUnit = field.unitField ? item?.[field.unitField] : undefined;
        const unit =
          typeof ownUnit === "string" && ownUnit ? ownUnit : field.unit ? t(`units.${field.unit}`) : "";
        return `${format.number(Number(value))}${unit ? ` ${unit}` : ""}`;
      }
      case "date":
        return format.dateTime(new Date(`${String(value)}T12:00:00`), { dateStyle: "long" });
      default:
        return String(value);
    }
  };

  return (
    // Long German compounds in large type would otherwise run off a narrow window.
    // A line of large type stays readable from the back of the room: at most about 80 characters.
    <div
      className="mx-auto min-h-screen max-w-7xl bg-white p-4 break-words hyphens-auto text-slate-950 sm:p-8"
      data-testid="presenter"
    >
      <div className="mb-8 flex flex-wrap items-center justify-between gap-4">
        <p className="text-2xl font-semibold">
          {tw("stepOf", { number: index + 1, total: STEP_KEYS.length })}
        </p>
        <div className="flex flex-wrap items-center gap-4">
          <PresenceList people={live.people} connectionId={live.connectionId} status={live.status} />
          <Link
            className="rounded-md border-2 border-slate-900 px-3 py-1.5 text-lg font-semibold print:hidden"
            href={props.baseHref}
          >
            {tl("back")}
          </Link>
        </div>
      </div>
      {/* A choice of one ("nobody") is no choice: until someone else is here, say what will be. */}
      {others.length === 0 && !follow ? (
        <p className="mb-8 text-lg text-slate-700 print:hidden">{tl("followNobodyYet")}</p>
      ) : (
        <div className="mb-8 flex flex-wrap items-center gap-3 text-lg print:hidden">
          <label htmlFor="present-follow" className="font-semibold">
            {tl("follow")}
          </label>
          <select
            id="present-follow"
            value={follow ?? ""}
            onChange={(event) =>
              router.replace(`?step=${step}${event.target.value ? `&follow=${event.target.value}` : ""}`)
            }
            className="rounded-md border-2 border-slate-900 bg-white px-3 py-1.5"
          >
            <option value="">{tl("followNobody")}</option>
            {follow && !leader && <option value={follow}>{tl("followAbsent")}</option>}
            {others.map((person) => (
              <option key={person.userId} value={person.userId}>
                {person.name}
              </option>
            ))}
          </select>
          {follow && !leader && live.status === "live" && (
            <p role="status" className="text-slate-700">
              {tl("followAway")}
            </p>
          )}
        </div>
      )}
      {/* The step's title first, then the timebox and vote of the room (h2), then the content. */}
      <h1 className="mb-10 text-4xl leading-tight font-bold sm:text-5xl">{t(`steps.${step}.title`)}</h1>
      <PresenterWorkshop workshop={workshop} strategy={strategy} />
      <dl className="space-y-8">
        {Object.entries(def.fields as Record<string, FieldDef>)
          .filter(([, field]) => show(field))
          .map(([fieldKey, field]) => (
            <div key={fieldKey}>
              <dt className="text-xl font-semibold text-slate-700">
                {t(`steps.${step}.fields.${fieldKey}.label`)}
              </dt>
              <dd className="mt-1 text-3xl leading-snug whitespace-pre-wrap">
                {text(field, values[fieldKey]) ?? <span className="text-slate-600">{tl("empty")}</span>}
              </dd>
            </div>
          ))}
      </dl>
      {Object.entries(def.lists as Record<string, ListDef>).map(([listKey, listDef]) => {
        const items = (values[listKey] ?? []) as Item[];
        return (
          <section key={listKey} className="mt-12" aria-labelledby={`present-${listKey}`}>
            <h2 id={`present-${listKey}`} className="mb-6 text-3xl font-bold sm:text-4xl">
              {t(`steps.${step}.lists.${listKey}.title`)}
            </h2>
            {items.length === 0 && <p className="text-2xl text-slate-600">{tl("empty")}</p>}
            <ol className="space-y-6">
              {items.map((item, itemIndex) => (
                <li key={item.id} className="rounded-xl border-4 border-slate-900 p-6">
                  <p className="text-3xl font-bold">
                    {givenTitle(listDef, item) ??
                      t(`steps.${step}.lists.${listKey}.itemFallback`, { number: itemIndex + 1 })}
                  </p>
                  <dl className="mt-3 grid gap-x-8 gap-y-3 md:grid-cols-2">
                    {Object.entries(listDef.fields)
                      .filter(([fieldKey, field]) => fieldKey !== listDef.titleField && show(field, item))
                      .filter(([fieldKey]) => !unitShownWithNumber(listDef, item, fieldKey))
                      .map(([fieldKey, field]) => {
                        const shown = text(field, item[fieldKey], item);
                        return shown === null ? null : (
                          <div key={fieldKey}>
                            <dt className="text-lg font-semibold text-slate-700">
                              {t(`steps.${step}.lists.${listKey}.fields.${fieldKey}.label`)}
                            </dt>
                            <dd className="text-2xl whitespace-pre-wrap">{shown}</dd>
                          </div>
                        );
                      })}
                  </dl>
                </li>
              ))}
            </ol>
          </section>
        );
      })}
      <nav aria-label={tw("stepPager")} className="mt-12 flex flex-wrap justify-between gap-4 text-2xl">
        {previous ? (
          <Link className="font-semibold underline underline-offset-8" href={`?step=${previous}`}>
            ← {t(`steps.${previous}.title`)}
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link className="font-semibold underline underline-offset-8" href={`?step=${next}`}>
            {t(`steps.${next}.title`)} →
          </Link>
        ) : (
          <span />
        )}
      </nav>
      <p className="mt-6 text-base text-slate-600 print:hidden">{tl("keys")}</p>
    </div>
  );
}
