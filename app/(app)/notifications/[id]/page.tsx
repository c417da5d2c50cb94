import { redirect } from "next/navigation";
import { openNotification } from "@/lib/access/notifications";
import { requirePageActor } from "@/lib/access/page-guards";

/**
 * Following a notification: marks it read, then goes where it leads (see openNotification). The
 * list links here with plain links, so no prefetch marks anything read.
 */
export default async function OpenNotificationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(`/notifications/${encodeURIComponent(id)}`);
  redirect(await openNotification(actor, id));
}
