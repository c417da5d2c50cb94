"use client";

import { useTranslations } from "next-intl";
import { InputField } from "@/components/ui/field";

/** The new password of a password change or reset: the same rules, said the same way. */
export function NewPasswordField({ id, error }: { id: string; error?: string }) {
  const t = useTranslations("account");
  return (
    <InputField
      id={id}
      name="newPassword"
      type="password"
      autoComplete="new-password"
      required
      label={t("newPassword")}
      hint={t("passwordHint")}
      error={error}
    />
  );
}
