import type { ReactNode } from "react";
import { AppHeader } from "@/components/layout/app-header";
import { listMyInstitutions } from "@/lib/access/memberships";
import { unreadNotificationCount } from "@/lib/access/notifications";
import { requirePageActor } from "@/lib/access/page-guards";
import { sendRemindersForActor } from "@/lib/access/reminders";
import { now } from "@/lib/clock";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requirePageActor();
  // Check-in reminders are evaluated on request (and by `npm run living:remind`); idempotent.
  await sendRemindersForActor(actor, await now());
  const [institutions, unread] = await Promise.all([
    listMyInstitutions(actor),
    unreadNotificationCount(actor),
  ]);
  return (
    <>
      <AppHeader actor={actor} institutions={institutions} unread={unread} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-8 print:max-w-none print:p-0">
        {children}
      </main>
    </>
  );
}
