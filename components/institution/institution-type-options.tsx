"use client";

import { useTranslations } from "next-intl";
import { INSTITUTION_TYPES } from "@/lib/institution-types";

/** The kinds of institution to choose from, by name, for registration and the settings. */
export function InstitutionTypeOptions() {
  const tType = useTranslations("institutionType");
  return INSTITUTION_TYPES.map((type) => (
    <option key={type} value={type}>
      {tType(type)}
    </option>
  ));
}
