/**
 * How long a session lives, shared by Auth.js's configuration (lib/auth/auth.ts) and the code that
 * reads and renews the session cookie (lib/auth/session-token.ts): it ends after two hours without
 * a request and twelve hours after signing in at the latest.
 */
export const SESSION_IDLE_SECONDS = 2 * 60 * 60;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** A session cookie older than this is issued again on the next request, with a fresh idle limit. */
export const SESSION_RENEW_AFTER_SECONDS = 5 * 60;

/** False once the absolute limit since signing in (`loginAt`, set at sign-in) has passed. */
export function withinAbsoluteLimit(token: Record<string, unknown>, now = Date.now()): boolean {
  return typeof token.loginAt === "number" && now - token.loginAt <= SESSION_ABSOLUTE_MS;
}
