"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useState } from "react";
import { addStageAction, updateStageAction } from "@/app/(app)/institutions/[slug]/approval/actions";
import { Alert } from "@/components/ui/alert";
import { InputField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { useFocusOnError } from "@/components/ui/use-focus-on-error";

interface StageFormProps {
  slug: string;
  /** Who may decide a stage: the institution's admins, editors and approvers. */
  eligible: { id: string; name: string; role: string }[];
  /** The stage to change; without it, the form adds a stage at the end of the chain. */
  stage?: { id: string; name: string; memberIds: string[] };
}

export function StageForm({ slug, eligible, stage }: StageFormProps) {
  const t = useTranslations("approval");
  const tRole = useTranslations("role");
  const [state, action] = useActionState(stage ? updateStageAction : addStageAction, IDLE);
  // A stage member who may no longer decide (made a viewer, say) is not offered: saving keeps
  // only those who decide.
  const [chosen, setChosen] = useState<string[]>(
    stage ? stage.memberIds.filter((id) => eligible.some((member) => member.id === id)) : [],
  );
  // React resets a form after its action, which puts checkboxes back to how they were first drawn
  // whatever was chosen since: drawn anew after each answer, they show who is chosen.
  const [answered, setAnswered] = useState({ state, round: 0 });
  if (answered.state !== state) {
    setAnswered({ state, round: answered.round + 1 });
    // A stage added, the form is empty for the next one; refused, it keeps who was chosen.
    if (!stage && state.status === "success") setChosen([]);
  }
  const form = useFocusOnError(state);
  useEffect(() => {
    if (!stage && state.status === "success") form.current?.reset();
  }, [form, stage, state]);
  const idPrefix = `stage-${stage?.id ?? "new"}`;
  return (
    <form ref={form} action={action} className="space-y-4" noValidate>
      {state.status === "error" && state.message && <Alert tone="error">{state.message}</Alert>}
      {state.status === "success" && state.message && <Alert tone="success">{state.message}</Alert>}
      <input type="hidden" name="slug" value={slug} />
      {stage && <input type="hidden" name="stageId" value={stage.id} />}
      {/* Only those still offered: someone whose role changed since the page was drawn is not sent. */}
      <input
        type="hidden"
        name="memberIds"
        value={chosen.filter((id) => eligible.some((member) => member.id === id)).join(",")}
      />
      <InputField
        id={`${idPrefix}-name`}
        name="name"
        label={t("stageName")}
        hint={t("stageNameHint")}
        defaultValue={state.values?.name ?? stage?.name}
        error={state.fieldErrors?.name}
      />
      <fieldset key={answered.round} className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">{t("deciders")}</legend>
        {eligible.map((member) => (
          <label key={member.id} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="accent-brand-700 size-4"
              checked={chosen.includes(member.id)}
              onChange={(e) =>
                setChosen((c) => (e.target.checked ? [...c, member.id] : c.filter((id) => id !== member.id)))
              }
            />
            {member.name} <span className="text-slate-600">· {tRole(member.role)}</span>
          </label>
        ))}
        {state.fieldErrors?.memberIds && (
          <p className="text-sm font-medium text-red-700">{state.fieldErrors.memberIds}</p>
        )}
      </fieldset>
      {stage ? (
        <SubmitButton pendingLabel={t("saving")}>{t("saveStage")}</SubmitButton>
      ) : (
        <SubmitButton pendingLabel={t("adding")}>{t("addStage")}</SubmitButton>
      )}
    </form>
  );
}
