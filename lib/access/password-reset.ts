import "server-only";
import { z } from "zod";
import { forgetAccountFailures } from "@/lib/auth/login-throttle";
import { hashPassword } from "@/lib/auth/password";
import { ZNewPassword, containsEmailName } from "@/lib/auth/password-rules";
import { getPrisma } from "@/lib/db/client";
import { LINK_SECRET_PATTERN, hashSecret, newLinkSecret, secretMatches } from "@/lib/security/secrets";
import { ZEmail } from "./accounts";
import { recordAuditInEach } from "./audit";
import { AppError } from "./errors";

/*
 * Wegweiser sends no e-mail, so someone who forgot their password cannot be sent a link. Whoever
 * runs the installation makes one instead (`npm run user:password-link -- <address>`, which needs
 * access to the server's database, not to any account) and hands it over in person or by their
 * own mail. The link is a secret like an invitation's: only its SHA-256 is stored, it expires after
 * a day, its first use spends it, and a newer link for the same person voids the older ones.
 */

export const PASSWORD_RESET_TTL_MS = 24 * 60 * 60 * 1000;

const ZResetToken = z.string().regex(LINK_SECRET_PATTERN, "invalidLink");

/** Makes a link for the account with this address; returns its secret, shown once. */
export async function createPasswordResetLink(email: string, now = new Date()) {
  const address = ZEmail.parse(email);
  const prisma = await getPrisma();
  const user = await prisma.user.findUnique({
    where: { email: address },
    select: { id: true, name: true, passwordHash: true },
  });
  if (!user) throw new AppError("NOT_FOUND", "passwordResetNoAccount");
  // Their identity provider keeps their password; a second way in would bypass its rules.
  if (!user.passwordHash) throw new AppError("CONFLICT", "passwordResetSso");
  const token = newLinkSecret();
  const expiresAt = new Date(now.getTime() + PASSWORD_RESET_TTL_MS);
  await prisma.$transaction(async (tx) => {
    // Links spent or expired before are of no use any more; the audit log keeps what was done.
    await tx.passwordReset.deleteMany({
      where: { userId: user.id, OR: [{ usedAt: { not: null } }, { expiresAt: { lte: now } }] },
    });
    await tx.passwordReset.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: now } });
    await tx.passwordReset.create({ data: { userId: user.id, tokenHash: hashSecret(token), expiresAt } });
  });
  return { token, expiresAt, name: user.name };
}

async function findUsableReset(token: string) {
  const parsed = ZResetToken.safeParse(token);
  if (!parsed.success) throw new AppError("NOT_FOUND", "passwordResetNotFound");
  const prisma = await getPrisma();
  const reset = await prisma.passwordReset.findUnique({
    where: { tokenHash: hashSecret(parsed.data) },
    select: {
      id: true,
      tokenHash: true,
      expiresAt: true,
      usedAt: true,
      user: { select: { id: true, email: true } },
    },
  });
  if (!reset || !secretMatches(parsed.data, reset.tokenHash)) {
    throw new AppError("NOT_FOUND", "passwordResetNotFound");
  }
  if (reset.usedAt || reset.expiresAt <= new Date()) throw new AppError("GONE", "passwordResetUnusable");
  return reset;
}

/** For the page behind the link: whose password it sets (password managers file it under the address). */
export async function previewPasswordReset(token: string) {
  const reset = await findUsableReset(token);
  return { email: reset.user.email };
}

export const ZPasswordReset = z.object({ token: ZResetToken, newPassword: ZNewPassword });

/**
 * Sets the new password and spends the link. Every session of the person ends, as with a password
 * change: whoever might have known the old password is signed out. Each of their institutions
 * records it in its audit log.
 */
export async function resetPassword(input: z.input<typeof ZPasswordReset>) {
  const { token, newPassword } = ZPasswordReset.parse(input);
  const reset = await findUsableReset(token);
  if (containsEmailName(newPassword, reset.user.email)) {
    throw new AppError("INVALID_INPUT", "passwordContainsEmail", { field: "newPassword" });
  }
  const passwordHash = await hashPassword(newPassword);
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    // Spent exactly once, even when the link is sent twice at the same moment.
    const { count } = await tx.passwordReset.updateMany({
      where: { id: reset.id, usedAt: null, expiresAt: { gt: new Date() } },
      data: { usedAt: new Date() },
    });
    if (count !== 1) throw new AppError("GONE", "passwordResetUnusable");
    const user = await tx.user.update({
      where: { id: reset.user.id },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { memberships: { select: { institutionId: true } } },
    });
    // Failed guesses at the forgotten password no longer hold the person back.
    await forgetAccountFailures(tx, reset.user.email);
    await recordAuditInEach(
      tx,
      user.memberships.map((m) => m.institutionId),
      {
        actor: { userId: reset.user.id },
        action: "account.password_reset",
        targetType: "membership",
        targetId: reset.user.id,
      },
    );
  });
  return { email: reset.user.email };
}
