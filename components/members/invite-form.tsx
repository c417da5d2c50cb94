"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { inviteAction } from "@/app/(app)/institutions/[slug]/members/actions";
import { Alert } from "@/components/ui/alert";
import { CopyableLink } from "@/components/ui/copyable-link";
import { InputField, SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import type { Role } from "@/lib/db/generated/enums";
import { RoleOptions } from "./role-options";
import { useFocusOnError } from "@/components/ui/use-focus-on-error";

/** `roles`: what this person may invite others as (editors: no admins, no approvers). */
export function InviteForm({ slug, roles }: { slug: string; roles: readonly Role[] }) {
  const t = useTranslations("members");
  const [state, action] = useActionState(inviteAction, IDLE);
  // Around the form: a refusal of the whole form is shown below it.
  const form = useFocusOnError<HTMLDivElement>(state);
  const link = state.status === "success" ? state.data?.link : undefined;
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <div ref={form} className="space-y-4">
      <form action={action} className="grid gap-4 sm:grid-cols-3 sm:items-start" noValidate>
        <input type="hidden" name="slug" value={slug} />
        <SelectField
          id="invite-role"
          name="role"
          label={t("inviteRole")}
          defaultValue={v.role ?? "EDITOR"}
          error={e.role}
        >
          <RoleOptions roles={roles} />
        </SelectField>
        <InputField
          id="invite-email"
          name="email"
          type="email"
          label={t("inviteEmail")}
          hint={t("inviteEmailHint")}
          defaultValue={v.email}
          error={e.email}
        />
        <InputField
          id="invite-days"
          name="days"
          type="number"
          min={1}
          max={30}
          label={t("inviteDays")}
          defaultValue={v.days ?? "7"}
          error={e.days}
        />
        <div className="sm:col-span-3">
          <SubmitButton pendingLabel={t("creatingLink")}>{t("createLink")}</SubmitButton>
        </div>
      </form>
      {state.status === "error" && state.message && <Alert tone="error">{state.message}</Alert>}
      {link && (
        <Alert tone="success" className="space-y-2">
          <p>{state.message}</p>
          <CopyableLink id="invite-link" label={t("linkLabel")} link={link} />
          <p className="text-xs">{t("linkOnce")}</p>
        </Alert>
      )}
    </div>
  );
}
