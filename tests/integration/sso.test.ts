import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/credentials";
import { deleteAccount } from "@/lib/access/account-deletion";
import { changePassword, hasPassword } from "@/lib/access/accounts";
import { listAuditEvents } from "@/lib/access/audit";
import { createInvitation } from "@/lib/access/invitations";
import { removeMember } from "@/lib/access/members";
import { listSsoDomains, setSsoDomains } from "@/lib/access/sso-domains";
import { signInWithOidc } from "@/lib/auth/oidc-sign-in";
import { getPrisma } from "@/lib/db/client";
import { TEST_PASSWORD, createInstitutionWithAdmin, createMember } from "../support/factories";

/** A domain of its own per test, so tests never see each other's declarations. */
const uniqueDomain = () => `sso-${randomUUID().slice(0, 8)}.example`;
const claimsFor = (email: string, extra: Record<string, unknown> = {}) => ({
  sub: `sub-${randomUUID()}`,
  email,
  email_verified: true,
  name: "Sina Sonne",
  ...extra,
});

async function membershipsOf(userId: string) {
  const prisma = await getPrisma();
  return prisma.membership.findMany({
    where: { userId },
    select: { role: true, institutionId: true, id: true },
  });
}

async function signedIn(claims: unknown) {
  const result = await signInWithOidc(claims);
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.user;
}

describe("single sign-on: who joins which institution", () => {
  it("a person whose e-mail domain an institution declared joins it as a viewer, audited", async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    const domain = uniqueDomain();
    await setSsoDomains(admin, institution.slug, [domain.toUpperCase()]);
    expect(await listSsoDomains(admin, institution.slug)).toEqual([domain]);

    const user = await signedIn(claimsFor(`Sina@${domain.toUpperCase()}`));
    expect(user.email).toBe(`sina@${domain}`);
    expect(await membershipsOf(user.id)).toEqual([
      expect.objectContaining({ institutionId: institution.id, role: "VIEWER" }),
    ]);
    const audit = await listAuditEvents(admin, institution.slug, {});
    expect(audit.events).toContainEqual(
      expect.objectContaining({
        action: "member.joined_sso",
        details: { role: "VIEWER", via: "domain", domain },
      }),
    );
  });

  it("the next sign-in finds the same account, and an admin's removal sticks", async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    const domain = uniqueDomain();
    await setSsoDomains(admin, institution.slug, [domain]);
    const claims = claimsFor(`kai@${domain}`);
    const first = await signedIn(claims);
    const [membership] = await membershipsOf(first.id);
    await removeMember(admin, institution.slug, membership!.id);

    const again = await signedIn(claims);
    expect(again.id).toBe(first.id);
    expect(await membershipsOf(first.id)).toEqual([]);
  });

  it("an open invitation for the address is accepted with its role", async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    const email = `ina-${randomUUID().slice(0, 6)}@elsewhere.example`;
    await createInvitation(admin, institution.slug, { role: "EDITOR", email });
    const claims = claimsFor(email);
    const user = await signedIn(claims);
    expect(await membershipsOf(user.id)).toEqual([
      expect.objectContaining({ institutionId: institution.id, role: "EDITOR" }),
    ]);
    const prisma = await getPrisma();
    expect(await prisma.invitation.count({ where: { email, acceptedAt: null } })).toBe(0);

    // Another invitation to the same institution is not used up by a member's next sign-on, nor
    // does it change their role or claim in the audit log that they joined again. (Wegweiser makes
    // none for a member's address any more; one made out earlier can still be open.)
    await expect(createInvitation(admin, institution.slug, { role: "VIEWER", email })).rejects.toMatchObject({
      messageKey: "inviteeIsMember",
    });
    await prisma.invitation.create({
      data: {
        institutionId: institution.id,
        role: "VIEWER",
        email,
        tokenHash: randomUUID().replaceAll("-", "").repeat(2),
        expiresAt: new Date(Date.now() + 86_400_000),
        createdById: admin.userId,
      },
    });
    await signedIn(claims);
    expect(await membershipsOf(user.id)).toEqual([expect.objectContaining({ role: "EDITOR" })]);
    expect(await prisma.invitation.count({ where: { email, acceptedAt: null } })).toBe(1);
    expect(
      await prisma.auditEvent.count({
        where: { institutionId: institution.id, action: "member.joined_sso" },
      }),
    ).toBe(1);
  });

  it("someone with neither an invitation nor a declared domain gets an account without institution", async () => {
    const user = await signedIn(claimsFor(`lone-${randomUUID().slice(0, 6)}@nobody.example`));
    expect(await membershipsOf(user.id)).toEqual([]);
    // An account made by single sign-on has no password, so no password opens it.
    expect(await hasPassword({ userId: user.id })).toBe(false);
    expect(await authenticate({ email: user.email, password: TEST_PASSWORD })).toBeNull();
    await expect(
      changePassword({ userId: user.id }, { currentPassword: "anything", newPassword: "ein neues Passwort" }),
    ).rejects.toMatchObject({ messageKey: "noPasswordSso" });
  });

  it("an account without a password is deleted by typing its e-mail address, not by any password", async () => {
    const user = await signedIn(claimsFor(`leaving-${randomUUID().slice(0, 6)}@nobody.example`));
    const prisma = await getPrisma();
    await expect(deleteAccount({ userId: user.id }, { password: TEST_PASSWORD })).rejects.toMatchObject({
      messageKey: "wrongEmailForDeletion",
    });
    await expect(
      deleteAccount({ userId: user.id }, { confirmEmail: "someone-else@nobody.example" }),
    ).rejects.toMatchObject({ messageKey: "wrongEmailForDeletion" });
    expect(await prisma.user.count({ where: { id: user.id } })).toBe(1);
    await deleteAccount({ userId: user.id }, { confirmEmail: ` ${user.email.toUpperCase()} ` });
    expect(await prisma.user.count({ where: { id: user.id } })).toBe(0);
  });

  it("an address the provider marks as unverified is refused and nothing is created", async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    const domain = uniqueDomain();
    await setSsoDomains(admin, institution.slug, [domain]);
    const email = `mallory@${domain}`;
    expect(await signInWithOidc(claimsFor(email, { email_verified: false }))).toEqual({
      ok: false,
      reason: "unverifiedEmail",
    });
    expect(await signInWithOidc(claimsFor(email, { email_verified: "false" }))).toMatchObject({ ok: false });
    expect(await signInWithOidc({ sub: "x", email: "not an address" })).toEqual({
      ok: false,
      reason: "invalidProfile",
    });
    const prisma = await getPrisma();
    expect(await prisma.user.count({ where: { email } })).toBe(0);
  });

  it("links an existing password account only when the provider says the address is verified", async () => {
    const { institution } = await createInstitutionWithAdmin();
    const member = await createMember(institution.id, "EDITOR");
    expect(await signInWithOidc(claimsFor(member.email, { email_verified: undefined }))).toEqual({
      ok: false,
      reason: "linkNeedsVerifiedEmail",
    });
    const linked = await signedIn(claimsFor(member.email));
    expect(linked.id).toBe(member.userId);
    expect(await membershipsOf(member.userId)).toEqual([
      expect.objectContaining({ institutionId: institution.id, role: "EDITOR" }),
    ]);
    // The password still works: linking adds a way in, it takes none away.
    expect(await hasPassword(member)).toBe(true);
    expect(await authenticate({ email: member.email, password: TEST_PASSWORD })).toMatchObject({
      id: member.userId,
    });
    // A second identity at the provider claiming the same address cannot take the account over.
    expect(await signInWithOidc(claimsFor(member.email))).toEqual({ ok: false, reason: "otherIdentity" });
  });

  it("an existing member keeps their role when the domain would make them a viewer", async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    const domain = uniqueDomain();
    await setSsoDomains(admin, institution.slug, [domain]);
    const prisma = await getPrisma();
    const user = await prisma.user.create({
      data: {
        email: `boss@${domain}`,
        name: "Boss",
        memberships: { create: { institutionId: institution.id, role: "APPROVER" } },
      },
    });
    await signedIn(claimsFor(user.email));
    expect(await membershipsOf(user.id)).toEqual([expect.objectContaining({ role: "APPROVER" })]);
  });
});

describe("single sign-on: declaring domains", () => {
  it("refuses what is not a domain, public mail providers, and a domain another institution holds", async () => {
    const first = await createInstitutionWithAdmin();
    const second = await createInstitutionWithAdmin();
    const domain = uniqueDomain();
    await setSsoDomains(first.admin, first.institution.slug, [domain]);

    for (const bad of [
      "@beispiel.de",
      "https://beispiel.de",
      "*.beispiel.de",
      "beispiel",
      "-a.de",
      "gmail.com",
    ]) {
      await expect(setSsoDomains(second.admin, second.institution.slug, [bad])).rejects.toThrow();
    }
    await expect(setSsoDomains(second.admin, second.institution.slug, [domain])).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "ssoDomainTaken",
    });
    expect(await listSsoDomains(second.admin, second.institution.slug)).toEqual([]);
    expect(await listSsoDomains(first.admin, first.institution.slug)).toEqual([domain]);
  });

  it("only admins of the institution may see or change its domains; others get not found", async () => {
    const { institution } = await createInstitutionWithAdmin();
    const editor = await createMember(institution.id, "EDITOR");
    const outsider = await createInstitutionWithAdmin();
    await expect(setSsoDomains(editor, institution.slug, [uniqueDomain()])).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(listSsoDomains(outsider.admin, institution.slug)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(setSsoDomains(outsider.admin, institution.slug, [uniqueDomain()])).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("replacing the list removes what is no longer named, and the change is audited", async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    const [a, b, c] = [uniqueDomain(), uniqueDomain(), uniqueDomain()];
    await setSsoDomains(admin, institution.slug, [a, b]);
    await setSsoDomains(admin, institution.slug, [b, c, c]);
    expect(await listSsoDomains(admin, institution.slug)).toEqual([b, c].sort());
    await setSsoDomains(admin, institution.slug, []);
    expect(await listSsoDomains(admin, institution.slug)).toEqual([]);
    const audit = await listAuditEvents(admin, institution.slug, { action: "sso.domains_changed" });
    expect(audit.events).toHaveLength(3);
  });
});
