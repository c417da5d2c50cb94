import type { Listen } from "@/lib/db/listener";
import { decodeNotice, LIVE_CHANNEL, type TLiveNotice } from "./events";

/** What one live stream wants to hear: its plan's notices and its institution's membership changes. */
export interface LiveSubscription {
  planId: string;
  institutionId: string;
  /** Called for each notice; `resync` after notices may have been missed. */
  onNotice(notice: TLiveNotice | { t: "resync" }): void;
}

/**
 * The process's one listener on the live channel, fanning notices out to the streams it serves.
 * Every instance of the app has its own hub; they meet in the database (NOTIFY reaches every
 * listening connection), so nothing shared lives in one process's memory.
 */
export class LiveHub {
  private readonly subscriptions = new Set<LiveSubscription>();
  private listening: Promise<() => Promise<void>> | null = null;

  constructor(private readonly listen: Listen) {}

  private dispatch(notice: TLiveNotice | { t: "resync" }) {
    for (const subscription of this.subscriptions) {
      const relevant =
        notice.t === "resync" ||
        (notice.t === "m" ? notice.i === subscription.institutionId : notice.p === subscription.planId);
      if (!relevant) continue;
      try {
        subscription.onNotice(notice);
      } catch (error) {
        console.error("[live] subscriber failed", error);
      }
    }
  }

  /** Starts listening (once); resolves when notices will be received. */
  async ready(): Promise<void> {
    this.listening ??= this.listen(
      LIVE_CHANNEL,
      (payload) => {
        const notice = decodeNotice(payload);
        if (notice) this.dispatch(notice);
      },
      () => this.dispatch({ t: "resync" }),
    ).catch((error: unknown) => {
      this.listening = null;
      throw error;
    });
    await this.listening;
  }

  async subscribe(subscription: LiveSubscription): Promise<() => void> {
    await this.ready();
    this.subscriptions.add(subscription);
    return () => {
      this.subscriptions.delete(subscription);
    };
  }

  async close() {
    const listening = this.listening;
    this.listening = null;
    this.subscriptions.clear();
    if (listening) await (await listening)();
  }
}
