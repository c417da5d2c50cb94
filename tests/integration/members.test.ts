import { describe, expect, it } from "vitest";
import {
  acceptInvitation,
  createInvitation,
  listOpenInvitations,
  previewInvitation,
  registerWithInvitation,
  revokeInvitation,
} from "@/lib/access/invitations";
import { listAuditEvents } from "@/lib/access/audit";
import { changeMemberRole, listMembers, removeMember } from "@/lib/access/members";
import { revokeBeyondRole } from "@/lib/access/link-revocation";
import { listMyInstitutions } from "@/lib/access/memberships";
import { decidePlan, submitPlan } from "@/lib/access/plan-workflow";
import { createPlan } from "@/lib/access/plans";
import { createShareLink, openShareLink } from "@/lib/access/share-links";
import { createWorkshopLink } from "@/lib/access/workshop";
import { joinWorkshop } from "@/lib/access/workshop-guests";
import { getPrisma } from "@/lib/db/client";
import {
  TEST_PASSWORD,
  createCompletePlan,
  createInstitutionWithAdmin,
  createMember,
  uniqueEmail,
} from "../support/factories";
import { holdTransaction } from "../support/held-transaction";

async function membershipOf(userId: string, institutionId: string) {
  const prisma = await getPrisma();
  return prisma.membership.findUnique({ where: { userId_institutionId: { userId, institutionId } } });
}

describe("invitations", () => {
  it("a link invites a new person who joins with the given role, once", async () => {
    const { admin, institution } = await createInstitutionWithAdmin("Jugendhilfe West");
    const invitation = await createInvitation(admin, institution.slug, { role: "APPROVER" });
    expect(invitation.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await previewInvitation(invitation.token, null)).toMatchObject({
      institutionName: "Jugendhilfe West",
      role: "APPROVER",
      forOtherEmail: false,
      membership: null,
    });

    const email = uniqueEmail("director");
    const { user } = await registerWithInvitation(invitation.token, {
      name: "Dora",
      email,
      password: TEST_PASSWORD,
    });
    expect((await membershipOf(user.id, institution.id))?.role).toBe("APPROVER");

    const other = await createInstitutionWithAdmin();
    await expect(acceptInvitation(other.admin, invitation.token)).rejects.toMatchObject({
      code: "GONE",
      messageKey: "invitationUsed",
    });
    expect(await membershipOf(other.admin.userId, institution.id)).toBeNull();
    expect(await listOpenInvitations(admin, institution.slug)).toHaveLength(0);
  });

  it("refuses a link for an address that is already a member's, and invites anyone else", async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    const editor = await createMember(institution.id, "EDITOR");
    await expect(
      createInvitation(admin, institution.slug, {
        role: "APPROVER",
        email: ` ${editor.email.toUpperCase()} `,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", messageKey: "inviteeIsMember", details: { field: "email" } });
    expect(await listOpenInvitations(admin, institution.slug)).toHaveLength(0);
    // A member of another institution is invited as usual.
    const other = await createInstitutionWithAdmin();
    await createInvitation(admin, institution.slug, { role: "APPROVER", email: other.admin.email });
    expect(await listOpenInvitations(admin, institution.slug)).toHaveLength(1);
  });

  it("stores only a hash of the secret", async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    const invitation = await createInvitation(admin, institution.slug, { role: "EDITOR" });
    const prisma = await getPrisma();
    const row = await prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(row.tokenHash).not.toContain(invitation.token);
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("an existing user (a consultant) joins a second institution and keeps the first", async () => {
    const first = await createInstitutionWithAdmin("Erste Einrichtung");
    const consultant = await createMember(first.institution.id, "CONSULTANT");
    const second = await createInstitutionWithAdmin("Zweite Einrichtung");
    const invitation = await createInvitation(second.admin, second.institution.slug, { role: "CONSULTANT" });
    await acceptInvitation(consultant, invitation.token);
    const slugs = (await listMyInstitutions(consultant)).map((i) => i.slug).sort();
    expect(slugs).toEqual([first.institution.slug, second.institution.slug].sort());
  });

  it("refuses expired, revoked, unknown and malformed links", async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    const person = await createInstitutionWithAdmin();
    const prisma = await getPrisma();

    const expired = await createInvitation(admin, institution.slug, { role: "VIEWER" });
    await prisma.invitation.update({
      where: { id: expired.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await expect(acceptInvitation(person.admin, expired.token)).rejects.toMatchObject({
      code: "GONE",
      messageKey: "invitationExpired",
    });

    const revoked = await createInvitation(admin, institution.slug, { role: "VIEWER" });
    await revokeInvitation(admin, institution.slug, revoked.id);
    // Whoever holds a revoked link learns that it was revoked, not that it never existed.
    await expect(previewInvitation(revoked.token, null)).rejects.toMatchObject({
      code: "GONE",
      messageKey: "invitationRevoked",
    });
    await expect(acceptInvitation(person.admin, revoked.token)).rejects.toMatchObject({ code: "GONE" });

    await expect(previewInvitation("A".repeat(43), null)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(previewInvitation("../../etc/passwd", null)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await membershipOf(person.admin.userId, institution.id)).toBeNull();
  });

  it("is not used up by someone who already belongs to the institution, nor does it change their role", async () => {
    const { admin, institution } = await createInstitutionWithAdmin("Beratung Ost");
    const viewer = await createMember(institution.id, "VIEWER");
    const invitation = await createInvitation(admin, institution.slug, { role: "EDITOR" });
    expect(await previewInvitation(invitation.token, viewer)).toMatchObject({
      membership: { slug: institution.slug, role: "VIEWER" },
    });
    await expect(acceptInvitation(viewer, invitation.token)).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "alreadyMember",
      details: { institution: "Beratung Ost" },
    });
    expect((await membershipOf(viewer.userId, institution.id))?.role).toBe("VIEWER");
    expect(await listOpenInvitations(admin, institution.slug)).toHaveLength(1);
    const prisma = await getPrisma();
    expect(
      await prisma.auditEvent.count({ where: { institutionId: institution.id, action: "member.joined" } }),
    ).toBe(0);
  });

  it("an invitation for an e-mail address only works for that address", async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    const invited = uniqueEmail("invited");
    const invitation = await createInvitation(admin, institution.slug, { role: "EDITOR", email: invited });
    const stranger = await createInstitutionWithAdmin();
    // The page says so before anyone clicks.
    expect(await previewInvitation(invitation.token, stranger.admin)).toMatchObject({ forOtherEmail: true });
    await expect(acceptInvitation(stranger.admin, invitation.token)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const { user } = await registerWithInvitation(invitation.token, {
      name: "Ina",
      email: invited,
      password: TEST_PASSWORD,
    });
    expect((await membershipOf(user.id, institution.id))?.role).toBe("EDITOR");
  });

  it("editors invite colleagues to work on plans; admins and approvers only admins invite", async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    const editor = await createMember(institution.id, "EDITOR");
    for (const role of ["ADMIN", "APPROVER"] as const)
      await expect(createInvitation(editor, institution.slug, { role })).rejects.toMatchObject({
        code: "FORBIDDEN",
        messageKey: "roleNotInvitable",
      });
    const own = await createInvitation(editor, institution.slug, { role: "CONSULTANT" });
    await createInvitation(editor, institution.slug, { role: "VIEWER" });
    await createInvitation(editor, institution.slug, { role: "EDITOR" });
    const admins = await createInvitation(admin, institution.slug, { role: "APPROVER" });
    for (const role of ["CONSULTANT", "VIEWER", "APPROVER"] as const) {
      const member = await createMember(institution.id, role);
      await expect(createInvitation(member, institution.slug, { role: "VIEWER" })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(listOpenInvitations(member, institution.slug)).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    // An editor sees and revokes their own invitations, not the admin's; the admin sees them all.
    expect((await listOpenInvitations(editor, institution.slug)).map((i) => i.role).sort()).toEqual([
      "CONSULTANT",
      "EDITOR",
      "VIEWER",
    ]);
    await expect(revokeInvitation(editor, institution.slug, admins.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await revokeInvitation(editor, institution.slug, own.id);
    expect((await listOpenInvitations(admin, institution.slug)).map((i) => i.role).sort()).toEqual([
      "APPROVER",
      "EDITOR",
      "VIEWER",
    ]);
    // Someone invited by an editor joins with the role the link names.
    const invited = await createInvitation(editor, institution.slug, { role: "CONSULTANT" });
    const { user } = await registerWithInvitation(invited.token, {
      name: "Bea Beratung",
      email: uniqueEmail("bea"),
      password: TEST_PASSWORD,
    });
    expect((await membershipOf(user.id, institution.id))?.role).toBe("CONSULTANT");
  });

  it("invitations only in one's own institution", async () => {
    const { institution } = await createInstitutionWithAdmin();
    const outsider = await createInstitutionWithAdmin();
    await expect(createInvitation(outsider.admin, institution.slug, { role: "ADMIN" })).rejects.toMatchObject(
      { code: "NOT_FOUND" },
    );
  });
});

describe("members", () => {
  it("writes invitations, joins, role changes and removals to the audit log", async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    const invitation = await createInvitation(admin, institution.slug, { role: "VIEWER" });
    const { user } = await registerWithInvitation(invitation.token, {
      name: "Nina Neu",
      email: uniqueEmail("nina"),
      password: TEST_PASSWORD,
    });
    const membership = (await membershipOf(user.id, institution.id))!;
    await changeMemberRole(admin, institution.slug, membership.id, "EDITOR");
    await removeMember(admin, institution.slug, membership.id);
    const { events } = await listAuditEvents(admin, institution.slug);
    expect(events.map((e) => [e.action, e.details])).toEqual([
      ["member.removed", { role: "EDITOR" }],
      ["member.role_changed", { from: "VIEWER", to: "EDITOR" }],
      ["member.joined", { role: "VIEWER" }],
      ["invitation.created", { role: "VIEWER" }],
    ]);
  });

  it("admins change roles and remove members", async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    const viewer = await createMember(institution.id, "VIEWER");
    const { members } = await listMembers(admin, institution.slug);
    const viewerMembership = members.find((m) => m.user.id === viewer.userId)!;

    await changeMemberRole(admin, institution.slug, viewerMembership.id, "EDITOR");
    expect((await membershipOf(viewer.userId, institution.id))?.role).toBe("EDITOR");

    await expect(removeMember(admin, institution.slug, viewerMembership.id)).resolves.toEqual({
      removedSelf: false,
    });
    expect(await membershipOf(viewer.userId, institution.id)).toBeNull();
    await expect(listMyInstitutions(viewer)).resolves.toEqual([]);
  });

  it("an admin leaves while another admin remains, and is told it was themselves", async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    await createMember(institution.id, "ADMIN");
    const own = (await listMembers(admin, institution.slug)).members.find((m) => m.user.id === admin.userId)!;
    await expect(removeMember(admin, institution.slug, own.id)).resolves.toEqual({ removedSelf: true });
    expect(await membershipOf(admin.userId, institution.id)).toBeNull();
  });

  it("never leaves an institution without an admin", async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    const own = (await listMembers(admin, institution.slug)).members[0]!;
    await expect(changeMemberRole(admin, institution.slug, own.id, "EDITOR")).rejects.toMatchObject({
      messageKey: "lastAdmin",
    });
    await expect(removeMember(admin, institution.slug, own.id)).rejects.toMatchObject({
      messageKey: "lastAdmin",
    });
    expect((await membershipOf(admin.userId, institution.id))?.role).toBe("ADMIN");
  });

  it("two admins demoting each other at the same moment leave one of them an admin", async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    const other = await createMember(institution.id, "ADMIN");
    const mine = (await membershipOf(admin.userId, institution.id))!.id;
    const theirs = (await membershipOf(other.userId, institution.id))!.id;
    const results = await Promise.allSettled([
      changeMemberRole(admin, institution.slug, theirs, "EDITOR"),
      changeMemberRole(other, institution.slug, mine, "EDITOR"),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const prisma = await getPrisma();
    expect(await prisma.membership.count({ where: { institutionId: institution.id, role: "ADMIN" } })).toBe(
      1,
    );
  });

  it("a demoted member's invitations beyond their new role are revoked; the others stay", async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    const formerAdmin = await createMember(institution.id, "ADMIN");
    const asAdmin = await createInvitation(formerAdmin, institution.slug, { role: "ADMIN" });
    const asEditor = await createInvitation(formerAdmin, institution.slug, { role: "EDITOR" });
    const membership = (await membershipOf(formerAdmin.userId, institution.id))!.id;
    await changeMemberRole(admin, institution.slug, membership, "EDITOR");
    // Kept, the link would make its holder an admin again.
    const newcomer = await createMember((await createInstitutionWithAdmin()).institution.id, "EDITOR");
    await expect(acceptInvitation(newcomer, asAdmin.token)).rejects.toMatchObject({ code: "GONE" });
    expect(await membershipOf(newcomer.userId, institution.id)).toBeNull();
    await acceptInvitation(newcomer, asEditor.token);
    expect((await membershipOf(newcomer.userId, institution.id))?.role).toBe("EDITOR");
    const [changed] = (await listAuditEvents(admin, institution.slug)).events.filter(
      (event) => event.action === "member.role_changed",
    );
    expect(changed?.details).toMatchObject({ from: "ADMIN", to: "EDITOR", invitationsRevoked: 1 });
  });

  it("a removed member's invitations, draft links and workshop links stop working; links to approved versions stay", async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    const plan = await createCompletePlan(admin, institution.slug, "Geteilt");
    await createMember(institution.id, "APPROVER");
    await submitPlan(admin, plan.id);
    const director = await createMember(institution.id, "APPROVER");
    await decidePlan(director, plan.id, { decision: "approve" });
    const editor = await createMember(institution.id, "EDITOR");
    const invitation = await createInvitation(editor, institution.slug, { role: "VIEWER" });
    const draft = await createShareLink(editor, plan.id, { version: "draft", language: "de" });
    const approved = await createShareLink(editor, plan.id, { version: 1, language: "de" });
    const workshop = await createWorkshopLink(editor, plan.id, {});
    const othersDraft = await createShareLink(admin, plan.id, { version: "draft", language: "de" });

    await removeMember(admin, institution.slug, (await membershipOf(editor.userId, institution.id))!.id);
    expect((await openShareLink(draft.token)).status).toBe("missing");
    await expect(joinWorkshop({ token: workshop.token, name: "Gast" }, "203.0.113.9")).rejects.toMatchObject({
      code: "GONE",
    });
    expect(await listOpenInvitations(admin, institution.slug)).toEqual([]);
    const outsider = await createMember((await createInstitutionWithAdmin()).institution.id, "EDITOR");
    await expect(acceptInvitation(outsider, invitation.token)).rejects.toMatchObject({ code: "GONE" });
    expect((await openShareLink(approved.token)).status).toBe("ok");
    expect((await openShareLink(othersDraft.token)).status).toBe("ok");
    const [removed] = (await listAuditEvents(admin, institution.slug)).events.filter(
      (event) => event.action === "member.removed",
    );
    expect(removed?.details).toMatchObject({ role: "EDITOR", invitationsRevoked: 1, linksRevoked: 2 });
  });

  it("a demoted member's links go with the rights to make them: a director keeps share links, not workshop links", async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    const plan = await createPlan(admin, institution.slug, "Geteilt");
    const editor = await createMember(institution.id, "EDITOR");
    const draft = await createShareLink(editor, plan.id, { version: "draft", language: "de" });
    const workshop = await createWorkshopLink(editor, plan.id, {});
    const membership = (await membershipOf(editor.userId, institution.id))!.id;
    await changeMemberRole(admin, institution.slug, membership, "APPROVER");
    expect((await openShareLink(draft.token)).status).toBe("ok");
    await expect(joinWorkshop({ token: workshop.token, name: "Gast" }, "203.0.113.10")).rejects.toMatchObject(
      {
        code: "GONE",
      },
    );
    await changeMemberRole(admin, institution.slug, membership, "VIEWER");
    expect((await openShareLink(draft.token)).status).toBe("missing");
  });

  it("an invitation whose maker is no longer a member, or may no longer invite so, admits nobody", async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    const editor = await createMember(institution.id, "EDITOR");
    const invitation = await createInvitation(editor, institution.slug, { role: "EDITOR" });
    // Left without the revocation a removal makes (e.g. before removals made it).
    const prisma = await getPrisma();
    await prisma.membership.delete({
      where: { id: (await membershipOf(editor.userId, institution.id))!.id },
    });
    await expect(previewInvitation(invitation.token, null)).rejects.toMatchObject({
      code: "GONE",
      messageKey: "invitationRevoked",
    });
    const newcomer = await createMember((await createInstitutionWithAdmin()).institution.id, "EDITOR");
    await expect(acceptInvitation(newcomer, invitation.token)).rejects.toMatchObject({ code: "GONE" });
    expect(await membershipOf(newcomer.userId, institution.id)).toBeNull();
    // The same invitation made by an admin still admits.
    const fromAdmin = await createInvitation(admin, institution.slug, { role: "EDITOR" });
    await acceptInvitation(newcomer, fromAdmin.token);
    expect((await membershipOf(newcomer.userId, institution.id))?.role).toBe("EDITOR");
  });

  it("cannot touch a membership of another institution", async () => {
    const a = await createInstitutionWithAdmin();
    const b = await createInstitutionWithAdmin();
    const memberOfB = await createMember(b.institution.id, "EDITOR");
    const membershipId = (await membershipOf(memberOfB.userId, b.institution.id))!.id;
    await expect(changeMemberRole(a.admin, a.institution.slug, membershipId, "VIEWER")).rejects.toMatchObject(
      { code: "NOT_FOUND" },
    );
    await expect(removeMember(a.admin, a.institution.slug, membershipId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await membershipOf(memberOfB.userId, b.institution.id))?.role).toBe("EDITOR");
  });

  it("non-admins cannot list or manage members", async () => {
    const { institution } = await createInstitutionWithAdmin();
    const editor = await createMember(institution.id, "EDITOR");
    await expect(listMembers(editor, institution.slug)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

/** Resolves once some statement of this database waits for a lock, or once `settled` settles. */
async function untilSomeoneWaitsForALock(settled: Promise<unknown>) {
  const prisma = await getPrisma();
  let done = false;
  void settled.finally(() => (done = true)).catch(() => undefined);
  for (;;) {
    const [row] = await prisma.$queryRaw<{ waiting: number }[]>`
      SELECT count(*)::int AS waiting FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock'`;
    if (done || (row?.waiting ?? 0) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

// PostgreSQL only: on the embedded database's single connection nothing runs beside a removal.
describe.runIf(Boolean(process.env.DATABASE_URL))("a link made while its maker is being removed", () => {
  it.each(["share", "workshop"] as const)(
    "a %s link is refused, not left working after the removal",
    async (kind) => {
      const { admin, institution } = await createInstitutionWithAdmin();
      const plan = await createPlan(admin, institution.slug, "Geteilt");
      const editor = await createMember(institution.id, "EDITOR");
      const prisma = await getPrisma();
      // The part of a removal that holds the institution's lock: revoke, then end the membership.
      const removal = await holdTransaction(async (tx) => {
        await tx.$executeRaw`SELECT 1 FROM "Institution" WHERE "id" = ${institution.id} FOR UPDATE`;
        await revokeBeyondRole(tx, institution.id, editor.userId, null);
        await tx.membership.delete({
          where: { userId_institutionId: { userId: editor.userId, institutionId: institution.id } },
        });
      });

      const making =
        kind === "share"
          ? createShareLink(editor, plan.id, { version: "draft", language: "de" })
          : createWorkshopLink(editor, plan.id, {});
      await untilSomeoneWaitsForALock(making);
      await removal.release();

      await expect(making).rejects.toMatchObject({ code: "NOT_FOUND" });
      const where = { planId: plan.id, revokedAt: null };
      const left =
        kind === "share"
          ? await prisma.shareLink.count({ where })
          : await prisma.workshopLink.count({ where });
      expect(left).toBe(0);
    },
  );
});
