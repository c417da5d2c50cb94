import { z } from "zod";

/** The one PostgreSQL channel all live notifications travel on. */
export const LIVE_CHANNEL = "wegweiser_live";

/** A live connection's id as the server makes it (a UUID); sent back on autosave as the change's origin. */
export const ZConnectionId = z.string().regex(/^[0-9a-f-]{36}$/);

/**
 * What travels through NOTIFY: only ids and revisions (the payload limit is 8000 bytes, and a
 * notification is a hint that may be missed), never content. Subscribers load what changed.
 */
export const ZLiveNotice = z.discriminatedUnion("t", [
  // A field was saved: plan, key, revision, origin connection.
  z.object({
    t: z.literal("v"),
    p: z.string(),
    k: z.string(),
    r: z.number().int(),
    o: z.string().optional(),
  }),
  // A list's items were added, moved or removed.
  z.object({
    t: z.literal("i"),
    p: z.string(),
    l: z.string(),
    r: z.number().int(),
    o: z.string().optional(),
  }),
  // Someone opened or left the plan, or moved to another step.
  z.object({ t: z.literal("pr"), p: z.string() }),
  // The plan's state changed (submitted, decided, reopened by an edit): what may be done with it
  // may differ. `o` names the live connection whose edit reopened it, which knows already.
  z.object({ t: z.literal("pl"), p: z.string(), o: z.string().optional() }),
  // Workshop guests' access to the plan changed (steps opened or closed, a guest link revoked):
  // guests' streams check their access again and reload what they may do.
  z.object({ t: z.literal("g"), p: z.string() }),
  // Memberships of an institution changed, or its type (which decides the questions): every stream
  // on its plans checks access again and reloads what the plan asks and allows.
  z.object({ t: z.literal("m"), i: z.string() }),
  // The workshop's timebox was started, paused, resumed, extended or ended.
  z.object({ t: z.literal("tb"), p: z.string() }),
  // A dot-vote round started or ended, or someone placed or took back a dot.
  z.object({ t: z.literal("dv"), p: z.string() }),
]);
export type TLiveNotice = z.infer<typeof ZLiveNotice>;

export function encodeNotice(notice: TLiveNotice): string {
  const payload = JSON.stringify(notice);
  if (new TextEncoder().encode(payload).byteLength > 7900) throw new Error("live notice too large");
  return payload;
}

export function decodeNotice(payload: string): TLiveNotice | null {
  try {
    const parsed = ZLiveNotice.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
