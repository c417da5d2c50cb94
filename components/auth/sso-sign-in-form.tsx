"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ssoSignInAction } from "@/app/(public)/auth-actions";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";

/** "Sign in with <provider>": shown only where single sign-on is configured. */
export function SsoSignInForm({ providerName, returnTo }: { providerName: string; returnTo?: string }) {
  const t = useTranslations("sso");
  const [state, action] = useActionState(ssoSignInAction, IDLE);
  return (
    <form action={action} className="space-y-3">
      {state.status === "error" && state.message && <Alert tone="error">{state.message}</Alert>}
      {returnTo && <input type="hidden" name="returnTo" value={returnTo} />}
      <SubmitButton variant="secondary" className="w-full" pendingLabel={t("redirecting")}>
        {t("signInWith", { provider: providerName })}
      </SubmitButton>
    </form>
  );
}
