import type { Role } from "@/lib/db/generated/enums";
import { ROLES } from "./roles";

const EVERYONE = ["ADMIN", "EDITOR", "APPROVER", "CONSULTANT", "VIEWER"] as const satisfies readonly Role[];

/** Who may do what inside an institution. The one place roles are interpreted. */
export const PERMISSIONS = {
  VIEW_INSTITUTION: EVERYONE,
  VIEW_PLAN: EVERYONE,
  COMMENT_PLAN: EVERYONE,
  CREATE_PLAN: ["ADMIN", "EDITOR", "CONSULTANT"],
  EDIT_PLAN: ["ADMIN", "EDITOR", "CONSULTANT"],
  DELETE_PLAN: ["ADMIN", "EDITOR"],
  // A plan the leadership approved, or one waiting for its decision: deleting it erases that record
  // (versions, decisions, submissions go with it), which is not every editor's call.
  DELETE_DECIDED_PLAN: ["ADMIN"],
  SUBMIT_PLAN: ["ADMIN", "EDITOR"],
  APPROVE_PLAN: ["APPROVER"],
  // A share link lets people outside read the plan: decided by those who answer for its content.
  SHARE_PLAN: ["ADMIN", "EDITOR", "APPROVER"],
  // Guest links and which steps guests may edit: for those who may edit the plan themselves.
  RUN_WORKSHOP: ["ADMIN", "EDITOR", "CONSULTANT"],
  RECORD_CHECKIN: ["ADMIN", "EDITOR", "CONSULTANT"],
  // Editors bring in colleagues who work on the plans with them (invitableRoles says as what).
  INVITE_MEMBERS: ["ADMIN", "EDITOR"],
  MANAGE_MEMBERS: ["ADMIN"],
  // The institution's name and type (which decides the questions its plans ask).
  MANAGE_INSTITUTION: ["ADMIN"],
  // All of the institution's data in one file, members' e-mail addresses included.
  EXPORT_INSTITUTION: ["ADMIN"],
  DELETE_INSTITUTION: ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/**
 * The roles someone may invite others to, in the order forms offer them. Who decides on plans and
 * who administers the institution, only admins say: an editor cannot bring in the approver of
 * their own plan.
 */
export function invitableRoles(role: Role): readonly Role[] {
  if (can(role, "MANAGE_MEMBERS")) return ROLES;
  if (can(role, "INVITE_MEMBERS"))
    return ROLES.filter((r) => r === "EDITOR" || r === "CONSULTANT" || r === "VIEWER");
  return [];
}
