import "server-only";
import { z } from "zod";
import { ZEmail } from "@/lib/access/accounts";
import { recordAudit } from "@/lib/access/audit";
import { makerStillVouches } from "@/lib/access/invitations";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";

// Some identity providers (Amazon Cognito, older Keycloak mappers) send the flag as a string.
const ZVerifiedFlag = z
  .union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")])
  .optional()
  .catch(undefined);
const ZClaimText = z.string().trim().max(200).optional().catch(undefined);

export const ZOidcClaims = z.object({
  sub: z.string().min(1).max(255),
  email: ZEmail,
  email_verified: ZVerifiedFlag,
  name: ZClaimText,
  given_name: ZClaimText,
  family_name: ZClaimText,
});

/** Why a single sign-on was turned away; the start page explains each one. */
export type OidcRefusal = "invalidProfile" | "unverifiedEmail" | "linkNeedsVerifiedEmail" | "otherIdentity";

export type OidcSignInResult =
  | { ok: true; user: { id: string; email: string; sessionVersion: number } }
  | { ok: false; reason: OidcRefusal };

function displayName(claims: z.infer<typeof ZOidcClaims>): string {
  const full = claims.name || [claims.given_name, claims.family_name].filter(Boolean).join(" ");
  // PostgreSQL cannot store NUL; control characters have no place in a name.
  const clean = full.replace(/\p{Cc}/gu, "").trim();
  return (clean || claims.email.split("@")[0]!).slice(0, 120);
}

/**
 * Finds or creates the Wegweiser account for a person the identity provider vouches for, and
 * connects it to institutions: open invitations for their e-mail address are accepted, and at the
 * first single sign-on an institution that declared the address's domain takes them in as a viewer.
 *
 * The provider's `sub` is recorded at the first sign-on and identifies the person from then on.
 * An address the provider marks as unverified is refused outright; an existing account with a
 * password is linked only when the provider says the address is verified, since otherwise whoever
 * controls an identity with that address at the provider could take the account over.
 */
export async function signInWithOidc(rawClaims: unknown): Promise<OidcSignInResult> {
  const parsed = ZOidcClaims.safeParse(rawClaims);
  if (!parsed.success) return { ok: false, reason: "invalidProfile" };
  const claims = parsed.data;
  if (claims.email_verified === false) return { ok: false, reason: "unverifiedEmail" };

  const prisma = await getPrisma();
  return prisma.$transaction(async (tx): Promise<OidcSignInResult> => {
    const select = { id: true, email: true, sessionVersion: true, passwordHash: true, oidcSubject: true };
    let user = await tx.user.findUnique({ where: { oidcSubject: claims.sub }, select });
    let firstSignOn = false;
    if (!user) {
      const byEmail = await tx.user.findUnique({ where: { email: claims.email }, select });
      if (byEmail?.oidcSubject) return { ok: false, reason: "otherIdentity" };
      if (byEmail?.passwordHash && claims.email_verified !== true) {
        return { ok: false, reason: "linkNeedsVerifiedEmail" };
      }
      user = byEmail
        ? await tx.user.update({ where: { id: byEmail.id }, data: { oidcSubject: claims.sub }, select })
        : await tx.user.create({
            data: {
              email: claims.email,
              name: displayName(claims),
              passwordHash: null,
              oidcSubject: claims.sub,
            },
            select,
          });
      firstSignOn = true;
    }
    await acceptOpenInvitations(tx, user);
    if (firstSignOn) await joinByEmailDomain(tx, user);
    return { ok: true, user: { id: user.id, email: user.email, sessionVersion: user.sessionVersion } };
  });
}

type SignedOnUser = { id: string; email: string };

/** Every open invitation bound to the person's address is spent, as if they had clicked its link. */
async function acceptOpenInvitations(tx: Prisma.TransactionClient, user: SignedOnUser) {
  const invitations = await tx.invitation.findMany({
    where: { email: user.email, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true, role: true, institutionId: true, createdById: true },
  });
  for (const invitation of invitations) {
    if (!(await makerStillVouches(tx, invitation))) continue;
    // Someone who already belongs there keeps their role, and the invitation stays open (as a
    // clicked link does, see acceptInvitation): using it up would change nothing.
    const member = await tx.membership.findUnique({
      where: { userId_institutionId: { userId: user.id, institutionId: invitation.institutionId } },
      select: { id: true },
    });
    if (member) continue;
    // Spent only if still open: a link clicked at the same moment must not count twice.
    const spent = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null },
      data: { acceptedAt: new Date(), acceptedById: user.id },
    });
    if (spent.count !== 1) continue;
    await tx.membership.create({
      data: { userId: user.id, institutionId: invitation.institutionId, role: invitation.role },
    });
    await recordAudit(tx, {
      institutionId: invitation.institutionId,
      actor: { userId: user.id },
      action: "member.joined_sso",
      targetType: "membership",
      targetId: user.id,
      details: { role: invitation.role, via: "invitation" },
    });
  }
}

/**
 * Joins the institution that declared the address's domain, as a viewer: the least a colleague
 * needs, until an admin grants more. Only at the first sign-on, so that an admin's removal sticks.
 */
async function joinByEmailDomain(tx: Prisma.TransactionClient, user: SignedOnUser) {
  const domain = user.email.split("@")[1] ?? "";
  const declared = await tx.ssoDomain.findUnique({ where: { domain }, select: { institutionId: true } });
  if (!declared) return;
  const existing = await tx.membership.findUnique({
    where: { userId_institutionId: { userId: user.id, institutionId: declared.institutionId } },
    select: { id: true },
  });
  if (existing) return;
  await tx.membership.create({
    data: { userId: user.id, institutionId: declared.institutionId, role: "VIEWER" },
  });
  await recordAudit(tx, {
    institutionId: declared.institutionId,
    actor: { userId: user.id },
    action: "member.joined_sso",
    targetType: "membership",
    targetId: user.id,
    details: { role: "VIEWER", via: "domain", domain },
  });
}
