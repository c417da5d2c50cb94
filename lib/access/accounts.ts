import "server-only";
import { z } from "zod";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { ZNewPassword, containsEmailName, passwordNotFromEmail } from "@/lib/auth/password-rules";
import { getPrisma } from "@/lib/db/client";
import { InstitutionType } from "@/lib/db/generated/enums";
import { INSTITUTION_NAME_MAX } from "@/lib/institution-types";
import type { Prisma } from "@/lib/db/generated/client";
import { recordAuditInEach } from "./audit";
import { AppError } from "./errors";
import type { ActorRef } from "./memberships";
import { slugify } from "./slug";

export const ZEmail = z.string().trim().toLowerCase().email("email").max(254, "tooLong");
export { ZNewPassword };
export const ZPersonName = z.string().trim().min(1, "required").max(120, "tooLong");
export const ZInstitutionName = z
  .string()
  .trim()
  .min(1, "required")
  .min(2, "atLeastTwo")
  .max(INSTITUTION_NAME_MAX, "atMost160");
export const ZInstitutionType = z.enum(
  Object.values(InstitutionType) as [InstitutionType, ...InstitutionType[]],
  "choice",
);

export const ZRegistration = z
  .object({
    name: ZPersonName,
    email: ZEmail,
    password: ZNewPassword,
    institutionName: ZInstitutionName,
    institutionType: ZInstitutionType,
  })
  .superRefine(passwordNotFromEmail);
export type TRegistration = z.infer<typeof ZRegistration>;

async function uniqueSlug(tx: Prisma.TransactionClient, name: string): Promise<string> {
  const base = slugify(name);
  const taken = new Set(
    (await tx.institution.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map(
      (i) => i.slug,
    ),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export async function emailTaken(tx: Prisma.TransactionClient, email: string) {
  return (await tx.user.count({ where: { email } })) > 0;
}

/** Creates the person and their institution, with them as its admin. */
export async function registerWithInstitution(input: TRegistration) {
  const data = ZRegistration.parse(input);
  const passwordHash = await hashPassword(data.password);
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    if (await emailTaken(tx, data.email)) throw new AppError("CONFLICT", "emailTaken", { field: "email" });
    const user = await tx.user.create({
      data: { email: data.email, name: data.name, passwordHash },
      select: { id: true, email: true },
    });
    const institution = await tx.institution.create({
      data: {
        name: data.institutionName,
        type: data.institutionType,
        slug: await uniqueSlug(tx, data.institutionName),
        memberships: { create: { userId: user.id, role: "ADMIN" } },
      },
      select: { id: true, slug: true, name: true },
    });
    return { user, institution };
  });
}

export const ZPasswordChange = z
  .object({ currentPassword: z.string().min(1, "required").max(200, "tooLong"), newPassword: ZNewPassword })
  .refine((v) => v.currentPassword !== v.newPassword, {
    message: "passwordUnchanged",
    path: ["newPassword"],
  });

/** Changes the password and ends every session of this user, this one included. */
export async function changePassword(actor: ActorRef, input: z.infer<typeof ZPasswordChange>) {
  const data = ZPasswordChange.parse(input);
  const prisma = await getPrisma();
  const user = await prisma.user.findUnique({
    where: { id: actor.userId },
    select: { passwordHash: true, email: true },
  });
  if (!user) throw new AppError("UNAUTHENTICATED");
  if (containsEmailName(data.newPassword, user.email)) {
    throw new AppError("INVALID_INPUT", "passwordContainsEmail");
  }
  // Someone who signs in only through single sign-on has no password to change here.
  if (!user.passwordHash) throw new AppError("INVALID_INPUT", "noPasswordSso");
  if (!(await verifyPassword(user.passwordHash, data.currentPassword))) {
    throw new AppError("INVALID_INPUT", "wrongPassword", { field: "currentPassword" });
  }
  const passwordHash = await hashPassword(data.newPassword);
  await prisma.$transaction([
    prisma.user.update({
      where: { id: actor.userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    }),
    // A reset link handed out meanwhile, perhaps to the wrong person, no longer opens the account.
    prisma.passwordReset.updateMany({
      where: { userId: actor.userId, usedAt: null },
      data: { usedAt: new Date() },
    }),
  ]);
}

export const ZNameChange = z.object({ name: ZPersonName });

/**
 * Changes the name others see from now on: in member lists, presence and what the person writes
 * from then on. What was written or signed before keeps the name it was written with. Each of the
 * person's institutions records the change in its audit log, so a name taken to pass for someone
 * else can be traced.
 */
export async function changeName(actor: ActorRef, input: z.input<typeof ZNameChange>) {
  const { name } = ZNameChange.parse(input);
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    const before = await tx.user.findUnique({
      where: { id: actor.userId },
      select: { name: true, memberships: { select: { institutionId: true } } },
    });
    if (!before) throw new AppError("UNAUTHENTICATED");
    if (before.name === name) return;
    await tx.user.update({ where: { id: actor.userId }, data: { name } });
    await recordAuditInEach(
      tx,
      before.memberships.map((m) => m.institutionId),
      {
        actor,
        action: "account.renamed",
        targetType: "membership",
        targetId: actor.userId,
        details: { from: before.name, to: name },
      },
    );
  });
  return name;
}

/** Whether the person can sign in with a password (accounts made by single sign-on have none). */
export async function hasPassword(actor: ActorRef): Promise<boolean> {
  const prisma = await getPrisma();
  const user = await prisma.user.findUnique({ where: { id: actor.userId }, select: { passwordHash: true } });
  return Boolean(user?.passwordHash);
}

/** Ends every session of the user on every device. */
export async function signOutEverywhere(actor: ActorRef) {
  const prisma = await getPrisma();
  await prisma.user.update({ where: { id: actor.userId }, data: { sessionVersion: { increment: 1 } } });
}

export async function setPreferredLocale(actor: ActorRef, locale: "de" | "en") {
  const prisma = await getPrisma();
  await prisma.user.update({ where: { id: actor.userId }, data: { locale } });
}
