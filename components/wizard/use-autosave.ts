"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { usePlanApi, useUnsavedKey } from "./plan-api";
import { AutosaveQueue, type AutosaveCallbacks, type AutosaveSnapshot } from "@/lib/autosave/queue";
import { unpackRevisions, type PackedRevisions } from "@/lib/autosave/revisions";

function browserQueue(
  unsavedKey: string,
  revisions: Record<string, number>,
  callbacks: AutosaveCallbacks,
  origin: () => string | null,
  apiBase: string,
) {
  return new AutosaveQueue(
    unsavedKey,
    revisions,
    {
      async send(change) {
        const connection = origin();
        const response = await fetch(`${apiBase}/changes`, {
          method: "POST",
          headers: {
            "Content-Type": "application/json",
            // Our live connection, so it is not told of this change as if someone else made it.
            ...(connection ? { "X-Live-Connection": connection } : {}),
          },
          body: JSON.stringify(change),
          // Lets a change sent while the page is being left still arrive.
          keepalive: true,
        });
        return { status: response.status, body: await response.json().catch(() => null) };
      },
      storage: typeof window === "undefined" ? undefined : window.localStorage,
      isOnline: () => typeof navigator === "undefined" || navigator.onLine,
      schedule: (callback, ms) => setTimeout(callback, ms),
      cancel: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
      now: () => Date.now(),
    },
    callbacks,
  );
}

const SERVER_SNAPSHOT: AutosaveSnapshot = {
  status: "idle",
  savedAt: null,
  conflicts: [],
  itemConflicts: [],
  errors: {},
  pending: 0,
  held: 0,
};

/** The autosave queue of one plan page (saving where usePlanApi says), and its state for rendering. */
export function useAutosave(
  planId: string,
  initialRevisions: PackedRevisions,
  callbacks: AutosaveCallbacks,
  origin: () => string | null = () => null,
) {
  const apiBase = usePlanApi(planId);
  const unsavedKey = useUnsavedKey(planId);
  const [queue] = useState(() =>
    browserQueue(unsavedKey, unpackRevisions(initialRevisions), callbacks, origin, apiBase),
  );
  const snapshot = useSyncExternalStore(queue.subscribe, queue.getSnapshot, () => SERVER_SNAPSHOT);

  useEffect(() => {
    queue.restore();
    const online = () => queue.retry();
    const leave = () => queue.flushNow();
    window.addEventListener("online", online);
    window.addEventListener("pagehide", leave);
    return () => {
      window.removeEventListener("online", online);
      window.removeEventListener("pagehide", leave);
      queue.flushNow();
    };
  }, [queue]);

  return { queue, snapshot };
}
