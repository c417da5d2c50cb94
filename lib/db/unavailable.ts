/**
 * Recognises "the database cannot serve this right now" (a restart, a failover, a network cut, or a
 * queue too long to be served in time) as opposed to a bug or bad data, so callers can answer 503
 * and let clients retry. The shapes come from measuring @prisma/adapter-pg 7 and pg against a
 * stopped and a restarting PostgreSQL 15 (tests/integration/database-restart.test.ts).
 */

// Prisma: can't reach the server, timed out reaching it, server closed the connection, pool timeout.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017", "P2024"]);
// @prisma/adapter-pg's names for socket failures.
const ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);
// SQLSTATE: admin_shutdown, crash_shutdown, cannot_connect_now (starting up / shutting down),
// too_many_connections, lock_not_available (a lock wait gave up at lock_timeout, see client.ts);
// class 08 (connection exceptions) is matched below.
const SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300", "55P03"]);
// Node's socket errors, as pg raises them directly.
const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EHOSTUNREACH",
]);
// Prisma's transaction errors (P2028) for a transaction that could not start, or ran out of time,
// because the database was too busy to serve it in time: a retry later succeeds. Its other P2028
// errors (a query on a committed transaction) are bugs.
const BUSY_TRANSACTION_MESSAGES = [
  "Unable to start a transaction in the given time",
  "on an expired transaction",
];
// pg's own errors carry no code, only these messages.
const PG_MESSAGES = [
  "Connection terminated",
  "timeout exceeded when trying to connect",
  "Client has encountered a connection error and is not queryable",
];

function matches(value: Record<string, unknown>): boolean {
  // Too many writes of one plan were waiting in this process (plan-write-gate.ts).
  if (value.name === "PlanWritesBusy") return true;
  const code = typeof value.code === "string" ? value.code : undefined;
  const originalCode = typeof value.originalCode === "string" ? value.originalCode : undefined;
  if (code && (PRISMA_CODES.has(code) || SOCKET_CODES.has(code))) return true;
  const message = typeof value.message === "string" ? value.message : "";
  if (code === "P2028" && BUSY_TRANSACTION_MESSAGES.some((text) => message.includes(text))) return true;
  for (const sqlState of [code, originalCode]) {
    if (sqlState && (SQLSTATES.has(sqlState) || /^08[0-9A-Z]{3}$/.test(sqlState))) return true;
  }
  if (typeof value.kind === "string" && ADAPTER_KINDS.has(value.kind)) return true;
  return PG_MESSAGES.some((text) => message.includes(text));
}

/** True when the error (or anything it wraps) says the database is unreachable for now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length) {
    const current = pending.pop();
    if (!current || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    const value = current as Record<string, unknown>;
    if (matches(value)) return true;
    const meta = value.meta as Record<string, unknown> | undefined;
    pending.push(value.cause, meta, meta?.driverAdapterError);
    if (Array.isArray(value.errors)) pending.push(...(value.errors as unknown[]));
  }
  return false;
}

/**
 * Logs a failure: one line when the database is merely away (a restart would otherwise flood the
 * log with stacks), the whole error otherwise.
 */
export function logFailure(context: string, error: unknown) {
  if (isDatabaseUnavailable(error)) {
    const message = error instanceof Error ? error.message.trim().split("\n").at(-1) : String(error);
    console.error(`${context}: database unavailable or busy: ${message}`);
  } else console.error(context, error);
}
