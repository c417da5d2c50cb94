import "server-only";
import { consumeRateLimit, RATE_LIMITS } from "@/lib/security/rate-limit";
import { z } from "zod";
import { hashPassword } from "@/lib/auth/password";
import { passwordNotFromEmail } from "@/lib/auth/password-rules";
import { getPrisma } from "@/lib/db/client";
import { hashSecret, LINK_SECRET_PATTERN, newLinkSecret, secretMatches } from "@/lib/security/secrets";
import type { Prisma } from "@/lib/db/generated/client";
import type { Role } from "@/lib/db/generated/enums";
import { ZEmail, ZNewPassword, ZPersonName, emailTaken } from "./accounts";
import { recordAudit } from "./audit";
import { AppError } from "./errors";
import { ZRole } from "./members";
import { requireMembership, type ActorRef } from "./memberships";
import { can, invitableRoles } from "./permissions";

const DAY_MS = 24 * 60 * 60 * 1000;
export const ZInvitationDays = z.coerce
  .number()
  .int("invitationDays")
  .min(1, "invitationDays")
  .max(30, "invitationDays");
export const ZInvitationToken = z.string().regex(LINK_SECRET_PATTERN, "invalidLink");

export const ZInvitationInput = z.object({
  role: ZRole,
  email: z.union([z.literal(""), ZEmail]).optional(),
  days: ZInvitationDays.default(7),
});

// Only the hash is stored: a leaked database cannot be turned into working links.
const hashToken = hashSecret;

export async function createInvitation(
  actor: ActorRef,
  institutionSlug: string,
  input: z.input<typeof ZInvitationInput>,
) {
  const { institution, role } = await requireMembership(actor, institutionSlug, "INVITE_MEMBERS");
  const data = ZInvitationInput.parse(input);
  if (!invitableRoles(role).includes(data.role)) throw new AppError("FORBIDDEN", "roleNotInvitable");
  const prisma = await getPrisma();
  // A link for someone already in the institution would only confuse: their role is changed instead.
  if (
    data.email &&
    (await prisma.membership.count({
      where: { institutionId: institution.id, user: { email: data.email } },
    }))
  )
    throw new AppError("CONFLICT", "inviteeIsMember", { field: "email" });
  // Counted only once access and input are checked: nobody else can use up an institution's quota.
  await consumeRateLimit(RATE_LIMITS.invitePerInstitution, institution.id);
  const token = newLinkSecret();
  const invitation = await prisma.$transaction(async (tx) => {
    const created = await tx.invitation.create({
      data: {
        institutionId: institution.id,
        role: data.role,
        email: data.email || null,
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + data.days * DAY_MS),
        createdById: actor.userId,
      },
      select: { id: true, role: true, email: true, expiresAt: true },
    });
    await recordAudit(tx, {
      institutionId: institution.id,
      actor,
      action: "invitation.created",
      targetType: "invitation",
      targetId: created.id,
      details: { role: created.role },
    });
    return created;
  });
  return { ...invitation, token };
}

/** Whose invitations someone sees and may revoke: admins all of them, editors their own. */
function ownUnlessManaging(actor: ActorRef, role: Role) {
  return can(role, "MANAGE_MEMBERS") ? {} : { createdById: actor.userId };
}

export async function listOpenInvitations(actor: ActorRef, institutionSlug: string) {
  const { institution, role } = await requireMembership(actor, institutionSlug, "INVITE_MEMBERS");
  const prisma = await getPrisma();
  return prisma.invitation.findMany({
    where: {
      institutionId: institution.id,
      ...ownUnlessManaging(actor, role),
      acceptedAt: null,
      revokedAt: null,
      expiresAt: { gt: new Date() },
    },
    select: {
      id: true,
      role: true,
      email: true,
      expiresAt: true,
      createdAt: true,
      createdBy: { select: { name: true } },
    },
    orderBy: { createdAt: "desc" },
  });
}

export async function revokeInvitation(actor: ActorRef, institutionSlug: string, invitationId: string) {
  const { institution, role } = await requireMembership(actor, institutionSlug, "INVITE_MEMBERS");
  const prisma = await getPrisma();
  const id = z.string().max(64).parse(invitationId);
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: {
        id,
        institutionId: institution.id,
        acceptedAt: null,
        revokedAt: null,
        ...ownUnlessManaging(actor, role),
      },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw new AppError("NOT_FOUND");
    await recordAudit(tx, {
      institutionId: institution.id,
      actor,
      action: "invitation.revoked",
      targetType: "invitation",
      targetId: id,
    });
  });
}

export interface InvitationPreview {
  institutionName: string;
  role: Role;
  email: string | null;
  expiresAt: Date;
  /** For a signed-in viewer: the invitation names another e-mail address than theirs. */
  forOtherEmail: boolean;
  /** For a signed-in viewer who already belongs to the institution: where, and in which role. */
  membership: { slug: string; role: Role } | null;
}

/**
 * Whether the invitation's maker may still make it: a member of the institution whose role may
 * invite with the invitation's role. Removals and demotions revoke what no longer holds
 * (lib/access/members.ts); this also covers invitations made before they did, and one made while
 * its maker was being removed.
 */
export async function makerStillVouches(
  db: Pick<Prisma.TransactionClient, "membership">,
  invitation: { institutionId: string; createdById: string; role: Role },
) {
  const maker = await db.membership.findUnique({
    where: {
      userId_institutionId: { userId: invitation.createdById, institutionId: invitation.institutionId },
    },
    select: { role: true },
  });
  return maker !== null && invitableRoles(maker.role).includes(invitation.role);
}

async function findUsableInvitation(token: string) {
  const parsed = ZInvitationToken.safeParse(token);
  if (!parsed.success) throw new AppError("NOT_FOUND", "invitationNotFound");
  const prisma = await getPrisma();
  const invitation = await prisma.invitation.findUnique({
    where: { tokenHash: hashToken(parsed.data) },
    select: {
      id: true,
      tokenHash: true,
      role: true,
      email: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      createdById: true,
      institution: { select: { id: true, slug: true, name: true } },
    },
  });
  // Found by its hash; checked once more in constant time (see lib/security/secrets.ts).
  if (!invitation || !secretMatches(parsed.data, invitation.tokenHash)) {
    throw new AppError("NOT_FOUND", "invitationNotFound");
  }
  // Whoever holds the link was invited once: they learn it was withdrawn rather than a bare 404.
  if (invitation.revokedAt) throw new AppError("GONE", "invitationRevoked");
  if (invitation.acceptedAt) throw new AppError("GONE", "invitationUsed");
  if (invitation.expiresAt <= new Date()) throw new AppError("GONE", "invitationExpired");
  if (!(await makerStillVouches(prisma, { ...invitation, institutionId: invitation.institution.id })))
    throw new AppError("GONE", "invitationRevoked");
  return invitation;
}

/**
 * What the invitation page shows before someone accepts. Needs no account; for a signed-in viewer
 * it also says whether they can accept it (see `acceptInvitation`).
 */
export async function previewInvitation(
  token: string,
  viewer: (ActorRef & { email: string }) | null,
): Promise<InvitationPreview> {
  const invitation = await findUsableInvitation(token);
  const prisma = await getPrisma();
  const membership = viewer
    ? await prisma.membership.findUnique({
        where: { userId_institutionId: { userId: viewer.userId, institutionId: invitation.institution.id } },
        select: { role: true },
      })
    : null;
  return {
    institutionName: invitation.institution.name,
    role: invitation.role,
    email: invitation.email,
    expiresAt: invitation.expiresAt,
    forOtherEmail: Boolean(viewer && invitation.email && invitation.email !== viewer.email.toLowerCase()),
    membership: membership && { slug: invitation.institution.slug, role: membership.role },
  };
}

/**
 * Joins the signed-in user to the institution; the link is spent in the same transaction. Someone
 * who already belongs there is refused and the link stays open: an invitation neither changes a
 * role (that is the admins' members page) nor should it be used up for nothing.
 */
export async function acceptInvitation(actor: ActorRef & { email: string }, token: string) {
  const invitation = await findUsableInvitation(token);
  if (invitation.email && invitation.email !== actor.email.toLowerCase()) {
    throw new AppError("FORBIDDEN", "invitationOtherEmail");
  }
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    const member = await tx.membership.findUnique({
      where: { userId_institutionId: { userId: actor.userId, institutionId: invitation.institution.id } },
      select: { role: true },
    });
    if (member) throw new AppError("CONFLICT", "alreadyMember", { institution: invitation.institution.name });
    const spent = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null },
      data: { acceptedAt: new Date(), acceptedById: actor.userId },
    });
    if (spent.count !== 1) throw new AppError("GONE", "invitationUsed");
    await tx.membership.create({
      data: { userId: actor.userId, institutionId: invitation.institution.id, role: invitation.role },
    });
    await recordAudit(tx, {
      institutionId: invitation.institution.id,
      actor,
      action: "member.joined",
      targetType: "membership",
      targetId: actor.userId,
      details: { role: invitation.role },
    });
  });
  return invitation.institution;
}

export const ZInvitedRegistrationFields = z.object({
  name: ZPersonName,
  email: ZEmail,
  password: ZNewPassword,
});
export const ZInvitedRegistration = ZInvitedRegistrationFields.superRefine(passwordNotFromEmail);

/** Creates an account for a person who holds an invitation and joins them right away. */
export async function registerWithInvitation(token: string, input: z.infer<typeof ZInvitedRegistration>) {
  const data = ZInvitedRegistration.parse(input);
  const invitation = await findUsableInvitation(token);
  if (invitation.email && invitation.email !== data.email)
    throw new AppError("FORBIDDEN", "invitationOtherEmail");
  const passwordHash = await hashPassword(data.password);
  const prisma = await getPrisma();
  const user = await prisma.$transaction(async (tx) => {
    if (await emailTaken(tx, data.email)) throw new AppError("CONFLICT", "emailTaken", { field: "email" });
    return tx.user.create({
      data: { email: data.email, name: data.name, passwordHash },
      select: { id: true, email: true },
    });
  });
  const institution = await acceptInvitation({ userId: user.id, email: user.email }, token);
  return { user, institution };
}
