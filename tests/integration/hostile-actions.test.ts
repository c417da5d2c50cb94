import fc from "fast-check";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { FormState } from "@/lib/actions/form-state";
import { createPlan } from "@/lib/access/plans";
import { getPrisma } from "@/lib/db/client";
import { TEST_PASSWORD, createInstitutionWithAdmin, createMember } from "../support/factories";
import { hostileString } from "../support/hostile";
import { session } from "../support/mock-actor";

// The real actions, with Next's request context replaced: a same-origin request, message keys
// instead of translations, and the signed-in person chosen by the test.
vi.mock("next/headers", () => ({
  headers: () => Promise.resolve(new Headers({ origin: "http://localhost:3000", host: "localhost:3000" })),
  cookies: () => Promise.resolve({ get: () => undefined, set: () => undefined }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next-intl/server", () => {
  const t = Object.assign((key: string) => key, { has: () => true });
  return { getTranslations: () => Promise.resolve(t), getLocale: () => Promise.resolve("de") };
});
vi.mock("@/lib/access/actor", () => import("../support/mock-actor"));
vi.mock("next-auth", () => {
  class AuthError extends Error {}
  class CredentialsSignin extends AuthError {}
  return { AuthError, CredentialsSignin };
});
vi.mock("@/lib/auth/auth", async () => {
  const { CredentialsSignin } = await import("next-auth");
  const { authenticate } = await import("@/lib/auth/credentials");
  return {
    signIn: async (_provider: string, input: { email: string; password: string }) => {
      if (!(await authenticate(input, "198.51.100.200"))) throw new CredentialsSignin();
    },
    signOut: () => Promise.resolve(),
  };
});

type Action = (state: FormState, formData: FormData) => Promise<FormState>;
const ACTIONS: Record<string, Action> = {
  ...(await import("@/app/(public)/auth-actions")),
  ...(await import("@/app/(public)/invite/[token]/actions")),
  ...(await import("@/app/(app)/account/actions")),
  ...(await import("@/app/(app)/notifications/actions")),
  ...(await import("@/app/(app)/institutions/[slug]/plan-actions")),
  ...(await import("@/app/(app)/institutions/[slug]/members/actions")),
  ...(await import("@/app/(app)/institutions/[slug]/approval/actions")),
  ...(await import("@/app/(app)/institutions/[slug]/plans/[planId]/actions")),
  ...(await import("@/app/(app)/institutions/[slug]/plans/[planId]/comment-actions")),
  ...(await import("@/app/(app)/institutions/[slug]/plans/[planId]/steps/actions")),
  ...(await import("@/app/(app)/institutions/[slug]/plans/[planId]/document/actions")),
} as unknown as Record<string, Action>;
// Not form actions: sign-out and the language switch take no user input worth the name.
delete ACTIONS.logoutAction;
// Signs out and returns to the invitation; a token that is none returns to the start page.
delete ACTIONS.switchAccountAction;

const FIELDS = [
  "slug",
  "planId",
  "title",
  "template",
  "role",
  "email",
  "days",
  "invitationId",
  "membershipId",
  "stageId",
  "direction",
  "name",
  "memberIds",
  "decision",
  "note",
  "step",
  "itemId",
  "parentId",
  "body",
  "token",
  "password",
  "currentPassword",
  "newPassword",
  "institutionName",
  "institutionType",
  "returnTo",
  "commentId",
  "linkId",
  "expiresOn",
  "version",
  "language",
  "file",
  "resolved",
  "domains",
  "confirmName",
];

const real: Record<string, string[]> = {};
let institutionId = "";

// A fresh institution for every action: one action's successful run (a deleted plan, a removed
// member) must not starve the next action of things to act on.
beforeEach(async () => {
  const { admin, institution } = await createInstitutionWithAdmin();
  const viewer = await createMember(institution.id, "VIEWER");
  const plan = await createPlan(admin, institution.slug, "Plan unter Beschuss");
  institutionId = institution.id;
  const prisma = await getPrisma();
  const viewerMembership = await prisma.membership.findFirstOrThrow({ where: { userId: viewer.userId } });
  session.actor = { userId: admin.userId, email: admin.email, name: "Test Admin", locale: "de" };
  Object.assign(real, {
    slug: [institution.slug],
    planId: [plan.id],
    membershipId: [viewerMembership.id],
    memberIds: [viewer.userId],
    role: ["EDITOR", "VIEWER"],
    step: ["start", "goals"],
    decision: ["approve", "requestChanges"],
    direction: ["-1", "1"],
    email: [admin.email],
    title: ["Ein neuer Titel"],
    name: ["Eva Beispiel"],
    body: ["Ein Kommentar"],
    note: ["Eine Notiz"],
    institutionName: ["Verein Beispiel"],
    institutionType: ["ASSOCIATION"],
    template: [""],
    days: ["7"],
    password: ["ein sicheres Passwort"],
    currentPassword: [TEST_PASSWORD],
    newPassword: ["ein ganz neues Passwort"],
    returnTo: ["/institutions"],
    token: ["A".repeat(43)],
    version: ["draft"],
    language: ["de"],
    expiresOn: [""],
    domains: [`hostile-${institution.id}.example`],
    // The real name: a run that gets everything else right deletes the institution, as it should.
    confirmName: [institution.name],
  });
});

afterAll(() => {
  session.actor = null;
});

async function snapshot() {
  const prisma = await getPrisma();
  const [users, institutions, memberships, plans, values, invitations, comments, audit, stages] =
    await Promise.all([
      prisma.user.findMany({ select: { id: true, passwordHash: true, sessionVersion: true } }),
      prisma.institution.count(),
      prisma.membership.findMany({ where: { institutionId }, select: { id: true, role: true } }),
      prisma.plan.findMany({ where: { institutionId }, select: { id: true, title: true, status: true } }),
      prisma.planValue.count(),
      prisma.invitation.count(),
      prisma.comment.count(),
      prisma.auditEvent.count(),
      prisma.approvalStage.count(),
    ]);
  return { users, institutions, memberships, plans, values, invitations, comments, audit, stages };
}

/** A form as a browser (or a script) could post it: known fields, odd values, stray keys. */
const randomForm = fc.record({
  fields: fc.dictionary(
    fc.constantFrom(...FIELDS),
    fc.oneof({ weight: 1, arbitrary: fc.constant("__real__") }, { weight: 4, arbitrary: hostileString }),
    { maxKeys: FIELDS.length },
  ),
  stray: fc.dictionary(
    fc.oneof(fc.constantFrom("__proto__", "constructor", "$ACTION_ID_x", "prototype"), hostileString),
    hostileString,
    { maxKeys: 3 },
  ),
});

/** A form that is valid but for one or two fields: gets past validation into the deeper code. */
const almostValidForm = fc
  .record({
    hostile: fc.dictionary(fc.constantFrom(...FIELDS), hostileString, { minKeys: 1, maxKeys: 2 }),
    stray: fc.constant({}),
  })
  .map(({ hostile, stray }) => ({
    fields: { ...Object.fromEntries(FIELDS.map((f) => [f, "__real__"])), ...hostile },
    stray,
  }));

const hostileForm = fc.oneof(randomForm, almostValidForm);

type Form = { fields: Record<string, string>; stray: Record<string, string> };
/** Always tried as well: each field in turn carrying a NUL character, which PostgreSQL cannot store. */
const NUL_EXAMPLES: [Form][] = FIELDS.map((field) => [
  { fields: { ...Object.fromEntries(FIELDS.map((f) => [f, "__real__"])), [field]: "Wert\u0000" }, stray: {} },
]);

function toFormData({ fields, stray }: Form) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    if (value === "__real__" && !real[key]) continue;
    form.append(key, value === "__real__" ? real[key]![0]! : value);
  }
  for (const [key, value] of Object.entries(stray)) form.append(key, value);
  return form;
}

describe("every form action under hostile input", () => {
  const errorSpy = vi.spyOn(console, "error");

  it.each(Object.keys(ACTIONS).sort())(
    "%s answers with a form state and a refusal writes nothing",
    async (name) => {
      const action = ACTIONS[name]!;
      await fc.assert(
        fc.asyncProperty(hostileForm, async (form) => {
          errorSpy.mockClear();
          const before = await snapshot();
          let state: FormState | "redirected";
          try {
            state = await action({ status: "idle" }, toFormData(form));
          } catch (error) {
            if (!isRedirectError(error)) throw error;
            state = "redirected";
          }
          expect(errorSpy).not.toHaveBeenCalled();
          if (state === "redirected") return;
          expect(["success", "error"]).toContain(state.status);
          if (state.status === "error") {
            expect(state.message).not.toBe("errors.unexpected");
            expect(await snapshot()).toEqual(before);
          }
          for (const key of Object.keys(state.values ?? {})) expect(key).not.toMatch(/password|token/i);
        }),
        { numRuns: 40, examples: NUL_EXAMPLES },
      );
    },
  );
});
