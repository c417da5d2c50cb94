import { InstitutionType } from "@/lib/db/generated/enums";

export const INSTITUTION_TYPES = Object.values(InstitutionType);

/** The longest institution name: the registration and settings forms stop typing there too. */
export const INSTITUTION_NAME_MAX = 160;
