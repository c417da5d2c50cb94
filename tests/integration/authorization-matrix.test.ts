import { randomUUID } from "node:crypto";
import { readFile, readdir } from "node:fs/promises";
import { isHTTPAccessFallbackError } from "next/dist/client/components/http-access-fallback/http-access-fallback";
import { getURLFromRedirectError } from "next/dist/client/components/redirect";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { format, resolveConfig } from "prettier";
import { afterAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/access/actor";
import type * as PageGuardsModule from "@/lib/access/page-guards";
import type * as AuthModuleType from "@/lib/auth/auth";
import { openLiveSession } from "@/lib/access/live";
import { changeMemberRole } from "@/lib/access/members";
import { GUEST_COOKIE } from "@/lib/access/workshop-guests";
import type { FormState } from "@/lib/actions/form-state";
import { getPrisma } from "@/lib/db/client";
import {
  AUTHORIZATION_MATRIX,
  MATRIX_ACTORS,
  entryKey,
  renderAuthorizationMatrix,
  type MatrixActor,
  type MatrixEntry,
} from "@/lib/security/authorization-matrix";
import { createInvitation } from "@/lib/access/invitations";
import { createPasswordResetLink } from "@/lib/access/password-reset";
import {
  TEST_PASSWORD,
  createInstitutionWithAdmin,
  createMember,
  type TestActor,
} from "../support/factories";
import { createFullInstitution, type FullInstitution } from "../support/institution-fixture";
import { session } from "../support/mock-actor";
import { clientRequest } from "../support/mock-next-headers";

type PageGuards = typeof PageGuardsModule;
type AuthModule = typeof AuthModuleType;

// Every entry of the matrix runs for real against the database; only Next's request context is
// replaced: a same-origin request, message keys instead of translations, and the signed-in person.
const page = { forbidden: false };
// Each cell comes from its own client address: the rate limits on registration and invitations
// are not what this test is about.
const client = { count: 0 };
vi.mock("next/headers", () => import("../support/mock-next-headers"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next-intl/server", () => {
  // `has` says no, so a refusal shows up as its error code ("errors.FORBIDDEN"), not a nicer text.
  const t = Object.assign((key: string) => key, {
    has: () => false,
    rich: (key: string) => key,
    markup: (key: string) => key,
    raw: (key: string) => key,
  });
  // Every formatter method prints its value; "then" stays undefined so awaiting it is not a hang.
  const format = new Proxy(
    {},
    { get: (_target, name) => (name === "then" ? undefined : (value: unknown) => String(value)) },
  );
  return {
    getTranslations: () => Promise.resolve(t),
    getLocale: () => Promise.resolve("de"),
    getFormatter: () => Promise.resolve(format),
    getNow: () => Promise.resolve(new Date()),
  };
});
vi.mock("@/lib/access/actor", () => import("../support/mock-actor"));
// A page that may not show its data returns an explanation; the test notes that it did.
vi.mock("@/lib/access/page-guards", async (importOriginal) => {
  const real = await importOriginal<PageGuards>();
  return {
    ...real,
    loadForPage: async <T>(load: () => Promise<T>) => {
      const result = await real.loadForPage(load);
      if (result === null) page.forbidden = true;
      return result;
    },
  };
});
vi.mock("@/lib/auth/auth", async (importOriginal) => {
  const real = await importOriginal<AuthModule>();
  const { CredentialsSignin } = await import("next-auth");
  const { authenticate } = await import("@/lib/auth/credentials");
  return {
    ...real,
    signIn: async (_provider: string, input: { email: string; password: string }) => {
      if (!(await authenticate(input, "198.51.100.201"))) throw new CredentialsSignin();
    },
    signOut: () => Promise.resolve(),
  };
});

type Observation = { outcome: string; signature: string };
type Ids = {
  slug: string;
  draft: string;
  inReview: string;
  approved: string;
  commentId: string;
  linkId: string;
  workshopLinkId: string;
  invitationId: string;
  stageIds: string[];
  membershipId: string;
};
interface Context {
  fx: FullInstitution;
  ids: Ids;
  who: MatrixActor;
  /** The person acting, if signed in. */
  me: TestActor | null;
}

const realIds = (fx: FullInstitution): Ids => ({
  slug: fx.institution.slug,
  draft: fx.plans.draft.id,
  inReview: fx.plans.inReview.id,
  approved: fx.plans.approved.id,
  commentId: fx.commentId,
  linkId: fx.share.id,
  workshopLinkId: fx.workshop.linkId,
  invitationId: fx.invitation.id,
  stageIds: fx.stageIds,
  membershipId: fx.targetMembershipId,
});

/** Ids of the same shape that exist nowhere: what "not found" must look like. */
const missingIds = (): Ids => {
  const id = () => `missing${randomUUID().replaceAll("-", "").slice(0, 18)}`;
  return {
    slug: `gibt-es-nicht-${randomUUID().slice(0, 8)}`,
    draft: id(),
    inReview: id(),
    approved: id(),
    commentId: id(),
    linkId: id(),
    workshopLinkId: id(),
    invitationId: id(),
    stageIds: [id(), id()],
    membershipId: id(),
  };
};

// --- Pages -------------------------------------------------------------------------------------

type PageComponent = (props: {
  params: Promise<Record<string, string>>;
  searchParams: Promise<Record<string, string>>;
}) => Promise<unknown>;

async function observePage(Page: PageComponent, params: Record<string, string>): Promise<Observation> {
  page.forbidden = false;
  try {
    await Page({ params: Promise.resolve(params), searchParams: Promise.resolve({}) });
    return page.forbidden
      ? { outcome: "forbidden", signature: "forbidden" }
      : { outcome: "allow", signature: "allow" };
  } catch (error) {
    if (isRedirectError(error)) {
      const to = getURLFromRedirectError(error);
      // Sign-in lives on the start page; any other redirect sends people on to their own place.
      const outcome = to === "/" || to.startsWith("/?") ? "signIn" : "allow";
      return { outcome, signature: `redirect ${outcome}` };
    }
    if (isHTTPAccessFallbackError(error)) return { outcome: "notFound", signature: error.digest };
    throw error;
  }
}

const pageModule = (file: string) =>
  import(/* @vite-ignore */ `@/${file}`) as Promise<{ default: PageComponent }>;

function pageParams(file: string, { ids, fx }: Context): Record<string, string> {
  const planId = file.includes("/compare/") ? ids.approved : ids.draft;
  const token = file.includes("/w/[token]/")
    ? fx.workshop.token
    : file.includes("/reset/[token]/")
      ? fx.passwordResetToken
      : fx.invitation.token;
  return { slug: ids.slug, planId, step: "start", token };
}

// --- Actions -----------------------------------------------------------------------------------

type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

async function observeAction(run: () => Promise<FormState | void>): Promise<Observation> {
  try {
    const state = await run();
    if (!state || state.status === "success") return { outcome: "allow", signature: "allow" };
    const signature = JSON.stringify({ message: state.message, fieldErrors: state.fieldErrors });
    const outcome =
      {
        "errors.UNAUTHENTICATED": "signIn",
        "errors.FORBIDDEN": "forbidden",
        "errors.NOT_FOUND": "notFound",
      }[state.message ?? ""] ?? `error ${signature}`;
    return { outcome, signature };
  } catch (error) {
    if (isRedirectError(error)) return { outcome: "allow", signature: "redirect" };
    throw error;
  }
}

const form = (fields: Record<string, string | File>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
};

async function planFile(fx: FullInstitution) {
  const { getPlanDocumentSource } = await import("@/lib/access/plan-document");
  const { toPlanFile } = await import("@/lib/document/plan-json");
  const { source } = await getPlanDocumentSource(fx.members.admin, fx.plans.draft.id, "draft");
  const file = toPlanFile({
    title: source.title,
    institution: source.institution.name,
    edition: "draft",
    approvedAt: null,
    strategy: source.strategy,
    exportedAt: source.generatedAt,
  });
  return new File([JSON.stringify(file)], "plan.json", { type: "application/json" });
}

/** The chain cannot change while a plan waits for a decision: the fixture's plan in review is sent back. */
async function settleReview(fx: FullInstitution) {
  const { decidePlan } = await import("@/lib/access/plan-workflow");
  const prisma = await getPrisma();
  const { status } = await prisma.plan.findUniqueOrThrow({ where: { id: fx.plans.inReview.id } });
  if (status === "IN_REVIEW")
    await decidePlan(fx.members.approver, fx.plans.inReview.id, {
      decision: "requestChanges",
      note: "Zurück",
    });
}

/** The form each action gets: everything it needs to succeed for someone who may use it. */
const ACTION_FORMS: Record<string, (c: Context) => Promise<Record<string, string | File>>> = {
  loginAction: async ({ fx }) => ({ email: fx.members.admin.email, password: TEST_PASSWORD }),
  registerAction: async () => ({
    name: "Eva Neu",
    email: `neu-${randomUUID().slice(0, 8)}@test.example`,
    password: "ein sicheres Passwort",
    institutionName: "Verein Neu",
    institutionType: "ASSOCIATION",
  }),
  registerWithInvitationAction: async ({ fx }) => ({
    token: fx.invitation.token,
    name: "Eva Eingeladen",
    email: `eingeladen-${randomUUID().slice(0, 8)}@test.example`,
    password: "ein sicheres Passwort",
  }),
  // An invitation to another institution: the fixture's own members belong to theirs already.
  acceptInvitationAction: async () => {
    const other = await createInstitutionWithAdmin();
    return { token: (await createInvitation(other.admin, other.institution.slug, { role: "VIEWER" })).token };
  },
  // A link of its own each time: a link is spent by its first use.
  resetPasswordAction: async ({ fx }) => {
    const person = await createMember(fx.institution.id, "VIEWER");
    return {
      token: (await createPasswordResetLink(person.email)).token,
      newPassword: "ein ganz neues Passwort",
    };
  },
  changeNameAction: async () => ({ name: "Neuer Name" }),
  changePasswordAction: async () => ({
    currentPassword: TEST_PASSWORD,
    newPassword: "ein ganz neues Passwort",
  }),
  signOutEverywhereAction: async () => ({}),
  deleteAccountAction: async ({ fx, who }) => {
    // The institution's only admin must hand over first; a second admin is that hand-over.
    if (who === "admin")
      await changeMemberRole(fx.members.admin, fx.institution.slug, fx.targetMembershipId, "ADMIN");
    // The only decider of the chain's stages must have someone beside them there first (set up
    // directly: the chain cannot change while a plan waits for a decision).
    if (who === "approver") {
      const prisma = await getPrisma();
      const target = await prisma.membership.update({
        where: { id: fx.targetMembershipId },
        data: { role: "APPROVER" },
        select: { userId: true },
      });
      await prisma.approvalStageMember.createMany({
        data: fx.stageIds.map((stageId) => ({ stageId, userId: target.userId })),
      });
    }
    return { password: TEST_PASSWORD };
  },
  ssoSignInAction: async () => ({}),
  markAllReadAction: async () => ({}),
  createPlanAction: async ({ ids }) => ({ slug: ids.slug, title: "Neuer Plan", template: "" }),
  importPlanAction: async ({ ids, fx }) => ({ slug: ids.slug, file: await planFile(fx) }),
  renamePlanAction: async ({ ids }) => ({ slug: ids.slug, planId: ids.draft, title: "Umbenannt" }),
  deletePlanAction: async ({ ids }) => ({ slug: ids.slug, planId: ids.draft }),
  inviteAction: async ({ ids }) => ({ slug: ids.slug, role: "EDITOR", email: "", days: "7" }),
  revokeInvitationAction: async ({ ids, fx, me, who }) => ({
    slug: ids.slug,
    // Editors revoke the invitations they made themselves (the admin's are not theirs to revoke).
    invitationId:
      who === "editor" && me && ids.invitationId === fx.invitation.id
        ? (await createInvitation(me, ids.slug, { role: "VIEWER" })).id
        : ids.invitationId,
  }),
  changeRoleAction: async ({ ids }) => ({ slug: ids.slug, membershipId: ids.membershipId, role: "EDITOR" }),
  removeMemberAction: async ({ ids }) => ({ slug: ids.slug, membershipId: ids.membershipId }),
  ssoDomainsAction: async ({ ids }) => ({
    slug: ids.slug,
    domains: `sso-${randomUUID().slice(0, 8)}.example`,
  }),
  // The fixture has a plan in review, which keeps the type (YOUTH_WELFARE) as it is.
  updateInstitutionAction: async ({ ids }) => ({
    slug: ids.slug,
    name: "Umbenannte Einrichtung",
    type: "YOUTH_WELFARE",
  }),
  deleteInstitutionAction: async ({ ids, fx }) => ({ slug: ids.slug, confirmName: fx.institution.name }),
  addStageAction: async ({ ids, fx }) => {
    await settleReview(fx);
    return { slug: ids.slug, name: "Geschäftsführung", memberIds: fx.members.approver.userId };
  },
  updateStageAction: async ({ ids, fx }) => {
    await settleReview(fx);
    return {
      slug: ids.slug,
      stageId: ids.stageIds[0]!,
      name: "Geschäftsführung",
      memberIds: fx.members.approver.userId,
    };
  },
  removeStageAction: async ({ ids, fx }) => {
    await settleReview(fx);
    return { slug: ids.slug, stageId: ids.stageIds[0]! };
  },
  moveStageAction: async ({ ids, fx }) => {
    await settleReview(fx);
    return { slug: ids.slug, stageId: ids.stageIds[1]!, direction: "-1" };
  },
  submitPlanAction: async ({ ids }) => ({ slug: ids.slug, planId: ids.draft }),
  withdrawSubmissionAction: async ({ ids }) => ({ slug: ids.slug, planId: ids.inReview }),
  decidePlanAction: async ({ ids }) => ({
    slug: ids.slug,
    planId: ids.inReview,
    decision: "approve",
    note: "",
  }),
  addCommentAction: async ({ ids }) => ({ slug: ids.slug, planId: ids.draft, step: "goals", body: "Gut so" }),
  resolveCommentAction: async ({ ids }) => ({
    slug: ids.slug,
    planId: ids.draft,
    commentId: ids.commentId,
    resolved: "true",
  }),
  recordCheckInAction: async ({ ids }) => ({ slug: ids.slug, planId: ids.approved, note: "Alles im Plan" }),
  createShareLinkAction: async ({ ids }) => ({
    slug: ids.slug,
    planId: ids.draft,
    version: "draft",
    language: "de",
    expiresOn: "",
  }),
  revokeShareLinkAction: async ({ ids }) => ({ slug: ids.slug, planId: ids.draft, linkId: ids.linkId }),
  createWorkshopLinkAction: async ({ ids }) => ({ slug: ids.slug, planId: ids.draft, hours: "8" }),
  revokeWorkshopLinkAction: async ({ ids }) => ({
    slug: ids.slug,
    planId: ids.draft,
    linkId: ids.workshopLinkId,
  }),
  setGuestStepsAction: async ({ ids }) => ({ slug: ids.slug, planId: ids.draft, steps: "goals" }),
  joinWorkshopAction: async ({ fx }) => ({ token: fx.workshop.token, name: "Gast Greta" }),
};

async function runAction(entry: MatrixEntry, c: Context): Promise<Observation> {
  const loaded = (await import(/* @vite-ignore */ `@/${entry.file}`)) as Record<string, unknown>;
  const action = loaded[entry.name];
  if (entry.name === "setLocaleAction") {
    return observeAction(() => (action as (f: FormData) => Promise<void>)(form({ locale: "en" })));
  }
  if (entry.name === "logoutAction") return observeAction(() => (action as () => Promise<void>)());
  if (entry.name === "switchAccountAction")
    return observeAction(() =>
      (action as (f: FormData) => Promise<void>)(form({ token: c.fx.invitation.token })),
    );
  const fields = ACTION_FORMS[entry.name];
  if (!fields) throw new Error(`no form for ${entry.name}: add one to ACTION_FORMS`);
  return observeAction(async () => (action as FormAction)({ status: "idle" }, form(await fields(c))));
}

// --- Route handlers ----------------------------------------------------------------------------

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function observeResponse(response: Response): Promise<Observation> {
  const outcome =
    response.status < 400
      ? "allow"
      : (({ 401: "signIn", 403: "forbidden", 404: "notFound" } as Record<number, string>)[response.status] ??
        `status ${response.status}`);
  // The event stream never ends by itself; its body is not part of the answer's shape.
  const body = response.headers.get("content-type")?.includes("event-stream")
    ? "stream"
    : await response.text();
  if (body === "stream") await response.body?.cancel();
  return { outcome, signature: `${response.status} ${body}` };
}

const JSON_HEADERS = {
  "content-type": "application/json",
  host: "localhost:3000",
  origin: "http://localhost:3000",
};

async function routeRequest(entry: MatrixEntry, c: Context): Promise<[Request, Record<string, string>]> {
  const base = "http://localhost:3000";
  const planId = c.ids.draft;
  const file = entry.file;
  if (file.startsWith("app/api/auth/")) {
    if (entry.name === "GET") return [new Request(`${base}/api/auth/providers`), { nextauth: "providers" }];
    // As a browser signs out: fetch the CSRF token (and its cookie), then post it back.
    const { GET } = (await import("@/app/api/auth/[...nextauth]/route")) as unknown as Record<
      string,
      Handler
    >;
    const csrf = await GET!(new Request(`${base}/api/auth/csrf`), {
      params: Promise.resolve({ nextauth: "csrf" }),
    });
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const cookie = csrf.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const headers = { host: "localhost:3000", cookie, "content-type": "application/x-www-form-urlencoded" };
    const body = new URLSearchParams({ csrfToken, callbackUrl: base }).toString();
    return [
      new Request(`${base}/api/auth/signout`, { method: "POST", headers, body }),
      { nextauth: "signout" },
    ];
  }
  if (file === "app/api/health/route.ts") return [new Request(`${base}/api/health`), {}];
  if (file.startsWith("app/api/institutions/[slug]/")) {
    return [new Request(`${base}/x`, { headers: { host: "localhost:3000" } }), { slug: c.ids.slug }];
  }
  if (file.startsWith("app/api/bench/")) {
    const probe = entry.name === "GET" ? "queries" : "update";
    return [new Request(`${base}/api/bench/${probe}`, { method: entry.name }), { probe }];
  }
  if (file === "app/s/[token]/route.ts") {
    // Only the holder has the secret; everyone else can only guess one.
    const token = c.who === "shareLinkHolder" ? c.fx.share.token : "A".repeat(43);
    return [new Request(`${base}/s/${token}`), { token }];
  }
  const params = { planId };
  if (file.endsWith("/changes/route.ts")) {
    const prisma = await getPrisma();
    const plan = await prisma.plan.findUnique({ where: { id: planId }, select: { revision: true } });
    const body = { op: "set", key: "start.mission", value: "Neu", baseRevision: plan?.revision ?? 0 };
    return [
      new Request(`${base}/x`, { method: "POST", headers: JSON_HEADERS, body: JSON.stringify(body) }),
      params,
    ];
  }
  if (file.startsWith("app/api/workshop/") && file.endsWith("/presence/route.ts")) {
    // The guest's own open live connection, if they are one.
    const { guestFromSecret } = await import("@/lib/access/workshop-guests");
    const { openGuestLiveSession } = await import("@/lib/access/live");
    const guest = await guestFromSecret(c.fx.workshop.guestSecret);
    const connectionId =
      c.who === "workshopGuest" && guest.status === "ok"
        ? (await openGuestLiveSession(guest.guest, "start")).connectionId
        : randomUUID();
    const body = { connectionId, step: "goals" };
    return [
      new Request(`${base}/x`, { method: "POST", headers: JSON_HEADERS, body: JSON.stringify(body) }),
      params,
    ];
  }
  if (file.endsWith("/presence/route.ts")) {
    // One's own open live connection, if one may open it at all.
    const connectionId = await openLiveSession(c.me ?? c.fx.members.admin, planId, "start")
      .then((live) => (c.me ? live.connectionId : randomUUID()))
      .catch(() => randomUUID());
    const body = { connectionId, step: "goals" };
    return [
      new Request(`${base}/x`, { method: "POST", headers: JSON_HEADERS, body: JSON.stringify(body) }),
      params,
    ];
  }
  if (file.startsWith("app/api/workshop/") && file.endsWith("/dot-votes/route.ts")) {
    // A vote in a round the plan's facilitator started.
    const { runDotVoteCommand } = await import("@/lib/access/dot-votes");
    // Another institution's plan gets no round (the fixture's admin cannot start one there); the
    // guest route answers "not found" for it anyway.
    await runDotVoteCommand(c.fx.members.admin, planId, {
      op: "start",
      list: "deficits.deficits",
      dots: 3,
      hideTotals: true,
    }).catch(() => undefined);
    const prisma = await getPrisma();
    const item = await prisma.planItem.findFirst({
      where: { planId, list: "deficits.deficits" },
      select: { id: true },
    });
    const body = { itemId: item?.id ?? "no-such-item", dots: 1 };
    return [
      new Request(`${base}/x`, { method: "POST", headers: JSON_HEADERS, body: JSON.stringify(body) }),
      params,
    ];
  }
  if (file.endsWith("/timebox/route.ts") || file.endsWith("/dot-votes/route.ts")) {
    const body = file.endsWith("/timebox/route.ts")
      ? { op: "start", minutes: 10, label: "Ziele sammeln" }
      : { op: "start", list: "deficits.deficits", dots: 3, hideTotals: true };
    return [
      new Request(`${base}/x`, { method: "POST", headers: JSON_HEADERS, body: JSON.stringify(body) }),
      params,
    ];
  }
  if (file === "app/api/plans/[planId]/route.ts" && entry.name === "PATCH") {
    const body = JSON.stringify({ title: "Umbenannt" });
    return [new Request(`${base}/x`, { method: "PATCH", headers: JSON_HEADERS, body }), params];
  }
  return [new Request(`${base}/x`, { method: entry.name, headers: { host: "localhost:3000" } }), params];
}

async function runRoute(entry: MatrixEntry, c: Context): Promise<Observation> {
  const loaded = (await import(/* @vite-ignore */ `@/${entry.file}`)) as Record<string, Handler>;
  const [request, params] = await routeRequest(entry, c);
  return observeResponse(await loaded[entry.name]!(request, { params: Promise.resolve(params) }));
}

// --- The matrix --------------------------------------------------------------------------------

async function run(entry: MatrixEntry, c: Context): Promise<Observation> {
  if (entry.kind === "page") {
    const Page = (await pageModule(entry.file)).default;
    return observePage(Page, pageParams(entry.file, c));
  }
  return entry.kind === "action" ? runAction(entry, c) : runRoute(entry, c);
}

async function actAs(who: MatrixActor, fx: FullInstitution): Promise<TestActor | null> {
  if (who === "anonymous" || who === "shareLinkHolder" || who === "workshopGuest") return null;
  if (who === "otherInstitution") {
    const prisma = await getPrisma();
    const other = await prisma.institution.create({
      data: { name: "Andere Einrichtung", slug: `andere-${randomUUID().slice(0, 8)}`, type: "ASSOCIATION" },
    });
    return createMember(other.id, "ADMIN", "outsider");
  }
  return fx.members[who];
}

const asSession = (me: TestActor | null): Actor | null =>
  me && { userId: me.userId, email: me.email, name: "Test", locale: "de" };

// Whatever may change something gets a fresh institution for every actor: one successful action
// (a deleted plan, a spent invitation) must not change what the next one finds. Pages and reads
// share one per entry.
const readOnly = new Map<string, Promise<FullInstitution>>();
function fixtureFor(entry: MatrixEntry): Promise<FullInstitution> {
  if (entry.kind === "action" || (entry.kind === "route" && entry.name !== "GET")) {
    return createFullInstitution();
  }
  const key = entryKey(entry);
  if (!readOnly.has(key)) readOnly.set(key, createFullInstitution());
  return readOnly.get(key)!;
}

describe("the authorization matrix", () => {
  const errorSpy = vi.spyOn(console, "error");
  afterAll(() => {
    session.actor = null;
    clientRequest.cookies.clear();
  });

  const cells = AUTHORIZATION_MATRIX.flatMap((entry) =>
    MATRIX_ACTORS.map((who) => [`${entry.kind} ${entryKey(entry)} as ${who}`, entry, who] as const),
  );

  it.each(cells)("%s", async (_label, entry, who) => {
    errorSpy.mockClear();
    client.count += 1;
    clientRequest.address = `10.${client.count >> 16}.${(client.count >> 8) & 255}.${client.count & 255}`;
    const fx = await fixtureFor(entry);
    const me = await actAs(who, fx);
    session.actor = asSession(me);
    // Only a workshop guest carries a cookie the app reads itself (Auth.js is replaced below).
    if (who === "workshopGuest") clientRequest.cookies.set(GUEST_COOKIE, fx.workshop.guestSecret);
    const context: Context = { fx, ids: realIds(fx), who, me };
    const observed = await run(entry, context);
    expect(observed.outcome, observed.signature.slice(0, 300)).toBe(entry.expect[who]);
    if (entry.expect[who] === "notFound" && who === "otherInstitution") {
      // Indistinguishable from asking for something that does not exist at all.
      const missing = await run(entry, { ...context, ids: missingIds() });
      expect(observed.signature).toBe(missing.signature);
    }
    expect(errorSpy).not.toHaveBeenCalled();
  });
});

describe("the matrix lists everything there is", () => {
  const listed = new Set(AUTHORIZATION_MATRIX.map(entryKey));

  /** Every file below `dir`, as a path from the repository root with forward slashes. */
  async function filesUnder(dir: string) {
    const names = await readdir(dir, { recursive: true });
    return names.map((name) => `${dir}/${name}`.replaceAll("\\", "/"));
  }

  async function existing() {
    const found: string[] = [];
    const app = await filesUnder("app");
    for (const file of app.filter((f) => f.endsWith("/page.tsx"))) found.push(`${file}#default`);
    const methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];
    for (const file of app.filter((f) => f.endsWith("/route.ts"))) {
      const loaded = (await import(/* @vite-ignore */ `@/${file}`)) as Record<string, unknown>;
      for (const method of methods) if (typeof loaded[method] === "function") found.push(`${file}#${method}`);
    }
    // Server actions: every export of a module marked "use server", wherever it lives.
    const code = [...app, ...(await filesUnder("lib"))].filter((f) => /\.tsx?$/.test(f));
    for (const file of code) {
      const text = await readFile(file, "utf8");
      // An action declared inside a component would escape this list: keep them in action files.
      if (/^\s+["']use server["']/m.test(text)) found.push(`${file}#inline server action`);
      if (!/^["']use server["'];?$/m.test(text)) continue;
      for (const match of text.matchAll(/^export (?:async function|const) (\w+)/gm)) {
        found.push(`${file}#${match[1]}`);
      }
    }
    return found;
  }

  it("every page, route handler method and server action has a row, and every row exists", async () => {
    const found = await existing();
    expect(
      found.filter((key) => !listed.has(key)),
      "missing from the matrix",
    ).toEqual([]);
    expect(
      [...listed].filter((key) => !found.includes(key)),
      "rows for things that are gone",
    ).toEqual([]);
    expect(listed.size, "a row appears twice").toBe(AUTHORIZATION_MATRIX.length);
  });

  it("docs/authorization-matrix.md is the table as it stands (npm run docs:matrix)", async () => {
    const target = "docs/authorization-matrix.md";
    const options = { ...(await resolveConfig(target)), parser: "markdown" };
    expect(await readFile(target, "utf8")).toBe(await format(renderAuthorizationMatrix(), options));
  });
});
