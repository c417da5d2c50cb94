"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { changeRoleAction, removeMemberAction } from "@/app/(app)/institutions/[slug]/members/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { RoleOptions } from "./role-options";

interface MemberRowProps {
  slug: string;
  membershipId: string;
  name: string;
  email: string;
  role: string;
  isSelf: boolean;
}

export function MemberRow({ slug, membershipId, name, email, role, isSelf }: MemberRowProps) {
  const t = useTranslations("members");
  const [roleState, roleAction] = useActionState(changeRoleAction, IDLE);
  const selectId = `role-${membershipId}`;
  // A role picked but not saved yet says so. Saving, or a refusal, resets the form to the row's
  // role (React resets a form after its action): then nothing picked is left.
  const [picked, setPicked] = useState<{ over: string; after: typeof roleState; value: string } | null>(null);
  const unsaved =
    picked !== null && picked.over === role && picked.after === roleState && picked.value !== role;
  const message = roleState.message;
  const failed = roleState.status === "error";
  return (
    <li className="flex flex-wrap items-center gap-3 px-6 py-4">
      <div className="min-w-48 flex-1">
        <p className="font-medium">
          {name} {isSelf && <span className="text-sm font-normal text-slate-600">({t("you")})</span>}
        </p>
        <p className="text-sm text-slate-600">{email}</p>
        {message && (
          <p
            role={failed ? "alert" : "status"}
            className={failed ? "text-sm text-red-700" : "text-sm text-emerald-800"}
          >
            {message}
          </p>
        )}
      </div>
      <form action={roleAction} className="flex items-center gap-2">
        <input type="hidden" name="slug" value={slug} />
        <input type="hidden" name="membershipId" value={membershipId} />
        <label htmlFor={selectId} className="sr-only">
          {t("roleOf", { name })}
        </label>
        {/* Keyed by the saved role: React resets the form after saving, which would otherwise show
            the role from before the change. */}
        <select
          key={role}
          id={selectId}
          name="role"
          defaultValue={role}
          onChange={(event) => setPicked({ over: role, after: roleState, value: event.target.value })}
          aria-describedby={unsaved ? `${selectId}-unsaved` : undefined}
          className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
        >
          <RoleOptions />
        </select>
        <SubmitButton
          size="sm"
          variant="secondary"
          pendingLabel={t("saving")}
          aria-label={`${t("saveRole")}: ${name}`}
        >
          {t("saveRole")}
        </SubmitButton>
        {unsaved && (
          <span id={`${selectId}-unsaved`} className="text-sm text-amber-800">
            {t("roleUnsaved")}
          </span>
        )}
      </form>
      <ConfirmDialog
        trigger={
          <Button size="sm" variant="ghostDanger" aria-label={isSelf ? undefined : `${t("remove")}: ${name}`}>
            {isSelf ? t("leave") : t("remove")}
          </Button>
        }
        title={isSelf ? t("confirmLeaveTitle") : t("confirmRemoveTitle", { name })}
        description={isSelf ? t("confirmLeave") : t("confirmRemove")}
        confirmLabel={isSelf ? t("leave") : t("remove")}
        pendingLabel={t("removing")}
        action={removeMemberAction}
        fields={{ slug, membershipId }}
      />
    </li>
  );
}
