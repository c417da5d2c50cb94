// `npm run living:remind`: sends the check-in and review reminders that are due, for every
// institution. Meant for a scheduler (cron, systemd timer, Kubernetes CronJob), e.g. hourly. Safe
// to run on several machines at once: every reminder is claimed by a unique database row first.
// The app also evaluates the signed-in person's reminders on request, so this job is optional.
// It also forgets the personal data of access that ended long ago (lib/access/retention.ts),
// which each app process does hourly as well.
import { getOperatorDatabase } from "@/lib/db/client";
import { findOverduePlans, sendDueReminders } from "@/lib/access/reminders";
import { RETENTION_DAYS, forgetEndedAccess } from "@/lib/access/retention";

async function main() {
  const database = await getOperatorDatabase();
  try {
    const at = new Date();
    const sent = await sendDueReminders(at);
    const overdue = await findOverduePlans(at);
    console.log(`Reminders sent: ${sent}. Plans with an overdue check-in or review: ${overdue.length}.`);
    const forgotten = await forgetEndedAccess(at);
    console.log(
      `Forgotten after ${RETENTION_DAYS} days: ${forgotten.invitations} invitations, ` +
        `${forgotten.guests} workshop guests' names, ${forgotten.passwordResets} password-reset links.`,
    );
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
