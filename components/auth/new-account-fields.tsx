"use client";

import { useTranslations } from "next-intl";
import { InputField } from "@/components/ui/field";

interface NewAccountFieldsProps {
  values: Record<string, string>;
  errors: Record<string, string>;
  /** An invitation bound to one address: shown, but not editable. */
  fixedEmail?: string | null;
}

/** Name, e-mail and password of a new account, for registration with or without an invitation. */
export function NewAccountFields({ values, errors, fixedEmail }: NewAccountFieldsProps) {
  const t = useTranslations("register");
  const tAuth = useTranslations("auth");
  const tInvite = useTranslations("invitation");
  return (
    <>
      <InputField
        id="name"
        name="name"
        autoComplete="name"
        required
        label={t("name")}
        defaultValue={values.name}
        error={errors.name}
      />
      <InputField
        id="email"
        name="email"
        type="email"
        autoComplete="email"
        required
        readOnly={Boolean(fixedEmail)}
        label={tAuth("email")}
        defaultValue={fixedEmail ?? values.email}
        error={errors.email}
        hint={fixedEmail ? tInvite("emailFixed") : undefined}
      />
      <InputField
        id="password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        label={tAuth("password")}
        // Returned values mean the form was refused; passwords never come back with them.
        hint={Object.keys(values).length > 0 && !errors.password ? t("passwordAgain") : t("passwordHint")}
        error={errors.password}
      />
    </>
  );
}
