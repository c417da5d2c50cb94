import { InstitutionType } from "@/lib/db/generated/enums";

export const INSTITUTION_TYPES = Object.values(InstitutionType);
