import "server-only";
import { getPrisma } from "@/lib/db/client";
import { ANONYMISED_NAME } from "@/lib/people";

/** How long personal data of an access that ended is kept: long enough to answer "who was that?". */
export const RETENTION_DAYS = 90;
const DAY_MS = 86_400_000;

/**
 * Forgets the personal data that only records of ended access still hold, RETENTION_DAYS after the
 * access ended: invitations (an e-mail address) accepted, revoked or expired; the names of workshop
 * guests whose link expired or was revoked (the guest rows stay, so a link still says how many
 * joined); used and expired password-reset links. What an institution must keep is in its audit
 * log, which names people by the names they had. Safe to run anywhere at any time: each statement
 * only ever matches records past the period.
 */
export async function forgetEndedAccess(now = new Date()) {
  const before = new Date(now.getTime() - RETENTION_DAYS * DAY_MS);
  const prisma = await getPrisma();
  const [invitations, guests, passwordResets] = await prisma.$transaction([
    prisma.invitation.deleteMany({
      where: {
        OR: [{ acceptedAt: { lt: before } }, { revokedAt: { lt: before } }, { expiresAt: { lt: before } }],
      },
    }),
    prisma.workshopGuest.updateMany({
      where: {
        name: { not: ANONYMISED_NAME },
        link: { OR: [{ expiresAt: { lt: before } }, { revokedAt: { lt: before } }] },
      },
      data: { name: ANONYMISED_NAME },
    }),
    prisma.passwordReset.deleteMany({
      where: { OR: [{ usedAt: { lt: before } }, { expiresAt: { lt: before } }] },
    }),
  ]);
  return { invitations: invitations.count, guests: guests.count, passwordResets: passwordResets.count };
}

const HOUR_MS = 3_600_000;

/**
 * Runs forgetEndedAccess hourly in this server process (the first time an hour after it starts),
 * so an installation without a scheduler forgets too; `npm run living:remind` runs it as well.
 * A failed run is logged and tried again an hour later.
 */
export function forgetEndedAccessHourly() {
  const timer = setInterval(() => {
    forgetEndedAccess().catch((error: unknown) =>
      console.error("[retention] could not forget ended access", error),
    );
  }, HOUR_MS);
  // Never the reason the process stays alive.
  timer.unref();
}
