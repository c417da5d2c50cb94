import pg from "pg";

/** Called with each notification's payload. */
export type NotificationHandler = (payload: string) => void;

/**
 * Receives PostgreSQL notifications on one channel. `onResync` is called after the connection
 * was lost and restored: notifications sent meanwhile are gone, so listeners must catch up.
 */
export type Listen = (
  channel: string,
  onPayload: NotificationHandler,
  onResync?: () => void,
) => Promise<() => Promise<void>>;

const RECONNECT_MS = [250, 500, 1000, 2000, 5000];

function quoteIdent(name: string) {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`invalid channel name: ${name}`);
  return `"${name}"`;
}

/**
 * LISTEN on PostgreSQL needs its own connection that stays open (a pooled one would be handed
 * to other queries). This one reconnects with backoff whenever it fails, e.g. on a restart.
 */
export function postgresListen(url: string): Listen {
  return async (channel, onPayload, onResync) => {
    let client: pg.Client | null = null;
    let closed = false;
    let attempt = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;

    const scheduleReconnect = (failed: pg.Client) => {
      if (closed || client !== failed) return;
      client = null;
      failed.removeAllListeners();
      failed.on("error", () => {});
      void failed.end().catch(() => {});
      const delay = RECONNECT_MS[Math.min(attempt, RECONNECT_MS.length - 1)]!;
      attempt += 1;
      timer = setTimeout(() => {
        timer = null;
        connect(true).catch(() => {});
      }, delay);
    };

    const connect = async (isReconnect: boolean) => {
      const next = new pg.Client({ connectionString: url });
      client = next;
      next.on("notification", (message) => {
        if (message.channel === channel && message.payload !== undefined) onPayload(message.payload);
      });
      next.on("error", (error) => {
        console.error("[live] listening connection failed:", error.message);
        scheduleReconnect(next);
      });
      next.on("end", () => scheduleReconnect(next));
      try {
        await next.connect();
        await next.query(`LISTEN ${quoteIdent(channel)}`);
      } catch (error) {
        if (!isReconnect) {
          client = null;
          next.removeAllListeners();
          await next.end().catch(() => {});
          throw error;
        }
        scheduleReconnect(next);
        return;
      }
      attempt = 0;
      if (isReconnect) onResync?.();
    };

    await connect(false);
    return async () => {
      closed = true;
      if (timer) clearTimeout(timer);
      const current = client;
      client = null;
      if (current) {
        current.removeAllListeners();
        current.on("error", () => {});
        await current.end().catch(() => {});
      }
    };
  };
}
