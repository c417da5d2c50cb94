"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useState } from "react";
import { addStageAction } from "@/app/(app)/institutions/[slug]/approval/actions";
import { Alert } from "@/components/ui/alert";
import { InputField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { useFocusOnError } from "@/components/ui/use-focus-on-error";

export function AddStageForm({
  slug,
  eligible,
}: {
  slug: string;
  eligible: { id: string; name: string; role: string }[];
}) {
  const t = useTranslations("approval");
  const tRole = useTranslations("role");
  const [state, action] = useActionState(addStageAction, IDLE);
  const [chosen, setChosen] = useState<string[]>([]);
  const form = useFocusOnError(state);
  useEffect(() => {
    if (state.status === "success") form.current?.reset();
  }, [form, state]);
  return (
    <form
      ref={form}
      action={(data) => {
        action(data);
        if (data.get("name")) setChosen([]);
      }}
      className="space-y-4"
      noValidate
    >
      {state.status === "error" && state.message && <Alert tone="error">{state.message}</Alert>}
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="memberIds" value={chosen.join(",")} />
      <InputField
        id="stage-name"
        name="name"
        label={t("stageName")}
        hint={t("stageNameHint")}
        defaultValue={state.values?.name}
        error={state.fieldErrors?.name}
      />
      <fieldset className="space-y-2">
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
      <SubmitButton pendingLabel={t("adding")}>{t("addStage")}</SubmitButton>
    </form>
  );
}
