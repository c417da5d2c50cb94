import { useTranslations } from "next-intl";
import { ROLES } from "@/lib/access/roles";

export function RoleOptions() {
  const t = useTranslations("role");
  return ROLES.map((role) => (
    <option key={role} value={role}>
      {t(role)}
    </option>
  ));
}
