"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ssoDomainsAction } from "@/app/(app)/institutions/[slug]/members/actions";
import { Alert } from "@/components/ui/alert";
import { InputField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { useFocusOnError } from "@/components/ui/use-focus-on-error";

export function SsoDomainsForm({ slug, domains }: { slug: string; domains: string[] }) {
  const t = useTranslations("sso");
  const [state, action] = useActionState(ssoDomainsAction, IDLE);
  const form = useFocusOnError(state);
  return (
    <form ref={form} action={action} className="space-y-4" noValidate>
      <input type="hidden" name="slug" value={slug} />
      <InputField
        id="sso-domains"
        name="domains"
        label={t("domainsLabel")}
        hint={t("domainsHint")}
        placeholder={t("domainsPlaceholder")}
        defaultValue={state.values?.domains ?? domains.join(", ")}
        error={state.fieldErrors?.domains}
        autoComplete="off"
        spellCheck={false}
      />
      {state.status === "error" && state.message && <Alert tone="error">{state.message}</Alert>}
      {state.status === "success" && state.message && <Alert tone="success">{state.message}</Alert>}
      <SubmitButton pendingLabel={t("savingDomains")}>{t("saveDomains")}</SubmitButton>
    </form>
  );
}
