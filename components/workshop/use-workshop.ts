"use client";

import { useCallback, useMemo, useState } from "react";
import { usePlanApi } from "@/components/wizard/plan-api";
import type { DotVoteView } from "@/lib/access/dot-votes";
import type { TimeboxState } from "@/lib/access/workshop-timebox";

export type { DotVoteView, TimeboxState };

export interface WorkshopState {
  timebox: TimeboxState | null;
  round: DotVoteView | null;
  /** Server time minus this browser's time: the countdown runs on the server's clock. */
  skew: number;
  /** The last refusal's message key (under workshopTools.errors), until the next request. */
  error: string | null;
  /** Which tool refused: its message shows beside that tool's controls only. */
  errorFrom: "timebox" | "dot-votes" | null;
  busy: boolean;
  /** The viewer's own dots, with votes still on their way shown at once. */
  mine: Record<string, number>;
  /** For useLive: the stream's `timebox` and `dotvote` events. */
  receive(event: "timebox" | "dotvote", data: unknown): void;
  timebox$(command: Record<string, unknown>): Promise<boolean>;
  dotVote$(command: Record<string, unknown>): Promise<boolean>;
  vote(itemId: string, dots: number): Promise<boolean>;
}

/**
 * A plan's workshop tools as this browser sees them. State arrives only through the live stream
 * (in commit order, so it never goes back to an older state); requests just send commands.
 */
export function useWorkshop(planId: string): WorkshopState {
  // Members vote through the plan's API, a workshop guest through the guests' one.
  const api = usePlanApi(planId);
  const [timebox, setTimebox] = useState<TimeboxState | null>(null);
  const [round, setRound] = useState<DotVoteView | null>(null);
  const [skew, setSkew] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [errorFrom, setErrorFrom] = useState<"timebox" | "dot-votes" | null>(null);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<Record<string, number>>({});

  const receive = useCallback((event: "timebox" | "dotvote", data: unknown) => {
    const payload = data as { now: number; timebox?: TimeboxState; round?: DotVoteView | null };
    setSkew(payload.now - Date.now());
    if (event === "timebox" && payload.timebox) setTimebox(payload.timebox);
    if (event !== "dotvote") return;
    const next = payload.round ?? null;
    setRound(next);
    // A vote on its way stays shown until the stream brings it back stored (or the round closes).
    setPending((p) => {
      const kept = Object.entries(p).filter(([id, dots]) => next?.open && (next.mine[id] ?? 0) !== dots);
      return kept.length === Object.keys(p).length ? p : Object.fromEntries(kept);
    });
  }, []);

  const post = useCallback(
    async (path: "timebox" | "dot-votes", body: Record<string, unknown>) => {
      setError(null);
      setErrorFrom(path);
      try {
        const response = await fetch(`${api}/${path}`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify(body),
        });
        if (response.ok) return true;
        const answer = (await response.json().catch(() => ({}))) as { message?: string };
        setError(answer.message ?? "failed");
      } catch {
        setError("offline");
      }
      return false;
    },
    [api],
  );

  const command = useCallback(
    (path: "timebox" | "dot-votes") => async (body: Record<string, unknown>) => {
      setBusy(true);
      try {
        return await post(path, body);
      } finally {
        setBusy(false);
      }
    },
    [post],
  );

  const vote = useCallback(
    async (itemId: string, dots: number) => {
      setPending((p) => ({ ...p, [itemId]: dots }));
      const ok = await post("dot-votes", { itemId, dots });
      // Refused: show what is stored (unless a later click on the same item is on its way).
      if (!ok)
        setPending((p) => {
          if (p[itemId] !== dots) return p;
          const { [itemId]: _refused, ...rest } = p;
          return rest;
        });
      return ok;
    },
    [post],
  );

  const mine = useMemo(() => ({ ...round?.mine, ...pending }), [round, pending]);
  const timebox$ = useMemo(() => command("timebox"), [command]);
  const dotVote$ = useMemo(() => command("dot-votes"), [command]);
  return { timebox, round, skew, error, errorFrom, busy, mine, receive, timebox$, dotVote$, vote };
}
