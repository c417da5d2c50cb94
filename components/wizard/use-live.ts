"use client";

import { useEffect, useRef, useState, type RefObject } from "react";
import { usePlanApi } from "./plan-api";

export interface PresentPerson {
  connectionId: string;
  userId: string;
  name: string;
  /** A workshop guest, known only by the display name they gave. */
  guest: boolean;
  step: string;
}

export interface RemoteValue {
  key: string;
  revision: number;
  value: unknown;
  by: string | null;
  byGuest: boolean;
}

export interface RemoteItem {
  id: string;
  position: number;
  revision: number;
}

export interface LiveHandlers {
  onValue(value: RemoteValue): void;
  onItems(list: string, items: RemoteItem[]): void;
  /** After a gap: every list in full and every value saved since. */
  onSync(lists: Record<string, RemoteItem[]>, values: RemoteValue[]): void;
  /** The plan's state or the person's role changed: reload what may be done. */
  onPlan(): void;
  /** Access to the plan ended. */
  onRevoked(): void;
  /** The workshop's timebox or dot-vote round, with the server's clock (components/workshop). */
  onWorkshop?(event: "timebox" | "dotvote", data: unknown): void;
}

export type LiveStatus = "connecting" | "live" | "reconnecting" | "ended";

const RECONNECT_MS = 2_000;

/**
 * The plan's live connection (server-sent events): who else is here, and others' saved changes.
 * Reconnects after a drop (and as soon as the browser is online again), asking for what it missed
 * since the last revision it saw. `connection` holds the connection's id for autosave to send along.
 * The endpoints are members' unless a PlanApiProvider names others (workshop guests').
 */
export function useLive(
  planId: string,
  step: string,
  initialRevision: number,
  connection: RefObject<string | null>,
  handlers: LiveHandlers,
) {
  const apiBase = usePlanApi(planId);
  const [people, setPeople] = useState<PresentPerson[]>([]);
  const [status, setStatus] = useState<LiveStatus>("connecting");
  const [connectionId, setConnectionId] = useState<string | null>(null);
  const handlersRef = useRef(handlers);
  const stepRef = useRef(step);
  const cursor = useRef(initialRevision);
  useEffect(() => {
    handlersRef.current = handlers;
  });

  useEffect(() => {
    let source: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let stopped = false;
    const seen = (revision: number) => {
      cursor.current = Math.max(cursor.current, revision);
    };
    const data = <T>(event: Event) => JSON.parse((event as MessageEvent<string>).data) as T;

    const open = () => {
      if (timer) clearTimeout(timer);
      timer = null;
      source?.close();
      const params = new URLSearchParams({ step: stepRef.current, since: String(cursor.current) });
      const current = new EventSource(`${apiBase}/events?${params}`);
      source = current;
      current.addEventListener("hello", (event) => {
        connection.current = data<{ connectionId: string }>(event).connectionId;
        setConnectionId(connection.current);
        setStatus("live");
      });
      current.addEventListener("presence", (event) =>
        setPeople(data<{ people: PresentPerson[] }>(event).people),
      );
      current.addEventListener("value", (event) => {
        const value = data<RemoteValue>(event);
        seen(value.revision);
        handlersRef.current.onValue(value);
      });
      current.addEventListener("items", (event) => {
        const { list, items, revision } = data<{ list: string; items: RemoteItem[]; revision: number }>(
          event,
        );
        seen(revision);
        handlersRef.current.onItems(list, items);
      });
      current.addEventListener("sync", (event) => {
        const sync = data<{ lists: Record<string, RemoteItem[]>; values: RemoteValue[]; revision: number }>(
          event,
        );
        seen(sync.revision);
        handlersRef.current.onSync(sync.lists, sync.values);
      });
      current.addEventListener("plan", () => handlersRef.current.onPlan());
      for (const name of ["timebox", "dotvote"] as const)
        current.addEventListener(name, (event) => handlersRef.current.onWorkshop?.(name, data(event)));
      current.addEventListener("revoked", () => {
        stopped = true;
        current.close();
        connection.current = null;
        setPeople([]);
        setStatus("ended");
        handlersRef.current.onRevoked();
      });
      current.onerror = () => {
        // Reconnect ourselves, so the next attempt asks for what was missed since the last revision.
        current.close();
        connection.current = null;
        if (stopped) return;
        setStatus("reconnecting");
        timer = setTimeout(open, RECONNECT_MS);
      };
    };

    const online = () => {
      if (!stopped && source?.readyState !== EventSource.OPEN) open();
    };
    open();
    window.addEventListener("online", online);
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      source?.close();
      connection.current = null;
      window.removeEventListener("online", online);
    };
  }, [apiBase, connection]);

  useEffect(() => {
    stepRef.current = step;
    const id = connection.current;
    if (!id) return;
    void fetch(`${apiBase}/presence`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ connectionId: id, step }),
    }).catch(() => {
      // Offline: the next connection announces the step it opens on.
    });
  }, [apiBase, step, connection]);

  return { people, status, connectionId };
}
