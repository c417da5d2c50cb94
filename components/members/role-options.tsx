import { useTranslations } from "next-intl";
import { ROLES } from "@/lib/access/roles";
import type { Role } from "@/lib/db/generated/enums";

export function RoleOptions({ roles = ROLES }: { roles?: readonly Role[] }) {
  const t = useTranslations("role");
  return roles.map((role) => (
    <option key={role} value={role}>
      {t(role)}
    </option>
  ));
}
