"use client";

import { useTranslations } from "next-intl";

/** Why the last workshop request was refused, in words. */
export function WorkshopError({ error }: { error: string | null }) {
  const t = useTranslations("workshopTools.errors");
  if (!error) return null;
  return (
    <p role="alert" className="text-sm text-red-800">
      {t.has(error) ? t(error) : t("failed")}
    </p>
  );
}
