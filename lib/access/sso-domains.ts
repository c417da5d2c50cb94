import "server-only";
import { z } from "zod";
import { getPrisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { recordAudit } from "./audit";
import { AppError } from "./errors";
import { requireMembership, type ActorRef } from "./memberships";

const MAX_DOMAINS = 20;
// Labels of letters, digits and inner hyphens; at least two labels; a top-level domain of letters
// (or an IDN in punycode, "xn--…"). No scheme, no "@", no wildcard, no trailing dot.
const DOMAIN =
  /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
// Everyone can get an address here: declaring one would let any of their users in.
const PUBLIC_MAIL_DOMAINS = new Set([
  "gmail.com",
  "googlemail.com",
  "outlook.com",
  "outlook.de",
  "hotmail.com",
  "hotmail.de",
  "live.com",
  "yahoo.com",
  "yahoo.de",
  "icloud.com",
  "aol.com",
  "gmx.de",
  "gmx.net",
  "web.de",
  "t-online.de",
  "freenet.de",
  "posteo.de",
  "mailbox.org",
  "proton.me",
  "protonmail.com",
]);

export const ZSsoDomain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(DOMAIN, "ssoDomain")
  .refine((domain) => !PUBLIC_MAIL_DOMAINS.has(domain), "ssoDomainPublic");

/** One field: domains separated by commas, spaces or line breaks; empty clears the list. */
export const ZSsoDomainList = z
  .string()
  .max(2000, "tooLong")
  .transform((text) => [...new Set(text.split(/[\s,;]+/).filter(Boolean))])
  .pipe(z.array(ZSsoDomain).max(MAX_DOMAINS, "ssoDomainCount"));

/** The e-mail domains whose people join this institution at their first single sign-on; admins only. */
export async function listSsoDomains(actor: ActorRef, institutionSlug: string) {
  const { institution } = await requireMembership(actor, institutionSlug, "MANAGE_MEMBERS");
  const prisma = await getPrisma();
  const rows = await prisma.ssoDomain.findMany({
    where: { institutionId: institution.id },
    select: { domain: true },
    orderBy: { domain: "asc" },
  });
  return rows.map((row) => row.domain);
}

/** Replaces the institution's SSO domains. A domain already declared by another institution is refused. */
export async function setSsoDomains(actor: ActorRef, institutionSlug: string, input: readonly string[]) {
  const { institution } = await requireMembership(actor, institutionSlug, "MANAGE_MEMBERS");
  const domains = [...new Set(z.array(ZSsoDomain).max(MAX_DOMAINS, "ssoDomainCount").parse(input))];
  const prisma = await getPrisma();
  try {
    await prisma.$transaction(async (tx) => {
      const elsewhere = await tx.ssoDomain.count({
        where: { domain: { in: domains }, institutionId: { not: institution.id } },
      });
      if (elsewhere > 0) throw new AppError("CONFLICT", "ssoDomainTaken");
      await tx.ssoDomain.deleteMany({ where: { institutionId: institution.id, domain: { notIn: domains } } });
      await tx.ssoDomain.createMany({
        data: domains.map((domain) => ({ domain, institutionId: institution.id })),
        skipDuplicates: true,
      });
      await recordAudit(tx, {
        institutionId: institution.id,
        actor,
        action: "sso.domains_changed",
        targetType: "institution",
        targetId: institution.id,
        details: { domains: domains.join(", ") || "—" },
      });
    });
  } catch (error) {
    // Two institutions declaring the same domain at the same moment: the primary key decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "ssoDomainTaken");
    }
    throw error;
  }
  return domains;
}
