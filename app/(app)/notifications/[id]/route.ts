import { redirect } from "next/navigation";
import { currentActor } from "@/lib/access/actor";
import { openNotification } from "@/lib/access/notifications";

/** Following a notification: marks it read, then goes where it leads (see openNotification). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await currentActor();
  if (!actor) redirect(`/?returnTo=${encodeURIComponent(`/notifications/${encodeURIComponent(id)}`)}`);
  redirect(await openNotification(actor, id));
}
