import { counsellingCentre } from "./counselling-centre";
import { municipality } from "./municipality";
import { publicAuthority } from "./public-authority";
import type { StrategyTemplate } from "./shared";
import { welfareOrganisation } from "./welfare-organisation";
import { youthWelfare } from "./youth-welfare";

export type { StrategyTemplate, TemplateContent, TemplateItem, TemplateKey, TemplateLocale } from "./shared";

export const TEMPLATES: readonly StrategyTemplate[] = [
  { key: "youthWelfare", institutionTypes: ["YOUTH_WELFARE"], content: youthWelfare },
  {
    key: "welfareOrganisation",
    institutionTypes: ["WELFARE_ORGANISATION", "ASSOCIATION"],
    content: welfareOrganisation,
  },
  { key: "counsellingCentre", institutionTypes: ["COUNSELLING_CENTRE"], content: counsellingCentre },
  { key: "municipality", institutionTypes: ["MUNICIPALITY"], content: municipality },
  { key: "publicAuthority", institutionTypes: ["MINISTRY", "AGENCY"], content: publicAuthority },
];

/** The template offered by default for an institution type (a Prisma InstitutionType value). */
export function templateForInstitutionType(type: string): StrategyTemplate | undefined {
  return TEMPLATES.find((template) => template.institutionTypes.includes(type));
}
