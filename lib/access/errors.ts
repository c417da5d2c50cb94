/** Errors the data access layer raises on purpose; everything else is a bug and is logged. */
export const APP_ERROR_STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  GONE: 410,
  PAYLOAD_TOO_LARGE: 413,
  INVALID_INPUT: 400,
  // The database cannot be reached for now (restart, failover): the client should retry.
  DATABASE_UNAVAILABLE: 503,
  RATE_LIMITED: 429,
} as const;

export type AppErrorCode = keyof typeof APP_ERROR_STATUS;

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    /** Key in the `errors` message namespace describing this case for the user. */
    readonly messageKey: string = code,
    /** Safe, client-facing facts, e.g. the stored value and revision on a conflict. */
    readonly details?: Record<string, unknown>,
  ) {
    super(`${code}: ${messageKey}`);
    this.name = "AppError";
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

export const notFound = () => new AppError("NOT_FOUND");
export const forbidden = () => new AppError("FORBIDDEN");

/** For a database that cannot be reached right now; the client keeps its input and retries. */
export const databaseUnavailable = () => new AppError("DATABASE_UNAVAILABLE", "databaseUnavailable");
