import { describe, expect, it } from "vitest";
import { can } from "@/lib/access/permissions";

describe("role permissions", () => {
  it("lets only approvers approve, never consultants", () => {
    expect(can("APPROVER", "APPROVE_PLAN")).toBe(true);
    expect(can("CONSULTANT", "APPROVE_PLAN")).toBe(false);
    expect(can("ADMIN", "APPROVE_PLAN")).toBe(false);
  });

  it("lets editors, consultants and admins edit but not viewers or approvers", () => {
    expect(["ADMIN", "EDITOR", "CONSULTANT"].every((r) => can(r as never, "EDIT_PLAN"))).toBe(true);
    expect(can("VIEWER", "EDIT_PLAN")).toBe(false);
    expect(can("APPROVER", "EDIT_PLAN")).toBe(false);
  });

  it("lets only admins manage members", () => {
    expect(can("ADMIN", "MANAGE_MEMBERS")).toBe(true);
    for (const role of ["EDITOR", "APPROVER", "CONSULTANT", "VIEWER"] as const) {
      expect(can(role, "MANAGE_MEMBERS")).toBe(false);
    }
  });

  it("lets only admins change, export or delete the institution", () => {
    for (const permission of ["MANAGE_INSTITUTION", "EXPORT_INSTITUTION", "DELETE_INSTITUTION"] as const) {
      expect(can("ADMIN", permission)).toBe(true);
      for (const role of ["EDITOR", "APPROVER", "CONSULTANT", "VIEWER"] as const) {
        expect(can(role, permission)).toBe(false);
      }
    }
  });

  it("lets everyone read and comment", () => {
    for (const role of ["ADMIN", "EDITOR", "APPROVER", "CONSULTANT", "VIEWER"] as const) {
      expect(can(role, "VIEW_PLAN")).toBe(true);
      expect(can(role, "COMMENT_PLAN")).toBe(true);
    }
  });
});
