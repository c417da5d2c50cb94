"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { acceptInvitationAction } from "@/app/(public)/invite/[token]/actions";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";

export function AcceptInvitationForm({ token, signedInAs }: { token: string; signedInAs: string }) {
  const t = useTranslations("invitation");
  const [state, action] = useActionState(acceptInvitationAction, IDLE);
  return (
    <form action={action} className="space-y-4">
      {state.status === "error" && state.message && <Alert tone="error">{state.message}</Alert>}
      <p className="text-sm text-slate-700">{t("signedInAs", { email: signedInAs })}</p>
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingLabel={t("accepting")}>{t("accept")}</SubmitButton>
    </form>
  );
}
