import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import {
  ZRegistration,
  changeName,
  changePassword,
  registerWithInstitution,
  signOutEverywhere,
} from "@/lib/access/accounts";
import { listAuditEvents } from "@/lib/access/audit";
import { checkLiveSession, openLiveSession } from "@/lib/access/live";
import { listMyInstitutions } from "@/lib/access/memberships";
import { createPlan } from "@/lib/access/plans";
import { endSession } from "@/lib/access/sessions";
import { authenticate } from "@/lib/auth/credentials";
import { getPrisma } from "@/lib/db/client";
import { TEST_PASSWORD, createInstitutionWithAdmin, uniqueEmail } from "../support/factories";

describe("accounts", () => {
  it("registration creates the person and their institution with them as admin", async () => {
    const email = uniqueEmail("Reg");
    const { user, institution } = await registerWithInstitution({
      name: "Rita Register",
      email: `  ${email.toUpperCase()} `,
      password: TEST_PASSWORD,
      institutionName: "Beratungsstelle Lindenhof",
      institutionType: "COUNSELLING_CENTRE",
    });
    expect(user.email).toBe(email.toLowerCase());
    expect(institution.slug).toMatch(/^beratungsstelle-lindenhof/);
    const institutions = await listMyInstitutions({ userId: user.id });
    expect(institutions).toEqual([
      expect.objectContaining({ slug: institution.slug, role: "ADMIN", type: "COUNSELLING_CENTRE" }),
    ]);
    expect(await authenticate({ email, password: TEST_PASSWORD })).toMatchObject({ id: user.id });
  });

  it("gives two institutions with the same name different slugs", async () => {
    const first = await createInstitutionWithAdmin("Caritas Musterstadt");
    const second = await createInstitutionWithAdmin("Caritas Musterstadt");
    expect(first.institution.slug).not.toBe(second.institution.slug);
  });

  it("refuses a second account for the same e-mail and creates nothing", async () => {
    const { admin } = await createInstitutionWithAdmin();
    const prisma = await getPrisma();
    const before = await prisma.institution.count();
    await expect(
      registerWithInstitution({
        name: "Doppelt",
        email: admin.email,
        password: TEST_PASSWORD,
        institutionName: "Zweite Einrichtung",
        institutionType: "ASSOCIATION",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", messageKey: "emailTaken" });
    expect(await prisma.institution.count()).toBe(before);
  });

  it("asks to choose the kind of institution, not to fill in a field", () => {
    const refused = ZRegistration.safeParse({
      name: "Petra",
      email: uniqueEmail("kind"),
      password: TEST_PASSWORD,
      institutionName: "Ohne Art",
      institutionType: "",
    });
    expect(refused.error?.issues).toEqual([
      expect.objectContaining({ path: ["institutionType"], message: "choice" }),
    ]);
  });

  it("rejects wrong passwords and unknown e-mails alike", async () => {
    const { admin } = await createInstitutionWithAdmin();
    expect(await authenticate({ email: admin.email, password: "wrong password" })).toBeNull();
    expect(await authenticate({ email: uniqueEmail(), password: TEST_PASSWORD })).toBeNull();
    expect(await authenticate({ email: "not-an-email", password: TEST_PASSWORD })).toBeNull();
  });

  it("changing the password needs the current one and ends all sessions", async () => {
    const { admin } = await createInstitutionWithAdmin();
    const prisma = await getPrisma();
    const versionBefore = (await prisma.user.findUniqueOrThrow({ where: { id: admin.userId } }))
      .sessionVersion;

    await expect(
      changePassword(admin, { currentPassword: "not my password", newPassword: "a brand new passphrase" }),
    ).rejects.toMatchObject({ messageKey: "wrongPassword" });
    expect(await authenticate({ email: admin.email, password: TEST_PASSWORD })).not.toBeNull();

    await changePassword(admin, { currentPassword: TEST_PASSWORD, newPassword: "a brand new passphrase" });
    expect(await authenticate({ email: admin.email, password: TEST_PASSWORD })).toBeNull();
    expect(await authenticate({ email: admin.email, password: "a brand new passphrase" })).not.toBeNull();
    const versionAfter = (await prisma.user.findUniqueOrThrow({ where: { id: admin.userId } }))
      .sessionVersion;
    expect(versionAfter).toBe(versionBefore + 1);
  });

  it("signing out ends that session's live streams, not the person's other sessions", async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    const plan = await createPlan(admin, institution.slug, "Plan");
    const [hereId, laptopId] = [randomUUID(), randomUUID()];
    const loginAt = Date.now();
    const here = await openLiveSession({ ...admin, sessionId: hereId }, plan.id, "start");
    const laptop = await openLiveSession({ ...admin, sessionId: laptopId }, plan.id, "start");
    expect(await checkLiveSession(here)).toBe(true);

    await endSession({ userId: admin.userId, sessionId: hereId, loginAt });
    // Signing out twice, or out of an account deleted meanwhile, changes nothing and fails nothing.
    await endSession({ userId: admin.userId, sessionId: hereId, loginAt });
    await endSession({ userId: "no-such-user", sessionId: randomUUID(), loginAt });
    expect(await checkLiveSession(here)).toBe(false);
    expect(await checkLiveSession(laptop)).toBe(true);
    // Kept until the session would have ended anyway, twelve hours after signing in.
    const prisma = await getPrisma();
    const row = await prisma.endedSession.findUniqueOrThrow({ where: { id: hereId } });
    expect(row.expiresAt.getTime()).toBe(loginAt + 12 * 60 * 60 * 1000);
  });

  it("a live stream ends with its session, twelve hours after signing in, though it renews no cookie", async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    const plan = await createPlan(admin, institution.slug, "Plan");
    const realNow = Date.now();
    // Signed in eleven hours and fifty-nine minutes ago: the stream opens and goes on for a minute.
    const loginAt = realNow - 12 * 60 * 60 * 1000 + 60_000;
    const stream = await openLiveSession({ ...admin, sessionId: randomUUID(), loginAt }, plan.id, "start");
    expect(await checkLiveSession(stream)).toBe(true);
    const clock = vi.spyOn(Date, "now").mockReturnValue(realNow + 61_000);
    try {
      expect(await checkLiveSession(stream)).toBe(false);
    } finally {
      clock.mockRestore();
    }
  });

  it("a person changes their name; an empty or overlong one is refused and changes nothing", async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    await expect(changeName(admin, { name: "  Anna Neumann " })).resolves.toBe("Anna Neumann");
    const prisma = await getPrisma();
    const stored = async () => (await prisma.user.findUniqueOrThrow({ where: { id: admin.userId } })).name;
    expect(await stored()).toBe("Anna Neumann");
    // The institution's log keeps who was renamed from what, so a borrowed name can be traced.
    const { events } = await listAuditEvents(admin, institution.slug, { action: "account.renamed" });
    expect(events.map((e) => e.details)).toEqual([{ from: "Test Admin", to: "Anna Neumann" }]);
    await expect(changeName(admin, { name: "   " })).rejects.toThrow();
    await expect(changeName(admin, { name: "x".repeat(121) })).rejects.toThrow();
    expect(await stored()).toBe("Anna Neumann");
  });

  it("signing out everywhere invalidates existing sessions", async () => {
    const { admin } = await createInstitutionWithAdmin();
    const prisma = await getPrisma();
    await signOutEverywhere(admin);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: admin.userId } })).sessionVersion).toBe(1);
  });
});
