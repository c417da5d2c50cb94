import { isRedirectError } from "next/dist/client/components/redirect-error";
import { describe, expect, it, vi } from "vitest";
import { createInvitation } from "@/lib/access/invitations";
import { createPlan } from "@/lib/access/plans";
import { createShareLink, revokeShareLink } from "@/lib/access/share-links";
import type { FormState } from "@/lib/actions/form-state";
import { getPrisma } from "@/lib/db/client";
import { RATE_LIMITS, consumeRateLimit } from "@/lib/security/rate-limit";
import { createInstitutionWithAdmin, createMember, uniqueEmail } from "../support/factories";
import { session } from "../support/mock-actor";
import { clientRequest } from "../support/mock-next-headers";

// The real actions with the real German or English texts; the request comes from
// `clientRequest.address`.
const request = { locale: "de" as "de" | "en" };
vi.mock("next/headers", () => import("../support/mock-next-headers"));
vi.mock("next-intl/server", async () => {
  const { loadMessages } = await import("@/lib/i18n/catalogue");
  const { createTranslator } = await import("next-intl");
  return {
    getTranslations: async (namespace?: string) =>
      createTranslator({ locale: request.locale, messages: await loadMessages(request.locale), namespace }),
    getLocale: () => Promise.resolve(request.locale),
  };
});
vi.mock("@/lib/access/actor", () => import("../support/mock-actor"));
vi.mock("@/lib/auth/auth", () => ({ signIn: () => Promise.resolve(), signOut: () => Promise.resolve() }));

const { registerAction, registerWithInvitationAction } = await import("@/app/(public)/auth-actions");
const { acceptInvitationAction } = await import("@/app/(public)/invite/[token]/actions");

let addressCounter = 0;
/** Each test comes from its own address, so the limits of one test do not spill into the next. */
const freshAddress = () => `198.18.${Math.floor(++addressCounter / 250)}.${addressCounter % 250}`;

async function submit(
  action: (s: FormState, f: FormData) => Promise<FormState>,
  fields: Record<string, string>,
) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  try {
    return await action({ status: "idle" }, form);
  } catch (error) {
    if (isRedirectError(error)) return { status: "success" } satisfies FormState;
    throw error;
  }
}

const registration = () => ({
  name: "Eva Beispiel",
  email: uniqueEmail("neu"),
  password: "ein sicheres Passwort",
  institutionName: "Verein Beispiel",
  institutionType: "ASSOCIATION",
});

// The wait is the window less the time the test has taken so far: just under an hour.
const GERMAN_LIMITED = /^Zu viele Versuche in kurzer Zeit – bitte in \d+ Minuten erneut versuchen\.$/;
const ENGLISH_LIMITED = /^Too many attempts in a short time – please try again in \d+ minutes\.$/;

describe("rate limits", () => {
  it("one address registers at most 10 accounts an hour; then a clear message, and nothing is created", async () => {
    clientRequest.address = freshAddress();
    request.locale = "de";
    for (let i = 0; i < RATE_LIMITS.registerPerAddress.max; i++) {
      expect(await submit(registerAction, registration())).toMatchObject({ status: "success" });
    }
    const prisma = await getPrisma();
    const users = await prisma.user.count();
    const refused = await submit(registerAction, registration());
    expect(refused).toMatchObject({ status: "error", message: expect.stringMatching(GERMAN_LIMITED) });
    expect(await prisma.user.count()).toBe(users);

    request.locale = "en";
    expect((await submit(registerAction, registration())).message).toMatch(ENGLISH_LIMITED);
    // Another address is not affected.
    clientRequest.address = freshAddress();
    expect(await submit(registerAction, registration())).toMatchObject({ status: "success" });
  });

  it("guessing invitation links is cut off, even for a real link afterwards", async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    const invitation = await createInvitation(admin, institution.slug, { role: "EDITOR" });
    const person = await createMember((await createInstitutionWithAdmin()).institution.id, "VIEWER");
    session.actor = { userId: person.userId, email: person.email, name: "Test", locale: "de" };
    clientRequest.address = freshAddress();
    request.locale = "de";
    for (let i = 0; i < RATE_LIMITS.invitationPerAddress.max; i++) {
      const guess = await submit(acceptInvitationAction, { token: `${"g".repeat(40)}${i}`.padEnd(43, "x") });
      expect(guess.status).toBe("error");
      expect(guess.message).not.toMatch(/Zu viele/);
    }
    const real = await submit(acceptInvitationAction, { token: invitation.token });
    expect(real).toMatchObject({ status: "error", message: expect.stringMatching(GERMAN_LIMITED) });
    const prisma = await getPrisma();
    expect(await prisma.membership.count({ where: { userId: person.userId } })).toBe(1);

    // Registering through a link counts against the same limit.
    const registered = await submit(registerWithInvitationAction, {
      token: invitation.token,
      name: "Eva Eingeladen",
      email: uniqueEmail("eingeladen"),
      password: "ein sicheres Passwort",
    });
    expect(registered).toMatchObject({ status: "error", message: expect.stringMatching(GERMAN_LIMITED) });

    clientRequest.address = freshAddress();
    expect(await submit(acceptInvitationAction, { token: invitation.token })).toMatchObject({
      status: "success",
    });
    expect(await prisma.membership.count({ where: { userId: person.userId } })).toBe(2);
    session.actor = null;
  });

  it("an institution creates at most 50 invitations a day; outsiders cannot use up its quota", async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    const outsider = await createInstitutionWithAdmin();
    for (let i = 0; i < 60; i++) {
      await expect(
        createInvitation(outsider.admin, institution.slug, { role: "VIEWER" }),
      ).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
    for (let i = 0; i < RATE_LIMITS.invitePerInstitution.max; i++) {
      await createInvitation(admin, institution.slug, { role: "VIEWER" });
    }
    await expect(createInvitation(admin, institution.slug, { role: "VIEWER" })).rejects.toMatchObject({
      code: "RATE_LIMITED",
      messageKey: "rateLimited",
      details: { minutes: 24 * 60 },
    });
    const prisma = await getPrisma();
    expect(await prisma.invitation.count({ where: { institutionId: institution.id } })).toBe(50);
    await expect(
      createInvitation(outsider.admin, outsider.institution.slug, { role: "VIEWER" }),
    ).resolves.toHaveProperty("token");
  });

  it("one person creates at most 30 share links an hour, however many they revoke", async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    const plan = await createPlan(admin, institution.slug, "Viel geteilt");
    for (let i = 0; i < RATE_LIMITS.shareLinkPerUser.max; i++) {
      const link = await createShareLink(admin, plan.id, { version: "draft", language: "de" });
      await revokeShareLink(admin, plan.id, link.id);
    }
    await expect(createShareLink(admin, plan.id, { version: "draft", language: "de" })).rejects.toMatchObject(
      {
        code: "RATE_LIMITED",
      },
    );
    const editor = await createMember(institution.id, "EDITOR");
    await expect(
      createShareLink(editor, plan.id, { version: "draft", language: "de" }),
    ).resolves.toHaveProperty("token");
  });

  it("the window slides: attempts age out, refused attempts do not prolong the wait", async () => {
    const limit = { bucket: "test:sliding", max: 3, windowMs: 60_000 };
    const key = `key-${addressCounter++}`;
    const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1, 12, 0, seconds));
    await consumeRateLimit(limit, key, at(0));
    await consumeRateLimit(limit, key, at(10));
    await consumeRateLimit(limit, key, at(20));
    await expect(consumeRateLimit(limit, key, at(30))).rejects.toMatchObject({ details: { minutes: 1 } });
    await expect(consumeRateLimit(limit, key, at(59))).rejects.toMatchObject({ code: "RATE_LIMITED" });
    // The first attempt has aged out; the refused ones at 30 s and 59 s were never counted.
    await expect(consumeRateLimit(limit, key, at(61))).resolves.toBeUndefined();
    await expect(consumeRateLimit(limit, key, at(65))).rejects.toMatchObject({ code: "RATE_LIMITED" });
    // Another key, and the same key in another bucket, are counted apart.
    await expect(consumeRateLimit(limit, `${key}-other`, at(65))).resolves.toBeUndefined();
    await expect(consumeRateLimit({ ...limit, bucket: "test:other" }, key, at(65))).resolves.toBeUndefined();
  });

  it("stores keys only as hashes", async () => {
    await consumeRateLimit({ bucket: "test:hash", max: 5, windowMs: 60_000 }, "192.0.2.200");
    const prisma = await getPrisma();
    const rows = await prisma.rateLimitHit.findMany({ where: { bucket: "test:hash" } });
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain("192.0.2.200");
  });
});
