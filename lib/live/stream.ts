import "server-only";
import {
  checkLiveSession,
  closeLiveSession,
  listPresence,
  loadLiveChangesSince,
  loadLiveList,
  loadLiveValue,
  type LiveSession,
} from "@/lib/access/live";
import { loadDotVote, viewDotVote } from "@/lib/access/dot-votes";
import { loadTimebox } from "@/lib/access/workshop-timebox";
import { guestParticipantKey, memberParticipantKey } from "@/lib/workshop/rules";
import type { TLiveNotice } from "./events";
import type { LiveHub } from "./hub";
import { logFailure } from "@/lib/db/unavailable";

export const HEARTBEAT_MS = 5_000;

export const SSE_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  // no-transform keeps compression (which would buffer the stream) away from it.
  "Cache-Control": "no-cache, no-store, no-transform",
  "X-Accel-Buffering": "no",
  Connection: "keep-alive",
} as const;

/**
 * Loads shared by every stream of this process for a moment: one notice, many open tabs, one
 * query. Keyed by revision, so nothing stale is handed out.
 */
const recent = new Map<string, Promise<unknown>>();
function shared<T>(key: string, load: () => Promise<T>): Promise<T> {
  let entry = recent.get(key) as Promise<T> | undefined;
  if (!entry) {
    entry = load();
    recent.set(key, entry);
    setTimeout(() => recent.delete(key), 2_000).unref?.();
  }
  return entry;
}

/** What a stream that only follows the plan's state (its overview) is told; it shows nothing else. */
const STATE_NOTICES: ReadonlySet<string> = new Set(["pl", "m", "g"]);

/**
 * Such a stream hears of edits only as `changed`, at most once in this time: its page renders
 * itself anew (readiness, last change), which a workshop's burst of edits must not repeat per edit.
 */
export const CHANGED_INTERVAL_MS = 3_000;

/** Notices whose state a stream reads whole (presence, timebox, dot vote): bursts can coalesce. */
const REREAD_WHOLE: ReadonlySet<string> = new Set(["pr", "tb", "dv"]);

interface StreamOptions {
  hub: LiveHub;
  signal: AbortSignal;
  /** The revision the client has seen; anything later is sent first. */
  since?: number;
  heartbeatMs?: number;
  changedIntervalMs?: number;
}

/**
 * The server-sent events of one live connection: `hello`, `presence`, `value`, `items`, `sync`,
 * `plan` (reload what you may do), `revoked` (access ended; the stream closes), `timebox` and
 * `dotvote` (the workshop's timer and dot-vote round, each with the server's clock); a stream that
 * only follows the plan's state gets `plan`, `revoked` and `changed` (edited). Work runs one
 * notice after another, so a client sees changes in the order they were committed.
 */
export function liveStream(session: LiveSession, options: StreamOptions): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let closed = false;
  let chain: Promise<void> = Promise.resolve();
  let cursor = options.since ?? session.revision;
  let lastPresence = "";
  const queuedRereads = new Set<string>();
  let unsubscribe: (() => void) | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;
  let changedTimer: ReturnType<typeof setTimeout> | null = null;
  let controllerRef: ReadableStreamDefaultController<Uint8Array> | null = null;

  const write = (chunk: string) => {
    if (closed || !controllerRef) return;
    try {
      controllerRef.enqueue(encoder.encode(chunk));
    } catch {
      close();
    }
  };
  const send = (event: string, data: unknown) => write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);

  const close = () => {
    if (closed) return;
    closed = true;
    if (timer) clearInterval(timer);
    if (changedTimer) clearTimeout(changedTimer);
    unsubscribe?.();
    try {
      controllerRef?.close();
    } catch {
      // already closed by the client
    }
    closeLiveSession(session).catch((error: unknown) => logFailure("[live] closing presence failed", error));
  };

  const run = (task: () => Promise<void>) => {
    chain = chain
      .then(() => (closed ? undefined : task()))
      .catch((error: unknown) => logFailure("[live] stream task failed", error));
  };

  const sendPresence = async (force = false) => {
    const people = await listPresence(session.planId);
    const serialised = JSON.stringify(people);
    if (!force && serialised === lastPresence) return;
    lastPresence = serialised;
    send("presence", { people });
  };

  // Each stream reads the workshop state itself: a dot-vote round shows each participant their
  // own dots, and hides the totals from everyone while the round says so.
  const sendTimebox = async () =>
    send("timebox", { timebox: await loadTimebox(session.planId), now: Date.now() });
  const sendDotVote = async () =>
    send("dotvote", {
      round: viewDotVote(
        await loadDotVote(session.planId),
        session.userId
          ? memberParticipantKey(session.userId)
          : session.guestId
            ? guestParticipantKey(session.guestId)
            : null,
      ),
      now: Date.now(),
    });

  const catchUp = async () => {
    const changes = await loadLiveChangesSince(session.planId, cursor);
    if (changes.revision <= cursor) return;
    send("sync", { lists: changes.lists, values: changes.values, revision: changes.revision });
    cursor = changes.revision;
  };

  const revokeUnlessAllowed = async () => {
    if (await checkLiveSession(session)) return true;
    send("revoked", {});
    close();
    return false;
  };

  // The first edit starts the interval; one `changed` at its end covers every edit made within it.
  const announceChange = () => {
    changedTimer ??= setTimeout(() => {
      changedTimer = null;
      send("changed", {});
    }, options.changedIntervalMs ?? CHANGED_INTERVAL_MS);
  };

  const handle = async (notice: TLiveNotice | { t: "resync" }) => {
    switch (notice.t) {
      case "v": {
        cursor = Math.max(cursor, notice.r);
        if (notice.o === session.connectionId) return;
        const value = await shared(`v:${notice.p}:${notice.k}:${notice.r}`, () =>
          loadLiveValue(notice.p, notice.k),
        );
        if (value) send("value", { ...value, origin: notice.o ?? null });
        return;
      }
      case "i": {
        cursor = Math.max(cursor, notice.r);
        if (notice.o === session.connectionId) return;
        const items = await shared(`i:${notice.p}:${notice.l}:${notice.r}`, () =>
          loadLiveList(notice.p, notice.l),
        );
        send("items", { list: notice.l, items, revision: notice.r, origin: notice.o ?? null });
        return;
      }
      case "pr":
        return sendPresence();
      case "pl":
        if (notice.o !== undefined && notice.o === session.connectionId) return;
        send("plan", {});
        return;
      case "tb":
        return sendTimebox();
      case "dv":
        return sendDotVote();
      case "m":
        if (await revokeUnlessAllowed()) send("plan", {});
        return;
      case "g":
        // Members' access does not depend on guest links or on which steps guests may edit.
        if (session.guestId && (await revokeUnlessAllowed())) send("plan", {});
        return;
      case "resync":
        await catchUp();
        await sendPresence(true);
        await sendTimebox();
        await sendDotVote();
        return;
    }
  };

  return new ReadableStream<Uint8Array>({
    async start(controller) {
      controllerRef = controller;
      options.signal.addEventListener("abort", close);
      // The browser retries after this long when the connection drops.
      write(`retry: 2000\n\n`);
      unsubscribe = await options.hub.subscribe({
        planId: session.planId,
        institutionId: session.institutionId,
        onNotice: (notice) => {
          if (session.followsStateOnly && !STATE_NOTICES.has(notice.t)) {
            // Edits only start the interval's timer, without a turn in the queue. After the listener
            // reconnected, edits may have gone unheard: the page catches up as well.
            if (notice.t === "v" || notice.t === "i" || notice.t === "resync") announceChange();
            return;
          }
          if (!REREAD_WHOLE.has(notice.t)) return run(() => handle(notice));
          // Presence, the timebox and the dot vote are re-read whole, so one refresh that has not
          // started yet answers every notice of its kind after it: a room filling up or a burst of
          // dots does not queue a read per notice in front of the next edit.
          if (queuedRereads.has(notice.t)) return;
          queuedRereads.add(notice.t);
          run(() => {
            queuedRereads.delete(notice.t);
            return handle(notice);
          });
        },
      });
      if (options.signal.aborted) return close();
      // Only once the hub listens: whoever hears "hello" may rely on hearing every change after it
      // (on PostgreSQL a new hub first has to open its listening connection).
      send("hello", { connectionId: session.connectionId, revision: session.revision });
      // Subscribed first, then caught up: nothing committed in between is missed (duplicates are
      // harmless, the client compares revisions).
      if (!session.followsStateOnly) {
        run(catchUp);
        run(() => sendPresence(true));
        run(sendTimebox);
        run(sendDotVote);
      }
      timer = setInterval(() => {
        run(async () => {
          if (await revokeUnlessAllowed()) {
            write(`: ping\n\n`);
            if (!session.followsStateOnly) await sendPresence();
          }
        });
      }, options.heartbeatMs ?? HEARTBEAT_MS);
    },
    cancel() {
      close();
    },
  });
}
