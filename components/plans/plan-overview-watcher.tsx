"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Keeps a plan's overview current while it is open: when the plan's state changes (submitted,
 * decided, or reopened as a draft by someone's edit), when someone edits it (so its readiness and
 * "last changed" follow; the server sends that at most every few seconds), or when the reader's
 * access ends, the page is rendered anew. It follows the plan's live stream without being shown
 * to the others as present.
 */
export function PlanOverviewWatcher({ planId }: { planId: string }) {
  const router = useRouter();
  useEffect(() => {
    const source = new EventSource(`/api/plans/${encodeURIComponent(planId)}/events?watch=1`);
    // After a dropped connection, what changed meanwhile was not told: the page catches up.
    let opened = false;
    source.addEventListener("open", () => {
      if (opened) router.refresh();
      opened = true;
    });
    source.addEventListener("plan", () => router.refresh());
    source.addEventListener("changed", () => router.refresh());
    source.addEventListener("revoked", () => {
      source.close();
      router.refresh();
    });
    return () => source.close();
  }, [planId, router]);
  return null;
}
