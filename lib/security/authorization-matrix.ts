/**
 * Who may reach what: every page, every server action and every route handler method of the app,
 * with the outcome expected for each kind of person. This table is the single source of truth:
 * tests/integration/authorization-matrix.test.ts calls every entry as every actor and checks the
 * outcome, and fails when a page, action or handler exists without a row here (or a row names
 * something that no longer exists); docs/authorization-matrix.md is rendered from it
 * (`npm run docs:matrix`).
 *
 * The roles are those of lib/access/permissions.ts; the table states their effect explicitly
 * instead of deriving it from there, so a change to the permissions shows up as a failing test.
 */

export const MATRIX_ACTORS = [
  "anonymous",
  "viewer",
  "editor",
  "approver",
  "consultant",
  "admin",
  "otherInstitution",
  "shareLinkHolder",
  "workshopGuest",
] as const;
export type MatrixActor = (typeof MATRIX_ACTORS)[number];

export const ACTOR_DESCRIPTIONS: Record<MatrixActor, string> = {
  anonymous: "not signed in",
  viewer: "member of the institution with role VIEWER",
  editor: "member with role EDITOR",
  approver: "member with role APPROVER",
  consultant: "member with role CONSULTANT",
  admin: "member with role ADMIN",
  otherInstitution: "signed in, ADMIN of another institution, not a member of this one",
  shareLinkHolder: "not signed in, holds a valid share link of the plan",
  workshopGuest:
    "not signed in, joined the plan's workshop by a guest link (guest cookie); the plan's first step is open to guests",
};

/**
 * - allow: the page renders (or forwards the person to their own place); the action or handler
 *   does its work.
 * - signIn: pages send the person to sign in; actions and handlers answer "not signed in" (401).
 * - forbidden: a member whose role does not allow it; pages explain, actions and handlers answer 403.
 * - notFound: answered exactly as for an id that does not exist (404), so nobody outside an
 *   institution learns that the institution, plan or record exists.
 */
export const OUTCOMES = ["allow", "signIn", "forbidden", "notFound"] as const;
export type Outcome = (typeof OUTCOMES)[number];

export type EntryKind = "page" | "action" | "route";

export interface MatrixEntry {
  kind: EntryKind;
  /** The file, relative to the repository root. */
  file: string;
  /** Pages: "default"; actions: the exported function; route handlers: the HTTP method. */
  name: string;
  /** What it does, in a few words. */
  purpose: string;
  expect: Record<MatrixActor, Outcome>;
  /** Why the outcome is what it is, where that is not obvious. */
  note?: string;
}

const ROLES = ["viewer", "editor", "approver", "consultant", "admin"] as const;
type RoleActor = (typeof ROLES)[number];

/** Open to everyone, signed in or not. */
const everyone = (): Record<MatrixActor, Outcome> =>
  Object.fromEntries(MATRIX_ACTORS.map((a) => [a, "allow"])) as Record<MatrixActor, Outcome>;

/** For any signed-in person, whatever their institutions: their own account, their notifications. */
const anySignedIn = (): Record<MatrixActor, Outcome> => ({
  ...everyone(),
  anonymous: "signIn",
  shareLinkHolder: "signIn",
  workshopGuest: "signIn",
});

/** Inside one institution: the listed roles may, other members are refused, outsiders see nothing. */
const members = (...allowed: RoleActor[]): Record<MatrixActor, Outcome> => ({
  anonymous: "signIn",
  shareLinkHolder: "signIn",
  // A guest is nobody's member: outside their workshop's own routes they are not signed in.
  workshopGuest: "signIn",
  otherInstitution: "notFound",
  ...(Object.fromEntries(ROLES.map((r) => [r, allowed.includes(r) ? "allow" : "forbidden"])) as Record<
    RoleActor,
    Outcome
  >),
});

/** Refused to everyone (as "not found"): a handler that is switched off in normal operation. */
const nobody = (): Record<MatrixActor, Outcome> =>
  Object.fromEntries(MATRIX_ACTORS.map((a) => [a, "notFound"])) as Record<MatrixActor, Outcome>;

const ALL_MEMBERS = ROLES;
const PLAN_WRITERS = ["editor", "consultant", "admin"] as const;
const INSTITUTION = "app/(app)/institutions/[slug]";
const PLAN = `${INSTITUTION}/plans/[planId]`;
const API_PLAN = "app/api/plans/[planId]";
const API_WORKSHOP = "app/api/workshop/[planId]";
/** A workshop guest's own routes: their plan only, for them only; everyone else gets "not found". */
const guestOnly = (): Record<MatrixActor, Outcome> => ({ ...nobody(), workshopGuest: "allow" });

export const AUTHORIZATION_MATRIX: MatrixEntry[] = [
  // Pages
  {
    kind: "page",
    file: "app/(public)/page.tsx",
    name: "default",
    purpose: "Start page and sign-in",
    expect: everyone(),
    note: "Signed-in people are forwarded to their institutions.",
  },
  {
    kind: "page",
    file: "app/(public)/register/page.tsx",
    name: "default",
    purpose: "Registration",
    expect: everyone(),
    note: "Signed-in people are forwarded to their institutions.",
  },
  {
    kind: "page",
    file: "app/(public)/invite/[token]/page.tsx",
    name: "default",
    purpose: "An invitation, by its secret link",
    expect: everyone(),
    note: "Whoever holds the link sees whom it invites; an unknown link is not found.",
  },
  {
    kind: "page",
    file: "app/(public)/reset/[token]/page.tsx",
    name: "default",
    purpose: "Set a new password, by a one-time link",
    expect: everyone(),
    note: "Whoever holds the link sees whose password it sets; an unknown, spent or expired link says that it does not work and what to do.",
  },
  {
    kind: "page",
    file: "app/(public)/w/[token]/page.tsx",
    name: "default",
    purpose: "A workshop's guest link: join under a display name",
    expect: everyone(),
    note: "Whoever holds the link sees the plan's title; an unknown or ended link says so and shows nothing else.",
  },
  {
    kind: "page",
    file: "app/(public)/workshop/[planId]/[step]/page.tsx",
    name: "default",
    purpose: "A workshop guest's wizard of their plan",
    expect: guestOnly(),
    note: "Only the guest cookie opens it, for the plan its link belongs to; steps not opened to guests are read-only.",
  },
  {
    kind: "page",
    file: `${PLAN}/workshop/page.tsx`,
    name: "default",
    purpose: "Workshop: guest links and the steps open to guests",
    expect: members(...PLAN_WRITERS),
  },
  {
    kind: "page",
    file: "app/(app)/account/page.tsx",
    name: "default",
    purpose: "Own account",
    expect: anySignedIn(),
  },
  {
    kind: "page",
    file: "app/(app)/notifications/page.tsx",
    name: "default",
    purpose: "Own notifications",
    expect: anySignedIn(),
  },
  {
    kind: "page",
    file: "app/(app)/notifications/[id]/page.tsx",
    name: "default",
    purpose: "Follow an own notification (marks it read)",
    expect: anySignedIn(),
    note: "Someone else's notification, or no notification, leads back to the list and changes nothing.",
  },
  {
    kind: "page",
    file: "app/(app)/institutions/page.tsx",
    name: "default",
    purpose: "Own institutions",
    expect: anySignedIn(),
  },
  {
    kind: "page",
    file: `${INSTITUTION}/page.tsx`,
    name: "default",
    purpose: "Institution overview with its plans",
    expect: members(...ALL_MEMBERS),
  },
  {
    kind: "page",
    file: `${INSTITUTION}/members/page.tsx`,
    name: "default",
    purpose: "Members and open invitations",
    expect: members("admin", "editor"),
    note: "Editors see the invitation form (editor, consultant, viewer) and their own open invitations only.",
  },
  {
    kind: "page",
    file: `${INSTITUTION}/settings/page.tsx`,
    name: "default",
    purpose: "The institution's name and type, data export, deletion",
    expect: members("admin"),
  },
  {
    kind: "page",
    file: `${INSTITUTION}/approval/page.tsx`,
    name: "default",
    purpose: "Approval chain settings",
    expect: members("admin"),
  },
  {
    kind: "page",
    file: `${INSTITUTION}/audit/page.tsx`,
    name: "default",
    purpose: "Audit log",
    expect: members("admin"),
  },
  {
    kind: "page",
    file: `${PLAN}/page.tsx`,
    name: "default",
    purpose: "Plan overview, history, review",
    expect: members(...ALL_MEMBERS),
  },
  {
    kind: "page",
    file: `${PLAN}/steps/[step]/page.tsx`,
    name: "default",
    purpose: "One step of the plan with its discussion",
    expect: members(...ALL_MEMBERS),
  },
  {
    kind: "page",
    file: `${PLAN}/compare/page.tsx`,
    name: "default",
    purpose: "Compare two versions",
    expect: members(...ALL_MEMBERS),
  },
  {
    kind: "page",
    file: `${PLAN}/document/page.tsx`,
    name: "default",
    purpose: "Document view, exports, share links",
    expect: members(...ALL_MEMBERS),
    note: "Share links are listed only to roles that may share.",
  },
  {
    kind: "page",
    file: "app/(present)/institutions/[slug]/plans/[planId]/present/page.tsx",
    name: "default",
    purpose: "Presentation mode",
    expect: members(...ALL_MEMBERS),
  },
  {
    kind: "page",
    file: `${PLAN}/progress/page.tsx`,
    name: "default",
    purpose: "Progress and check-ins",
    expect: members(...ALL_MEMBERS),
  },

  // Server actions
  {
    kind: "action",
    file: "app/locale-actions.ts",
    name: "setLocaleAction",
    purpose: "Switch the language",
    expect: everyone(),
  },
  {
    kind: "action",
    file: "app/(public)/auth-actions.ts",
    name: "loginAction",
    purpose: "Sign in",
    expect: everyone(),
  },
  {
    kind: "action",
    file: "app/(public)/auth-actions.ts",
    name: "ssoSignInAction",
    purpose: "Sign in through single sign-on (OpenID Connect)",
    expect: nobody(),
    note: "Exists only when AUTH_OIDC_* is configured; then open to everyone. The test runs without it.",
  },
  {
    kind: "action",
    file: "app/(public)/auth-actions.ts",
    name: "registerAction",
    purpose: "Register with a new institution",
    expect: everyone(),
    note: "Rate-limited per client address.",
  },
  {
    kind: "action",
    file: "app/(public)/auth-actions.ts",
    name: "registerWithInvitationAction",
    purpose: "Register through an invitation",
    expect: everyone(),
    note: "Needs the invitation's secret; rate-limited per client address.",
  },
  {
    kind: "action",
    file: "app/(public)/invite/[token]/actions.ts",
    name: "acceptInvitationAction",
    purpose: "Accept an invitation while signed in",
    expect: anySignedIn(),
    note: "Needs the invitation's secret; an invitation for another e-mail address, or to an institution the person already belongs to, is refused. Rate-limited.",
  },
  {
    kind: "action",
    file: "app/(public)/invite/[token]/actions.ts",
    name: "switchAccountAction",
    purpose: "Sign out to accept an invitation as another person",
    expect: everyone(),
  },
  {
    kind: "action",
    file: "app/(public)/reset/[token]/actions.ts",
    name: "resetPasswordAction",
    purpose: "Set a new password with a one-time link",
    expect: everyone(),
    note: "Needs the link's secret, made by whoever runs the installation (`npm run user:password-link`); ends the person's sessions. Rate-limited per client address.",
  },
  {
    kind: "action",
    file: "app/(app)/account/actions.ts",
    name: "logoutAction",
    purpose: "Sign out",
    expect: everyone(),
  },
  {
    kind: "action",
    file: "app/(app)/account/actions.ts",
    name: "changeNameAction",
    purpose: "Change own name",
    expect: anySignedIn(),
  },
  {
    kind: "action",
    file: "app/(app)/account/actions.ts",
    name: "changePasswordAction",
    purpose: "Change own password",
    expect: anySignedIn(),
  },
  {
    kind: "action",
    file: "app/(app)/account/actions.ts",
    name: "signOutEverywhereAction",
    purpose: "End all own sessions",
    expect: anySignedIn(),
  },
  {
    kind: "action",
    file: "app/(app)/account/actions.ts",
    name: "deleteAccountAction",
    purpose: "Delete own account (with the password)",
    expect: anySignedIn(),
    note: "The last admin of an institution with other members must hand over first (the test does).",
  },
  {
    kind: "action",
    file: "app/(app)/notifications/actions.ts",
    name: "markAllReadAction",
    purpose: "Mark own notifications read",
    expect: anySignedIn(),
  },
  {
    kind: "action",
    file: `${INSTITUTION}/plan-actions.ts`,
    name: "createPlanAction",
    purpose: "Create a plan",
    expect: members(...PLAN_WRITERS),
  },
  {
    kind: "action",
    file: `${INSTITUTION}/plan-actions.ts`,
    name: "importPlanAction",
    purpose: "Import a plan file",
    expect: members(...PLAN_WRITERS),
  },
  {
    kind: "action",
    file: `${INSTITUTION}/plan-actions.ts`,
    name: "renamePlanAction",
    purpose: "Rename a plan",
    expect: members(...PLAN_WRITERS),
  },
  {
    kind: "action",
    file: `${INSTITUTION}/plan-actions.ts`,
    name: "deletePlanAction",
    purpose: "Delete a plan",
    expect: members("editor", "admin"),
    note: "A plan approved once, or waiting for a decision, only admins delete.",
  },
  {
    kind: "action",
    file: `${INSTITUTION}/members/actions.ts`,
    name: "inviteAction",
    purpose: "Invite someone",
    expect: members("admin", "editor"),
    note: "Rate-limited per institution. Editors invite editors, consultants and viewers; admins and approvers only admins.",
  },
  {
    kind: "action",
    file: `${INSTITUTION}/members/actions.ts`,
    name: "revokeInvitationAction",
    purpose: "Revoke an invitation",
    expect: members("admin", "editor"),
    note: "Editors revoke the invitations they made; others' are not found for them.",
  },
  {
    kind: "action",
    file: `${INSTITUTION}/members/actions.ts`,
    name: "changeRoleAction",
    purpose: "Change a member's role",
    expect: members("admin"),
  },
  {
    kind: "action",
    file: `${INSTITUTION}/members/actions.ts`,
    name: "removeMemberAction",
    purpose: "Remove a member",
    expect: members("admin"),
  },
  {
    kind: "action",
    file: `${INSTITUTION}/members/actions.ts`,
    name: "ssoDomainsAction",
    purpose: "Declare the e-mail domains whose SSO users join as viewers",
    expect: members("admin"),
  },
  {
    kind: "action",
    file: `${INSTITUTION}/settings/actions.ts`,
    name: "updateInstitutionAction",
    purpose: "Correct the institution's name or type",
    expect: members("admin"),
    note: "The type is refused while a plan is in review.",
  },
  {
    kind: "action",
    file: `${INSTITUTION}/settings/actions.ts`,
    name: "deleteInstitutionAction",
    purpose: "Delete the institution and all its data (name typed to confirm)",
    expect: members("admin"),
  },
  {
    kind: "action",
    file: `${INSTITUTION}/approval/actions.ts`,
    name: "addStageAction",
    purpose: "Add an approval stage",
    expect: members("admin"),
  },
  {
    kind: "action",
    file: `${INSTITUTION}/approval/actions.ts`,
    name: "removeStageAction",
    purpose: "Remove an approval stage",
    expect: members("admin"),
  },
  {
    kind: "action",
    file: `${INSTITUTION}/approval/actions.ts`,
    name: "updateStageAction",
    purpose: "Rename an approval stage, set who decides it",
    expect: members("admin"),
  },
  {
    kind: "action",
    file: `${INSTITUTION}/approval/actions.ts`,
    name: "moveStageAction",
    purpose: "Reorder approval stages",
    expect: members("admin"),
  },
  {
    kind: "action",
    file: `${PLAN}/steps/actions.ts`,
    name: "submitPlanAction",
    purpose: "Submit a plan for approval",
    expect: members("editor", "admin"),
  },
  {
    kind: "action",
    file: `${PLAN}/steps/actions.ts`,
    name: "withdrawSubmissionAction",
    purpose: "Take a plan in review back to draft",
    expect: members("editor", "admin"),
  },
  {
    kind: "action",
    file: `${PLAN}/actions.ts`,
    name: "decidePlanAction",
    purpose: "Approve or send back a plan in review",
    expect: members("approver"),
    note: "With an approval chain, only the current stage's members decide.",
  },
  {
    kind: "action",
    file: `${PLAN}/comment-actions.ts`,
    name: "addCommentAction",
    purpose: "Comment on a step",
    expect: members(...ALL_MEMBERS),
  },
  {
    kind: "action",
    file: `${PLAN}/comment-actions.ts`,
    name: "resolveCommentAction",
    purpose: "Resolve or reopen a discussion",
    expect: members(...ALL_MEMBERS),
  },
  {
    kind: "action",
    file: `${PLAN}/progress/actions.ts`,
    name: "recordCheckInAction",
    purpose: "Record a check-in of an approved plan",
    expect: members(...PLAN_WRITERS),
  },
  {
    kind: "action",
    file: `${PLAN}/document/actions.ts`,
    name: "createShareLinkAction",
    purpose: "Create a share link",
    expect: members("editor", "approver", "admin"),
    note: "Rate-limited per plan.",
  },
  {
    kind: "action",
    file: `${PLAN}/document/actions.ts`,
    name: "revokeShareLinkAction",
    purpose: "Revoke a share link",
    expect: members("editor", "approver", "admin"),
  },

  {
    kind: "action",
    file: `${PLAN}/workshop/actions.ts`,
    name: "createWorkshopLinkAction",
    purpose: "Create a workshop guest link",
    expect: members(...PLAN_WRITERS),
    note: "Rate-limited per person.",
  },
  {
    kind: "action",
    file: `${PLAN}/workshop/actions.ts`,
    name: "revokeWorkshopLinkAction",
    purpose: "End a workshop guest link",
    expect: members(...PLAN_WRITERS),
  },
  {
    kind: "action",
    file: `${PLAN}/workshop/actions.ts`,
    name: "setGuestStepsAction",
    purpose: "Choose the steps workshop guests may edit",
    expect: members(...PLAN_WRITERS),
  },
  {
    kind: "action",
    file: "app/(public)/w/[token]/actions.ts",
    name: "joinWorkshopAction",
    purpose: "Join a workshop as a guest",
    expect: everyone(),
    note: "Needs the link's secret; rate-limited per client address. Sets the guest cookie, never a session.",
  },

  // Route handlers
  {
    kind: "route",
    file: "app/api/auth/[...nextauth]/route.ts",
    name: "GET",
    purpose: "Auth.js: CSRF token, providers, single sign-on callbacks",
    expect: everyone(),
    note: "Its session endpoint answers 404: the app reads sessions itself and refuses ended ones.",
  },
  {
    kind: "route",
    file: "app/api/auth/[...nextauth]/route.ts",
    name: "POST",
    purpose: "Auth.js: sign-in and sign-out requests",
    expect: everyone(),
    note: "Sign-in is throttled per account and address (lib/auth/login-throttle.ts).",
  },
  {
    kind: "route",
    file: "app/api/institutions/[slug]/export.json/route.ts",
    name: "GET",
    purpose: "All of an institution's data as JSON",
    expect: members("admin"),
  },
  {
    kind: "route",
    file: "app/api/health/route.ts",
    name: "GET",
    purpose: "Health check for the operator",
    expect: everyone(),
    note: "Says only whether the database answers and migrations are applied.",
  },
  {
    kind: "route",
    file: "app/api/bench/[probe]/route.ts",
    name: "GET",
    purpose: "Benchmark query counter",
    expect: nobody(),
    note: "Exists only with WEGWEISER_BENCH=on (`npm run bench`); otherwise 404 for everyone.",
  },
  {
    kind: "route",
    file: "app/api/bench/[probe]/route.ts",
    name: "POST",
    purpose: "Benchmark baseline write",
    expect: nobody(),
    note: "As above.",
  },
  {
    kind: "route",
    file: "app/s/[token]/route.ts",
    name: "GET",
    purpose: "A shared plan document, read-only",
    expect: { ...nobody(), shareLinkHolder: "allow" },
    note: "Only the link's secret opens it, signed in or not; without it, 404 like any unknown link.",
  },
  {
    kind: "route",
    file: `${API_PLAN}/route.ts`,
    name: "GET",
    purpose: "Read a plan",
    expect: members(...ALL_MEMBERS),
  },
  {
    kind: "route",
    file: `${API_PLAN}/route.ts`,
    name: "PATCH",
    purpose: "Rename a plan",
    expect: members(...PLAN_WRITERS),
  },
  {
    kind: "route",
    file: `${API_PLAN}/route.ts`,
    name: "DELETE",
    purpose: "Delete a plan",
    expect: members("editor", "admin"),
  },
  {
    kind: "route",
    file: `${API_PLAN}/changes/route.ts`,
    name: "POST",
    purpose: "Autosave one change",
    expect: members(...PLAN_WRITERS),
  },
  {
    kind: "route",
    file: `${API_PLAN}/events/route.ts`,
    name: "GET",
    purpose: "Live updates (server-sent events)",
    expect: members(...ALL_MEMBERS),
  },
  {
    kind: "route",
    file: `${API_PLAN}/presence/route.ts`,
    name: "POST",
    purpose: "Report the step one is on (live presence)",
    expect: members(...ALL_MEMBERS),
  },
  {
    kind: "route",
    file: `${API_PLAN}/timebox/route.ts`,
    name: "POST",
    purpose: "Run the workshop's timebox (start, pause, resume, add time, end)",
    expect: members(...PLAN_WRITERS),
    note: "Everyone on the plan sees the timer through the live updates; only those who may edit run it.",
  },
  {
    kind: "route",
    file: `${API_PLAN}/dot-votes/route.ts`,
    name: "POST",
    purpose: "Dot votes: run a round (start, end, apply the order) or place one's dots",
    expect: members(...PLAN_WRITERS),
    note: "Those who may edit the plan vote and facilitate; other members see the results live.",
  },
  {
    kind: "route",
    file: `${API_WORKSHOP}/changes/route.ts`,
    name: "POST",
    purpose: "A workshop guest's autosave",
    expect: guestOnly(),
    note: "Only in steps open to guests (403 otherwise), only while the guest's link is neither revoked nor expired.",
  },
  {
    kind: "route",
    file: `${API_WORKSHOP}/events/route.ts`,
    name: "GET",
    purpose: "A workshop guest's live updates",
    expect: guestOnly(),
    note: "Closed as soon as the guest's link is revoked or expires.",
  },
  {
    kind: "route",
    file: `${API_WORKSHOP}/presence/route.ts`,
    name: "POST",
    purpose: "The step a workshop guest is on",
    expect: guestOnly(),
  },
  {
    kind: "route",
    file: `${API_WORKSHOP}/dot-votes/route.ts`,
    name: "POST",
    purpose: "A workshop guest places or takes back dots in the running vote",
    expect: guestOnly(),
    note: "In any running round, also on steps not open to guests (voting is not editing); never the facilitator's commands.",
  },
  {
    kind: "route",
    file: `${API_PLAN}/export.pdf/route.ts`,
    name: "GET",
    purpose: "Export as PDF",
    expect: members(...ALL_MEMBERS),
  },
  {
    kind: "route",
    file: `${API_PLAN}/export.docx/route.ts`,
    name: "GET",
    purpose: "Export as Word",
    expect: members(...ALL_MEMBERS),
  },
  {
    kind: "route",
    file: `${API_PLAN}/export.md/route.ts`,
    name: "GET",
    purpose: "Export as Markdown",
    expect: members(...ALL_MEMBERS),
  },
  {
    kind: "route",
    file: `${API_PLAN}/export.json/route.ts`,
    name: "GET",
    purpose: "Export as plan file",
    expect: members(...ALL_MEMBERS),
  },
];

/** A stable key for an entry: file and name. */
export const entryKey = (entry: Pick<MatrixEntry, "file" | "name">) => `${entry.file}#${entry.name}`;

const OUTCOME_LABEL: Record<Outcome, string> = {
  allow: "✅ allow",
  signIn: "🔑 sign in",
  forbidden: "⛔ forbidden",
  notFound: "❔ not found",
};

const KIND_HEADING: Record<EntryKind, string> = {
  page: "Pages",
  action: "Server actions",
  route: "Route handlers",
};

/** docs/authorization-matrix.md, made from the table above. */
export function renderAuthorizationMatrix(entries: MatrixEntry[] = AUTHORIZATION_MATRIX): string {
  const lines = [
    "# Authorization matrix",
    "",
    "<!-- Generated from lib/security/authorization-matrix.ts by `npm run docs:matrix`; do not edit by hand. -->",
    "",
    "Every page, server action and route handler, and what each kind of person gets. The test",
    "`tests/integration/authorization-matrix.test.ts` checks every cell against the running code and",
    "fails when something exists that is not listed here.",
    "",
    "Actors:",
    "",
    ...MATRIX_ACTORS.map((a) => `- **${a}**: ${ACTOR_DESCRIPTIONS[a]}`),
    "",
    "Outcomes: ✅ allow — 🔑 sign in first (pages redirect, actions and handlers answer 401) —",
    "⛔ forbidden (the role does not allow it; 403) — ❔ not found (exactly as for an id that does not",
    "exist, 404: people outside an institution cannot tell whether something exists).",
  ];
  for (const kind of ["page", "action", "route"] as const) {
    lines.push("", `## ${KIND_HEADING[kind]}`, "");
    lines.push(`| Entry | Purpose | ${MATRIX_ACTORS.join(" | ")} |`);
    lines.push(`|---|---|${MATRIX_ACTORS.map(() => "---").join("|")}|`);
    const notes: string[] = [];
    for (const entry of entries.filter((e) => e.kind === kind)) {
      const label = kind === "page" ? `\`${entry.file}\`` : `\`${entry.name}\` in \`${entry.file}\``;
      const marker = entry.note ? ` [${notes.push(entry.note)}]` : "";
      const cells = MATRIX_ACTORS.map((a) => OUTCOME_LABEL[entry.expect[a]]);
      lines.push(`| ${label.replaceAll("|", "\\|")}${marker} | ${entry.purpose} | ${cells.join(" | ")} |`);
    }
    if (notes.length) lines.push("", ...notes.map((note, i) => `${i + 1}. ${note}`));
  }
  return `${lines.join("\n")}\n`;
}
