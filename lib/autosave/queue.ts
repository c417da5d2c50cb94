import { itemFieldOf } from "./revisions";

/** One unit of change, as the autosave endpoint takes it. */
export type Change =
  | { op: "set"; key: string; value: unknown; baseRevision: number }
  | { op: "addItem"; list: string; itemId: string; position?: number }
  | { op: "removeItem"; list: string; itemId: string; baseRevision: number }
  | { op: "moveItem"; list: string; itemId: string; position: number; baseRevision: number };

/** A change as kept in storage; `held`: a value that was not valid yet, not to be sent. */
type StoredChange = Change & { held?: true };

export type SaveStatus = "idle" | "saving" | "saved" | "retrying" | "failed" | "offline";

export interface Conflict {
  key: string;
  mine: unknown;
  theirs: unknown;
  revision: number;
}

/** A list item as the server has it now: its position and its fields with their revisions. */
export interface ItemState {
  position: number;
  itemRevision: number;
  values: Record<string, { value: unknown; revision: number }>;
}

/**
 * A list item's move or removal that met someone else's change, or edits of an item someone else
 * removed meanwhile. Nothing is dropped until the person decides.
 */
export interface ItemConflict {
  list: string;
  itemId: string;
  /** What happened meanwhile. */
  reason: "moved" | "edited" | "removed";
  /** Who did it, when known (a removal leaves no trace of who). */
  by: string | null;
  /** What this person did: moved or removed it, or typed into it after it was removed. */
  action: "move" | "remove" | "edit";
  /** The refused changes, kept until decided. */
  changes: Change[];
  /** The revision "keep mine" is based on. */
  revision: number;
  /** The item as it is now, to show it again ("take theirs"); absent once removed. */
  current?: ItemState;
}

export interface AutosaveSnapshot {
  status: SaveStatus;
  savedAt: number | null;
  conflicts: Conflict[];
  itemConflicts: ItemConflict[];
  /** Error codes per unit key, for changes the server refused. */
  errors: Record<string, string>;
  pending: number;
  /** Fields whose input is invalid: kept on this device, not sent until corrected. */
  held: number;
}

export interface AutosaveCallbacks {
  /** The other person's value, when a conflict is resolved in their favour. */
  onValue?: (key: string, value: unknown) => void;
  /** Changes an earlier visit could not save, to show them again. */
  onRestore?: (changes: Change[]) => void;
  /**
   * Whether the page came with this value of the field from the server. A change sent just before
   * the page was left can be saved without its answer arriving: the next visit shows it at a newer
   * revision, and sending it again would only be refused as stale.
   */
  isSaved?: (key: string, value: unknown) => boolean;
  /**
   * An item conflict was settled in the other person's favour: show the item as it is now, or
   * (null) no longer, as it was removed.
   */
  onItemState?: (list: string, itemId: string, current: ItemState | null) => void;
}

export interface AutosaveEnvironment {
  send(change: Change): Promise<{ status: number; body: unknown }>;
  storage?: Pick<Storage, "getItem" | "setItem" | "removeItem">;
  isOnline(): boolean;
  schedule(callback: () => void, ms: number): unknown;
  cancel(handle: unknown): void;
  now(): number;
}

/** What the server says about a refused change (see lib/access/plan-content.ts). */
interface ConflictDetails {
  revision?: number;
  value?: unknown;
  reason?: string;
  by?: string | null;
  position?: number;
  itemRevision?: number;
  values?: Record<string, { value: unknown; revision: number }>;
}

const DEBOUNCE_MS = 900;
const MAX_BACKOFF_MS = 30_000;
// A 503 means the server is up but its database is away for a moment (a restart): answering that
// costs the server next to nothing, so ask again often and save soon after it is back.
const MAX_BACKOFF_UNAVAILABLE_MS = 5_000;

export function unitKey(change: Change) {
  return change.op === "set" ? change.key : `item:${change.itemId}`;
}

const isItemKey = (key: string, itemId: string) => itemFieldOf(key)?.itemId === itemId;
/** The item's own unit (its position) or one of its fields. */
const belongsToItem = (key: string, itemId: string) => key === `item:${itemId}` || isItemKey(key, itemId);

/**
 * Saves a plan's changes one unit at a time, a moment after typing stops, in order, with retries.
 * Unsaved changes are mirrored to storage so a reload or a dropped connection loses nothing; they
 * are sent again on the next visit. Framework-free so it can be tested without a browser.
 */
export class AutosaveQueue {
  private readonly revisions: Record<string, number>;
  /** The revision of this person's own last saved change, per unit: their own work is no conflict. */
  private readonly ownRevisions = new Map<string, number>();
  private readonly resentRemovals = new WeakSet<Change>();
  private readonly queue: Change[] = [];
  private readonly debounced = new Map<string, { change: Change; timer: unknown }>();
  private sending = false;
  private attempt = 0;
  private retryTimer: unknown = null;
  private snapshot: AutosaveSnapshot = {
    status: "idle",
    savedAt: null,
    conflicts: [],
    itemConflicts: [],
    errors: {},
    pending: 0,
    held: 0,
  };
  private readonly listeners = new Set<() => void>();
  constructor(
    private readonly storageKey: string,
    initialRevisions: Record<string, number>,
    private readonly env: AutosaveEnvironment,
    private readonly callbacks: AutosaveCallbacks = {},
  ) {
    this.revisions = { ...initialRevisions };
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.snapshot;

  revision(key: string) {
    return this.revisions[key] ?? 0;
  }

  private update(patch: Partial<AutosaveSnapshot>) {
    let held = 0;
    for (const { timer } of this.debounced.values()) if (timer === null) held += 1;
    this.snapshot = { ...this.snapshot, ...patch, pending: this.queue.length + this.debounced.size, held };
    for (const listener of this.listeners) listener();
  }

  private unsaved(): Change[] {
    return [...this.queue, ...[...this.debounced.values()].map((d) => d.change)];
  }

  private persist() {
    try {
      // A value not valid yet is kept too (nothing typed is lost), marked so it is not sent.
      const unsaved: StoredChange[] = [
        ...this.queue,
        ...[...this.debounced.values()].map(({ change, timer }) =>
          timer === null ? { ...change, held: true as const } : change,
        ),
      ];
      if (unsaved.length) this.env.storage?.setItem(this.storageKey, JSON.stringify(unsaved));
      else this.env.storage?.removeItem(this.storageKey);
    } catch {
      // Private mode or full storage: saving to the server still works.
    }
  }

  /** Changes an earlier visit could not save; they are queued again and returned to be shown. */
  restore(): Change[] {
    let unsaved: StoredChange[] = [];
    try {
      const raw = this.env.storage?.getItem(this.storageKey);
      const parsed: unknown = raw ? JSON.parse(raw) : [];
      if (Array.isArray(parsed)) unsaved = parsed as StoredChange[];
    } catch {
      this.env.storage?.removeItem(this.storageKey);
    }
    const stillUnsaved = unsaved.filter(
      (change) =>
        change.op !== "set" ||
        this.revision(change.key) <= change.baseRevision ||
        !this.callbacks.isSaved?.(change.key, change.value),
    );
    const restored: Change[] = [];
    for (const stored of stillUnsaved) {
      const { held, ...change } = stored;
      restored.push(change);
      // Shown again in its field, which says what is wrong with it; sent once it is corrected.
      if (held && change.op === "set") this.debounced.set(change.key, { change, timer: null });
      else this.queue.push(change);
    }
    if (restored.length) this.callbacks.onRestore?.(restored);
    if (this.queue.length) {
      this.update({ status: "saving" });
      void this.flush();
    } else if (restored.length) this.update({}); // held ones only: the status line counts them
    if (stillUnsaved.length < unsaved.length) this.persist();
    return restored;
  }

  /** A field's new value, sent after a pause in typing. Invalid values are kept locally but not sent. */
  setField(key: string, value: unknown, valid = true) {
    const previous = this.debounced.get(key);
    if (previous && previous.timer !== null) this.env.cancel(previous.timer);
    const baseRevision = previous?.change.op === "set" ? previous.change.baseRevision : this.revision(key);
    const change: Change = { op: "set", key, value, baseRevision };
    const conflicts = this.snapshot.conflicts.filter((c) => c.key !== key);
    const timer = valid
      ? this.env.schedule(() => {
          this.debounced.delete(key);
          this.enqueue(change);
        }, DEBOUNCE_MS)
      : null;
    this.debounced.set(key, { change, timer });
    this.persist();
    this.update({ conflicts, status: valid ? "saving" : this.snapshot.status });
  }

  /** Sends every change still waiting for its pause, e.g. before the page is left. */
  flushNow() {
    for (const [key, { change, timer }] of this.debounced) {
      if (timer === null) continue;
      this.env.cancel(timer);
      this.debounced.delete(key);
      this.queue.push(change);
    }
    this.persist();
    void this.flush();
  }

  enqueue(change: Change) {
    this.queue.push(change);
    this.persist();
    this.update({ status: "saving" });
    void this.flush();
  }

  addItem(list: string, itemId: string) {
    this.enqueue({ op: "addItem", list, itemId });
  }

  /**
   * A removal is based on the newest revision seen of the item and its fields: an edit or move by
   * someone else that this person has not seen makes it a conflict rather than a silent loss.
   */
  removeItem(list: string, itemId: string) {
    // An invalid input held in the entry for its correction goes with the entry.
    for (const [key, { timer }] of this.debounced)
      if (timer === null && isItemKey(key, itemId)) this.debounced.delete(key);
    const seen = Object.entries(this.revisions)
      .filter(([key]) => belongsToItem(key, itemId))
      .map(([, revision]) => revision);
    this.enqueue({ op: "removeItem", list, itemId, baseRevision: Math.max(0, ...seen) });
  }

  moveItem(list: string, itemId: string, position: number) {
    this.enqueue({ op: "moveItem", list, itemId, position, baseRevision: this.revision(`item:${itemId}`) });
  }

  /**
   * Settles a conflict: keep mine (sent again, now based on their revision), take theirs, or a
   * merged value the person wrote from both (shown and sent like an edit of their own).
   */
  resolveConflict(key: string, choice: "mine" | "theirs" | "merged", merged?: unknown) {
    const conflict = this.snapshot.conflicts.find((c) => c.key === key);
    if (!conflict) return;
    this.revisions[key] = Math.max(this.revisions[key] ?? 0, conflict.revision);
    this.update({ conflicts: this.snapshot.conflicts.filter((c) => c.key !== key) });
    if (choice === "mine")
      this.enqueue({ op: "set", key, value: conflict.mine, baseRevision: conflict.revision });
    else if (choice === "merged") {
      this.callbacks.onValue?.(key, merged);
      this.enqueue({ op: "set", key, value: merged, baseRevision: conflict.revision });
    } else this.callbacks.onValue?.(key, conflict.theirs);
  }

  /** True while a change of this unit waits to be sent or is on its way. */
  isPending(key: string) {
    return this.debounced.has(key) || this.queue.some((change) => unitKey(change) === key);
  }

  /** True while this unit has a conflict waiting for the person's decision. */
  hasConflict(key: string) {
    return this.snapshot.conflicts.some((c) => c.key === key);
  }

  /** True while this person's own value of the unit stands: unsent, on its way, or in conflict. */
  isHeld(key: string) {
    return this.isPending(key) || this.hasConflict(key);
  }

  /**
   * True while this person has something unsettled about a list item: an unsent addition, move,
   * removal or field edit, or an item conflict. Others' list updates leave such an item as it is here.
   */
  isItemBusy(itemId: string) {
    return (
      this.snapshot.itemConflicts.some((c) => c.itemId === itemId) ||
      this.unsaved().some((change) =>
        change.op === "set" ? isItemKey(change.key, itemId) : change.itemId === itemId,
      )
    );
  }

  /**
   * Settles an item conflict. Keep mine: the move or removal is sent again based on the current
   * revision; an item removed meanwhile is added again with this person's values (`restore`: its
   * position and field values by key, as shown here). Take theirs: my refused changes are dropped
   * and the item shows as it is now (or no longer, when it was removed).
   */
  resolveItemConflict(
    itemId: string,
    choice: "mine" | "theirs",
    restore?: { position?: number; values: Record<string, unknown> },
  ) {
    const conflict = this.snapshot.itemConflicts.find((c) => c.itemId === itemId);
    if (!conflict) return;
    this.update({ itemConflicts: this.snapshot.itemConflicts.filter((c) => c !== conflict) });
    const { list, current } = conflict;
    if (current) {
      this.adopt(`item:${itemId}`, current.itemRevision);
      for (const [key, { revision }] of Object.entries(current.values)) this.adopt(key, revision);
    }
    if (choice === "theirs") {
      this.callbacks.onItemState?.(list, itemId, current ?? null);
      return;
    }
    if (conflict.reason !== "removed") {
      for (const change of conflict.changes)
        if (change.op === "moveItem" || change.op === "removeItem")
          this.enqueue({ ...change, baseRevision: conflict.revision });
      return;
    }
    // Added again under the same id (references to it hold again), with everything typed into it.
    const values: Record<string, unknown> = {};
    for (const change of conflict.changes) if (change.op === "set") values[change.key] = change.value;
    Object.assign(values, restore?.values);
    for (const key of Object.keys(this.revisions)) if (belongsToItem(key, itemId)) delete this.revisions[key];
    for (const waiting of this.unsaved())
      if (waiting.op === "set" && isItemKey(waiting.key, itemId)) waiting.baseRevision = 0;
    this.enqueue({ op: "addItem", list, itemId, position: restore?.position });
    for (const [key, value] of Object.entries(values))
      if (value !== null && value !== undefined && value !== "")
        this.enqueue({ op: "set", key, value, baseRevision: 0 });
  }

  /**
   * Someone else's saved change was applied here: later edits of this unit are based on it. An
   * older revision (a late or repeated notice) changes nothing; returns whether it was newer.
   */
  adopt(key: string, revision: number) {
    if (revision <= this.revision(key)) return false;
    this.revisions[key] = revision;
    return true;
  }

  /**
   * The server answers again (e.g. the live connection reopened after a restart): send what waits
   * for a retry now instead of at the end of its backoff. Does nothing otherwise.
   */
  resume() {
    if (this.retryTimer) this.retry();
  }

  retry() {
    this.attempt = 0;
    if (this.retryTimer) this.env.cancel(this.retryTimer);
    this.retryTimer = null;
    this.update({ errors: {} });
    void this.flush();
  }

  /**
   * Records the revision the server gave a change. Later changes to the same unit that were based
   * on the same revision were based on this very write, so they move on with it.
   */
  private acknowledge(change: Change, revision: number) {
    const key = unitKey(change);
    const base = "baseRevision" in change ? change.baseRevision : undefined;
    this.revisions[key] = revision;
    this.ownRevisions.set(key, revision);
    for (const waiting of this.unsaved()) {
      if ("baseRevision" in waiting && unitKey(waiting) === key && waiting.baseRevision === base)
        waiting.baseRevision = revision;
    }
  }

  private async flush(): Promise<void> {
    if (this.sending || this.retryTimer) return;
    const change = this.queue[0];
    if (!change) {
      if (this.snapshot.status !== "failed")
        this.update({
          status: this.debounced.size ? "saving" : this.snapshot.savedAt === null ? "idle" : "saved",
        });
      return;
    }
    if (!this.env.isOnline()) {
      this.update({ status: "offline" });
      return;
    }
    this.sending = true;
    this.update({ status: this.attempt > 0 ? "retrying" : "saving" });
    let response: { status: number; body: unknown };
    let maxDelay = MAX_BACKOFF_MS;
    try {
      response = await this.env.send(change);
      if (response.status === 503) maxDelay = MAX_BACKOFF_UNAVAILABLE_MS;
      if (response.status >= 500 || response.status === 0) throw new Error(`HTTP ${response.status}`);
    } catch {
      // The server or its database is unreachable: the change stays first in line (and in storage).
      this.sending = false;
      this.attempt += 1;
      this.persist();
      const delay = Math.min(maxDelay, 1000 * 2 ** Math.min(this.attempt - 1, 5));
      this.update({ status: "retrying" });
      this.retryTimer = this.env.schedule(() => {
        this.retryTimer = null;
        void this.flush();
      }, delay);
      return;
    }
    this.sending = false;
    this.attempt = 0;
    this.handleResponse(change, response);
    this.persist();
    void this.flush();
  }

  private handleResponse(change: Change, response: { status: number; body: unknown }) {
    const key = unitKey(change);
    const body = (response.body ?? {}) as {
      revision?: number;
      value?: unknown;
      message?: string;
      details?: ConflictDetails;
    };
    if (response.status === 401 || response.status === 403) {
      // Keep the change: after signing in again it is sent on the next visit.
      this.update({
        status: "failed",
        errors: { ...this.snapshot.errors, [key]: response.status === 401 ? "UNAUTHENTICATED" : "FORBIDDEN" },
      });
      this.sending = true;
      return;
    }
    this.queue.shift();
    if (response.status >= 200 && response.status < 300) {
      this.acknowledge(change, body.revision ?? 0);
      const { [key]: _resolved, ...errors } = this.snapshot.errors;
      this.update({ savedAt: this.env.now(), errors });
      return;
    }
    const theirs = body.details?.value ?? null;
    const revision = body.details?.revision ?? 0;
    if (body.message === "staleRevision" && change.op === "set") {
      if (JSON.stringify(theirs) === JSON.stringify(change.value)) {
        // Already stored, e.g. sent once more after a reload: nothing to decide.
        this.acknowledge(change, revision);
        return;
      }
      this.update({
        conflicts: [
          ...this.snapshot.conflicts.filter((c) => c.key !== key),
          { key, mine: change.value, theirs, revision },
        ],
      });
      return;
    }
    const stale = response.status === 409 && body.message === "staleRevision";
    if (
      stale &&
      change.op === "removeItem" &&
      !this.resentRemovals.has(change) &&
      this.onlyOwnChangesSince(change, body.details)
    ) {
      // A removal queued while this person's own edit or move of the item was on its way: that newer
      // revision is their own, so the removal goes again, first in line, based on it.
      // Once: a second refusal is not about this person's own work, and asks them.
      const again = { ...change, baseRevision: revision };
      this.resentRemovals.add(again);
      this.queue.unshift(again);
      return;
    }
    if (this.itemConflict(change, response.status, body)) return;
    if (body.message === "staleRevision") this.revisions[key] = revision;
    this.update({
      status: "failed",
      errors: { ...this.snapshot.errors, [key]: body.message ?? "INVALID_INPUT" },
    });
  }

  /**
   * Whether everything about the item newer than the refused change's base is this person's own
   * saved work. Someone else's edit or move in between stays a conflict for the person to decide.
   */
  private onlyOwnChangesSince(
    change: Extract<Change, { op: "removeItem" }>,
    details: ConflictDetails | undefined,
  ) {
    if (details?.revision === undefined || details.itemRevision === undefined) return false;
    const units: [string, number][] = [
      [`item:${change.itemId}`, details.itemRevision],
      ...Object.entries(details.values ?? {}).map(([key, { revision }]): [string, number] => [key, revision]),
    ];
    return units.every(
      ([key, revision]) => revision <= change.baseRevision || this.ownRevisions.get(key) === revision,
    );
  }

  /**
   * A refused move or removal of a list item, or an edit of an item removed meanwhile, becomes an
   * item conflict for the person to decide. Returns whether the response was handled so.
   */
  private itemConflict(
    change: Change,
    status: number,
    body: { message?: string; details?: ConflictDetails },
  ) {
    const gone = status === 404 && body.message === "itemGone";
    const item = change.op === "set" ? itemFieldOf(change.key) : change.op === "addItem" ? null : change;
    if (!item) return false;
    const details = body.details ?? {};
    let conflict: ItemConflict;
    if (gone) {
      // Everything refused about a removed item is collected in one decision.
      const earlier = this.snapshot.itemConflicts.find(
        (c) => c.itemId === item.itemId && c.reason === "removed",
      );
      conflict = {
        list: item.list,
        itemId: item.itemId,
        reason: "removed",
        by: null,
        action: earlier?.action === "move" || change.op === "moveItem" ? "move" : "edit",
        changes: [...(earlier?.changes ?? []), change],
        revision: 0,
      };
    } else if (status === 409 && body.message === "staleRevision" && change.op !== "set") {
      conflict = {
        list: item.list,
        itemId: item.itemId,
        reason: details.reason === "edited" ? "edited" : "moved",
        by: details.by ?? null,
        action: change.op === "removeItem" ? "remove" : "move",
        changes: [change],
        revision: details.revision ?? 0,
        current:
          details.position === undefined
            ? undefined
            : {
                position: details.position,
                itemRevision: details.itemRevision ?? 0,
                values: details.values ?? {},
              },
      };
    } else return false;
    this.update({
      itemConflicts: [...this.snapshot.itemConflicts.filter((c) => c.itemId !== item.itemId), conflict],
    });
    return true;
  }
}
