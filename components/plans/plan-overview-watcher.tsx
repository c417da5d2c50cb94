"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";

/**
 * Keeps a plan's overview current while it is open: when the plan's state changes (submitted,
 * decided, or reopened as a draft by someone's edit), when someone edits it (so its readiness and
 * "last changed" follow; the server sends that at most every few seconds), or when the reader's
 * access ends, the page is rendered anew. It follows the plan's live stream without being shown
 * to the others as present. A tab in the background waits until it is looked at again.
 */
export function PlanOverviewWatcher({ planId, revision }: { planId: string; revision: number }) {
  const router = useRouter();
  const shownRevision = useRef(revision);
  useEffect(() => {
    shownRevision.current = revision;
  }, [revision]);

  useEffect(() => {
    let missed = false;
    const refresh = () => {
      missed = document.hidden;
      if (!missed) router.refresh();
    };
    const onVisible = () => {
      if (missed && !document.hidden) refresh();
    };
    document.addEventListener("visibilitychange", onVisible);

    const source = new EventSource(`/api/plans/${encodeURIComponent(planId)}/events?watch=1`);
    // Every connection starts with the plan's revision: edits saved after the page was rendered,
    // or while the connection was down (when nothing else was told either), are caught up.
    let connectedBefore = false;
    source.addEventListener("hello", (event) => {
      const { revision: current } = JSON.parse((event as MessageEvent<string>).data) as { revision: number };
      if (connectedBefore || current > shownRevision.current) refresh();
      connectedBefore = true;
    });
    source.addEventListener("plan", refresh);
    source.addEventListener("changed", refresh);
    source.addEventListener("revoked", () => {
      source.close();
      refresh();
    });
    return () => {
      source.close();
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [planId, router]);
  return null;
}
