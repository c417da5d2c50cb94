"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createWorkshopLinkAction } from "@/app/(app)/institutions/[slug]/plans/[planId]/workshop/actions";
import { Alert } from "@/components/ui/alert";
import { CopyableLink } from "@/components/ui/copyable-link";
import { SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { useFocusOnError } from "@/components/ui/use-focus-on-error";

const HOURS = ["2", "8", "24", "72"] as const;

/** Creates a guest link; its secret is shown once, here, with a button to copy it. */
export function GuestLinkForm({ slug, planId }: { slug: string; planId: string }) {
  const t = useTranslations("workshop.links");
  const [state, action] = useActionState(createWorkshopLinkAction, IDLE);
  // Around the form: a refusal of the whole form is shown below it.
  const form = useFocusOnError<HTMLDivElement>(state);
  const link = state.status === "success" ? state.data?.link : undefined;
  const label = (hours: string) =>
    Number(hours) >= 24 ? t("days", { days: Number(hours) / 24 }) : t("hours", { hours: Number(hours) });
  return (
    <div ref={form} className="space-y-4">
      <form action={action} className="flex flex-wrap items-end gap-4" noValidate>
        <input type="hidden" name="slug" value={slug} />
        <input type="hidden" name="planId" value={planId} />
        <SelectField
          id="guest-link-hours"
          name="hours"
          label={t("expiry")}
          defaultValue={state.values?.hours ?? "8"}
          error={state.fieldErrors?.hours}
        >
          {HOURS.map((hours) => (
            <option key={hours} value={hours}>
              {label(hours)}
            </option>
          ))}
        </SelectField>
        <SubmitButton pendingLabel={t("creating")}>{t("create")}</SubmitButton>
      </form>
      {state.status === "error" && state.message && <Alert tone="error">{state.message}</Alert>}
      {link && (
        <Alert tone="success" className="space-y-2">
          <p>{state.message}</p>
          <CopyableLink id="guest-link" label={t("linkLabel")} link={link} />
        </Alert>
      )}
    </div>
  );
}
