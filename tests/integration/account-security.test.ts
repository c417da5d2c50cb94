import { createHash, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { changePassword, registerWithInstitution } from "@/lib/access/accounts";
import { createInvitation, previewInvitation, registerWithInvitation } from "@/lib/access/invitations";
import { removeMember } from "@/lib/access/members";
import { requireMembership } from "@/lib/access/memberships";
import { applyChange, getPlanWithContent } from "@/lib/access/plan-content";
import { createPlan, getPlan } from "@/lib/access/plans";
import { authenticate } from "@/lib/auth/credentials";
import { MAX_PER_ACCOUNT, MAX_PER_ADDRESS, WINDOW_MS, currentThrottle } from "@/lib/auth/login-throttle";
import { clientAddress } from "@/lib/security/rate-limit";
import { getPrisma } from "@/lib/db/client";
import { TEST_PASSWORD, createInstitutionWithAdmin, createMember, uniqueEmail } from "../support/factories";

const address = () => `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 6)}`;

async function failTimes(email: string, from: string, times: number) {
  for (let i = 0; i < times; i++) {
    expect(await authenticate({ email, password: `wrong guess ${i}` }, from)).toBeNull();
  }
}

async function ageAllFailures(ms: number) {
  const prisma = await getPrisma();
  const rows = await prisma.loginFailure.findMany({ select: { id: true, createdAt: true } });
  for (const row of rows) {
    await prisma.loginFailure.update({
      where: { id: row.id },
      data: { createdAt: new Date(row.createdAt.getTime() - ms) },
    });
  }
}

describe("password rules", () => {
  const registration = (email: string, password: string) =>
    registerWithInstitution({
      name: "Paula Passwort",
      email,
      password,
      institutionName: `Verein ${randomUUID().slice(0, 6)}`,
      institutionType: "ASSOCIATION",
    });

  it("refuses common passwords whatever their case, and creates nothing", async () => {
    const prisma = await getPrisma();
    const before = await prisma.user.count();
    // The list's words with other numbers or marks after them ("passwort12", "sommer2026!") too.
    for (const password of [
      "password123",
      "PassWord123",
      "Passwort123",
      " qwertzuiop ",
      "1234567890",
      "passwort12",
      "Sommer2026!",
    ]) {
      await expect(registration(uniqueEmail("common"), password)).rejects.toMatchObject({
        issues: [expect.objectContaining({ message: "passwordTooCommon", path: ["password"] })],
      });
    }
    expect(await prisma.user.count()).toBe(before);
  });

  it("refuses a password that contains the e-mail address's name", async () => {
    await expect(registration("paula.probe@example.org", "Paula.Probe-2027!")).rejects.toMatchObject({
      issues: [expect.objectContaining({ message: "passwordContainsEmail", path: ["password"] })],
    });
    await expect(registration(uniqueEmail("fine"), "ein langer Satz aus Wörtern")).resolves.toBeTruthy();
  });

  it("applies the same rules to invited people and to a new password", async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    const { token } = await createInvitation(admin, institution.slug, { role: "EDITOR" });
    await expect(
      registerWithInvitation(token, { name: "Ina", email: uniqueEmail("ina"), password: "iloveyou12" }),
    ).rejects.toMatchObject({ issues: [expect.objectContaining({ message: "passwordTooCommon" })] });
    expect(await previewInvitation(token, null)).toBeTruthy();

    const local = admin.email.split("@")[0]!;
    await expect(
      changePassword(admin, { currentPassword: TEST_PASSWORD, newPassword: `mein ${local} passwort` }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", messageKey: "passwordContainsEmail" });
    await expect(
      changePassword(admin, { currentPassword: TEST_PASSWORD, newPassword: "QWERTYUIOP" }),
    ).rejects.toMatchObject({ issues: [expect.objectContaining({ message: "passwordTooCommon" })] });
    expect(await authenticate({ email: admin.email, password: TEST_PASSWORD }, address())).not.toBeNull();
  });
});

describe("login throttling", () => {
  it(`after ${MAX_PER_ACCOUNT} failures an account is refused from any address, even with the right password`, async () => {
    const { admin } = await createInstitutionWithAdmin();
    const from = address();
    await failTimes(admin.email, from, MAX_PER_ACCOUNT);

    expect(await authenticate({ email: admin.email, password: TEST_PASSWORD }, from)).toBeNull();
    expect(await authenticate({ email: admin.email, password: TEST_PASSWORD }, address())).toBeNull();
    const throttle = await currentThrottle(admin.email.toUpperCase(), address());
    expect(throttle?.retryAfterMs).toBeGreaterThan(0);
    expect(throttle?.retryAfterMs).toBeLessThanOrEqual(WINDOW_MS);

    // Refused attempts are not counted: once the failures age out, the right password works.
    await ageAllFailures(WINDOW_MS);
    expect(await currentThrottle(admin.email, from)).toBeNull();
    expect(await authenticate({ email: admin.email, password: TEST_PASSWORD }, from)).not.toBeNull();
  });

  it("a successful sign-in clears the account's failures", async () => {
    const { admin } = await createInstitutionWithAdmin();
    const from = address();
    await failTimes(admin.email, from, MAX_PER_ACCOUNT - 1);
    expect(await authenticate({ email: admin.email, password: TEST_PASSWORD }, from)).not.toBeNull();
    await failTimes(admin.email, from, MAX_PER_ACCOUNT - 1);
    expect(await authenticate({ email: admin.email, password: TEST_PASSWORD }, from)).not.toBeNull();
  });

  it("one address guessing across many accounts is refused, other addresses are not", async () => {
    const { admin } = await createInstitutionWithAdmin();
    const from = address();
    for (let i = 0; i < MAX_PER_ADDRESS; i++) await failTimes(uniqueEmail("spray"), from, 1);
    expect(await currentThrottle(admin.email, from)).not.toBeNull();
    expect(await authenticate({ email: admin.email, password: TEST_PASSWORD }, from)).toBeNull();
    expect(await authenticate({ email: admin.email, password: TEST_PASSWORD }, address())).not.toBeNull();
  });

  it("parallel guesses cannot get past the limit", async () => {
    const { admin } = await createInstitutionWithAdmin();
    const from = address();
    await Promise.all(
      Array.from({ length: 3 * MAX_PER_ACCOUNT }, (_, i) =>
        authenticate({ email: admin.email, password: `parallel guess ${i}` }, from),
      ),
    );
    const prisma = await getPrisma();
    const accountKey = createHash("sha256").update(`account:${admin.email}`).digest("hex");
    expect(await prisma.loginFailure.count({ where: { accountKey } })).toBeLessThanOrEqual(MAX_PER_ACCOUNT);
  });

  it("stores neither e-mail addresses nor client addresses in the clear", async () => {
    const email = uniqueEmail("private");
    await failTimes(email, "198.51.100.7", 1);
    const prisma = await getPrisma();
    const rows = await prisma.loginFailure.findMany();
    expect(JSON.stringify(rows)).not.toContain(email);
    expect(JSON.stringify(rows)).not.toContain("198.51.100.7");
  });

  it("takes the client address the nearest proxy saw", () => {
    const headers = (value?: string) => new Headers(value ? { "x-forwarded-for": value } : {});
    expect(clientAddress(headers("10.0.0.1, 192.0.2.44"))).toBe("192.0.2.44");
    expect(clientAddress(headers("192.0.2.44"))).toBe("192.0.2.44");
    expect(clientAddress(headers())).toBe("unknown");
  });
});

describe("removal from an institution", () => {
  it("takes effect on the next request for that institution and leaves the others alone", async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    const other = await createInstitutionWithAdmin();
    const editor = await createMember(institution.id, "EDITOR");
    const prisma = await getPrisma();
    await prisma.membership.create({
      data: { userId: editor.userId, institutionId: other.institution.id, role: "EDITOR" },
    });
    const plan = await createPlan(admin, institution.slug, "Gemeinsamer Plan");
    const otherPlan = await createPlan(other.admin, other.institution.slug, "Anderer Plan");
    const { content } = await getPlanWithContent(editor, plan.id);
    const versionBefore = (await prisma.user.findUniqueOrThrow({ where: { id: editor.userId } }))
      .sessionVersion;

    const membership = await prisma.membership.findFirstOrThrow({
      where: { userId: editor.userId, institutionId: institution.id },
    });
    await removeMember(admin, institution.slug, membership.id);

    // Every read and write checks membership in the database: the same session is now a stranger.
    await expect(requireMembership(editor, institution.slug, "VIEW_PLAN")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(getPlan(editor, plan.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      applyChange(editor, plan.id, {
        op: "set",
        key: "start.mission",
        value: "Nach dem Entfernen",
        baseRevision: content.revisions["start.mission"] ?? 0,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await prisma.planValue.count({ where: { planId: plan.id, key: "start.mission" } })).toBe(0);

    // Still signed in, and still a member elsewhere.
    expect((await getPlan(editor, otherPlan.id)).plan.title).toBe("Anderer Plan");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: editor.userId } })).sessionVersion).toBe(
      versionBefore,
    );
  });
});
