import { Role } from "@/lib/db/generated/enums";

/** Every role, in the order they are offered in forms. */
export const ROLES = [Role.EDITOR, Role.APPROVER, Role.CONSULTANT, Role.VIEWER, Role.ADMIN] as const;
