import { describe, expect, it } from "vitest";
import { changePassword } from "@/lib/access/accounts";
import { listAuditEvents } from "@/lib/access/audit";
import {
  PASSWORD_RESET_TTL_MS,
  createPasswordResetLink,
  previewPasswordReset,
  resetPassword,
} from "@/lib/access/password-reset";
import { authenticate } from "@/lib/auth/credentials";
import { beginLoginAttempt } from "@/lib/auth/login-throttle";
import { getPrisma } from "@/lib/db/client";
import { hashSecret } from "@/lib/security/secrets";
import { TEST_PASSWORD, createInstitutionWithAdmin, createMember } from "../support/factories";

const NEW_PASSWORD = "Lindenblüten im Oktober";

describe("a link to set a new password", () => {
  it("sets it once: the old password stops working, every session ends, the institution's log says so", async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    const editor = await createMember(institution.id, "EDITOR");
    const prisma = await getPrisma();
    const versionBefore = (await prisma.user.findUniqueOrThrow({ where: { id: editor.userId } }))
      .sessionVersion;

    const { token, expiresAt } = await createPasswordResetLink(` ${editor.email.toUpperCase()} `);
    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(PASSWORD_RESET_TTL_MS - 60_000);
    // Only the hash is stored, never the secret itself.
    expect(await prisma.passwordReset.count({ where: { tokenHash: token } })).toBe(0);
    expect(await prisma.passwordReset.count({ where: { tokenHash: hashSecret(token) } })).toBe(1);
    expect(await previewPasswordReset(token)).toEqual({ email: editor.email });

    await resetPassword({ token, newPassword: NEW_PASSWORD });

    expect(await authenticate({ email: editor.email, password: TEST_PASSWORD })).toBeNull();
    expect(await authenticate({ email: editor.email, password: NEW_PASSWORD })).toMatchObject({
      id: editor.userId,
    });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: editor.userId } })).sessionVersion).toBe(
      versionBefore + 1,
    );
    const { events } = await listAuditEvents(admin, institution.slug, { action: "account.password_reset" });
    expect(events).toEqual([expect.objectContaining({ actorName: expect.stringContaining(editor.email) })]);
    // Spent: neither the page nor a second use accepts it.
    await expect(previewPasswordReset(token)).rejects.toMatchObject({ messageKey: "passwordResetUnusable" });
    await expect(resetPassword({ token, newPassword: "noch ein anderes Passwort" })).rejects.toMatchObject({
      messageKey: "passwordResetUnusable",
    });
    expect(await authenticate({ email: editor.email, password: NEW_PASSWORD })).not.toBeNull();
  });

  it("expires after a day, and a newer link voids the older one", async () => {
    const { institution } = await createInstitutionWithAdmin();
    const editor = await createMember(institution.id, "EDITOR");
    const dayAgo = new Date(Date.now() - PASSWORD_RESET_TTL_MS - 1000);
    const expired = await createPasswordResetLink(editor.email, dayAgo);
    await expect(previewPasswordReset(expired.token)).rejects.toMatchObject({ code: "GONE" });

    const first = await createPasswordResetLink(editor.email);
    const second = await createPasswordResetLink(editor.email);
    await expect(resetPassword({ token: first.token, newPassword: NEW_PASSWORD })).rejects.toMatchObject({
      messageKey: "passwordResetUnusable",
    });
    await resetPassword({ token: second.token, newPassword: NEW_PASSWORD });
    expect(await authenticate({ email: editor.email, password: NEW_PASSWORD })).not.toBeNull();
    // Spent links do not pile up: the next link clears them away and is the only one left.
    await createPasswordResetLink(editor.email);
    const prisma = await getPrisma();
    expect(await prisma.passwordReset.count({ where: { userId: editor.userId } })).toBe(1);
  });

  it("sets one password when used twice at the same moment", async () => {
    const { institution } = await createInstitutionWithAdmin();
    const editor = await createMember(institution.id, "EDITOR");
    const { token } = await createPasswordResetLink(editor.email);
    const results = await Promise.allSettled([
      resetPassword({ token, newPassword: "erstes neues Passwort" }),
      resetPassword({ token, newPassword: "zweites neues Passwort" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const winner = results[0]!.status === "fulfilled" ? "erstes neues Passwort" : "zweites neues Passwort";
    expect(await authenticate({ email: editor.email, password: winner })).not.toBeNull();
  });

  it("is voided when the person changes their password themselves", async () => {
    const { institution } = await createInstitutionWithAdmin();
    const editor = await createMember(institution.id, "EDITOR");
    const { token } = await createPasswordResetLink(editor.email);
    await changePassword(editor, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD });
    await expect(previewPasswordReset(token)).rejects.toMatchObject({ messageKey: "passwordResetUnusable" });
  });

  it("refuses a weak new password and changes nothing", async () => {
    const { institution } = await createInstitutionWithAdmin();
    const editor = await createMember(institution.id, "EDITOR");
    const { token } = await createPasswordResetLink(editor.email);
    await expect(resetPassword({ token, newPassword: "kurz" })).rejects.toThrow();
    await expect(
      resetPassword({ token, newPassword: `${editor.email.split("@")[0]} und mehr` }),
    ).rejects.toMatchObject({ messageKey: "passwordContainsEmail" });
    // The link still works, and the old password too.
    expect(await previewPasswordReset(token)).toEqual({ email: editor.email });
    expect(await authenticate({ email: editor.email, password: TEST_PASSWORD })).not.toBeNull();
  });

  it("lets the person in at once, even after failed guesses at the old password", async () => {
    const { institution } = await createInstitutionWithAdmin();
    const editor = await createMember(institution.id, "EDITOR");
    for (let attempt = 0; attempt < 6; attempt++) await beginLoginAttempt(editor.email, "198.51.100.9");
    const { token } = await createPasswordResetLink(editor.email);
    await resetPassword({ token, newPassword: NEW_PASSWORD });
    expect(await authenticate({ email: editor.email, password: NEW_PASSWORD }, "198.51.100.9")).toMatchObject(
      {
        id: editor.userId,
      },
    );
  });

  it("is not made for unknown addresses or single sign-on accounts, and unknown links are not found", async () => {
    await expect(createPasswordResetLink("niemand@test.example")).rejects.toMatchObject({
      messageKey: "passwordResetNoAccount",
    });
    const prisma = await getPrisma();
    const sso = await prisma.user.create({
      data: { email: "sso-only@test.example", name: "Nur SSO", passwordHash: null },
    });
    await expect(createPasswordResetLink(sso.email)).rejects.toMatchObject({
      messageKey: "passwordResetSso",
    });
    await expect(previewPasswordReset("x".repeat(43))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(previewPasswordReset("../../etc")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
