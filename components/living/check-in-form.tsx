"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { recordCheckInAction } from "@/app/(app)/institutions/[slug]/plans/[planId]/progress/actions";
import { Alert } from "@/components/ui/alert";
import { InputField, SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { checkInFieldName as field } from "@/lib/living/check-in-form";
import { MEASURE_STATES, type TMeasureKind, type TMeasureState } from "@/lib/living/progress-report";
import { useFocusOnError } from "@/components/ui/use-focus-on-error";

export interface CheckInGoal {
  itemId: string;
  title: string;
  /** Hint under the value: indicator, baseline, target, last value – formatted on the server. */
  hint: string;
  unit: string | null;
}

export interface CheckInMeasure {
  itemId: string;
  kind: TMeasureKind;
  title: string;
  detail: string | null;
  state: TMeasureState | null;
  /** Hint under the state: who is responsible, due by when – formatted on the server. */
  hint: string | null;
}

/** A small form, not a new plan: one value per goal, one state per measure and milestone, notes. */
export function CheckInForm(props: {
  slug: string;
  planId: string;
  goals: CheckInGoal[];
  measures: CheckInMeasure[];
}) {
  const t = useTranslations("living");
  const [state, action] = useActionState(recordCheckInAction, IDLE);
  const form = useFocusOnError(state);
  const value = (name: string) => state.values?.[name];
  const groups = [
    { legend: t("measuresLegend"), items: props.measures.filter((m) => m.kind === "measure") },
    { legend: t("milestonesLegend"), items: props.measures.filter((m) => m.kind === "milestone") },
  ];
  return (
    <form ref={form} action={action} className="space-y-6" noValidate>
      {state.status === "error" && state.message && <Alert tone="error">{state.message}</Alert>}
      <input type="hidden" name="slug" value={props.slug} />
      <input type="hidden" name="planId" value={props.planId} />
      {props.goals.length > 0 && (
        <div className="space-y-3">
          <h3 className="font-semibold">{t("goalsLegend")}</h3>
          {props.goals.map((goal) => (
            <fieldset key={goal.itemId} className="space-y-3 rounded-md border border-slate-200 p-4">
              {/* Floated, a long title is the box's first lines instead of sitting on its frame. */}
              <legend className="float-left w-full pb-3 font-medium">{goal.title}</legend>
              <div className="clear-both grid gap-3 sm:grid-cols-2">
                <InputField
                  id={`checkin-value-${goal.itemId}`}
                  name={field.value(goal.itemId)}
                  label={goal.unit ? t("actualValueUnit", { unit: goal.unit }) : t("actualValue")}
                  inputMode="decimal"
                  autoComplete="off"
                  hint={goal.hint}
                  defaultValue={value(field.value(goal.itemId))}
                  error={state.fieldErrors?.[field.value(goal.itemId)]}
                />
                <InputField
                  id={`checkin-value-note-${goal.itemId}`}
                  name={field.valueNote(goal.itemId)}
                  label={t("itemNote")}
                  maxLength={500}
                  defaultValue={value(field.valueNote(goal.itemId))}
                />
              </div>
            </fieldset>
          ))}
        </div>
      )}
      {groups.map(
        (group) =>
          group.items.length > 0 && (
            <div key={group.legend} className="space-y-3">
              <h3 className="font-semibold">{group.legend}</h3>
              {group.items.map((measure) => (
                <fieldset key={measure.itemId} className="space-y-3 rounded-md border border-slate-200 p-4">
                  <legend className="float-left w-full pb-3 font-medium">{measure.title}</legend>
                  {measure.detail && <p className="clear-both text-sm text-slate-700">{measure.detail}</p>}
                  <div className="clear-both grid gap-3 sm:grid-cols-2">
                    <SelectField
                      id={`checkin-state-${measure.itemId}`}
                      name={field.state(measure.itemId)}
                      label={t("stateLabel")}
                      hint={measure.hint ?? undefined}
                      defaultValue={value(field.state(measure.itemId)) ?? measure.state ?? ""}
                    >
                      <option value="">{t("notAssessedOption")}</option>
                      {MEASURE_STATES.map((s) => (
                        <option key={s} value={s}>
                          {t(`states.${s}`)}
                        </option>
                      ))}
                    </SelectField>
                    <InputField
                      id={`checkin-state-note-${measure.itemId}`}
                      name={field.stateNote(measure.itemId)}
                      label={t("itemNote")}
                      maxLength={500}
                      defaultValue={value(field.stateNote(measure.itemId))}
                    />
                  </div>
                </fieldset>
              ))}
            </div>
          ),
      )}
      <div className="space-y-1.5">
        <label htmlFor="checkin-note" className="block text-sm font-medium text-slate-800">
          {t("note")}
        </label>
        <textarea
          id="checkin-note"
          name="note"
          rows={3}
          maxLength={2000}
          defaultValue={value("note")}
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
        />
      </div>
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
