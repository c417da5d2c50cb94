import "server-only";
import { decode, encode, type JWT } from "next-auth/jwt";
import { resolveAuthSecret } from "./secret";
import { SESSION_IDLE_SECONDS, SESSION_RENEW_AFTER_SECONDS, withinAbsoluteLimit } from "./session-rules";

/*
 * Reads Auth.js's session cookie directly. Auth.js's own `auth()` answers a made-up request to its
 * session endpoint for every call: it decrypts the token, encrypts a renewed one and builds a
 * response whose cookie a page or route handler then throws away. That cost more than the rest of
 * an autosave, and the thrown-away cookie meant a session was never renewed: it ended two hours
 * after signing in however busy the person was. Here the token is decrypted once (and remembered),
 * and lib/security's proxy renews the cookie (`renewedSessionCookie`).
 */

const COOKIE_NAME = "authjs.session-token";
// Browsers accept the __Secure- prefix only from https, so its presence says which one Auth.js set.
const SECURE_COOKIE_NAME = `__Secure-${COOKIE_NAME}`;

interface CookieLike {
  name: string;
  value: string;
}

/** Auth.js's session cookie, joined again if it was split into chunks (`name.0`, `name.1`, …). */
function sessionCookie(cookies: readonly CookieLike[]): (CookieLike & { chunked: boolean }) | null {
  for (const name of [SECURE_COOKIE_NAME, COOKIE_NAME]) {
    const whole = cookies.find((cookie) => cookie.name === name);
    if (whole) return { name, value: whole.value, chunked: false };
    const chunks = cookies
      .filter((cookie) => cookie.name.startsWith(`${name}.`))
      .map((cookie) => ({ index: Number(cookie.name.slice(name.length + 1)), value: cookie.value }))
      .filter((chunk) => Number.isInteger(chunk.index))
      .sort((a, b) => a.index - b.index);
    if (chunks.length) return { name, value: chunks.map((chunk) => chunk.value).join(""), chunked: true };
  }
  return null;
}

// Decrypted tokens by their exact text: a browser sends the same token with every request until it
// is renewed. Bounded, oldest out first; expiry is checked on every use, not only on decryption.
const decoded = new Map<string, JWT>();
const MAX_REMEMBERED = 2000;
let secret: string | undefined;
// Read once: without AUTH_SECRET (a local start), resolving it reads a file.
const authSecret = () => (secret ??= resolveAuthSecret());

async function decodeToken({ name, value }: CookieLike): Promise<JWT | null> {
  let token = decoded.get(value);
  if (!token) {
    try {
      // The salt is the cookie's name, as Auth.js encrypts it.
      token = (await decode({ token: value, secret: authSecret(), salt: name })) ?? undefined;
    } catch {
      return null; // tampered, foreign or made with another secret
    }
    if (!token) return null;
    if (decoded.size >= MAX_REMEMBERED) decoded.delete(decoded.keys().next().value!);
    decoded.set(value, token);
  }
  const now = Date.now();
  if (typeof token.exp !== "number" || token.exp * 1000 <= now || !withinAbsoluteLimit(token, now)) {
    decoded.delete(value);
    return null;
  }
  return token;
}

export interface SessionClaims {
  userId: string;
  /** Compared with the user's row on every request: a mismatch means the session was ended. */
  sessionVersion: number;
  /** This session's id (null in cookies from before sessions had one); signing out records it. */
  sessionId: string | null;
  /** When the person signed in (ms), from which the session's absolute limit counts. */
  loginAt: number;
}

/** Who the session cookie says is signed in, if it is genuine and still within its limits. */
export async function sessionClaims(cookies: readonly CookieLike[]): Promise<SessionClaims | null> {
  const cookie = sessionCookie(cookies);
  const token = cookie && (await decodeToken(cookie));
  if (!token || typeof token.sub !== "string") return null;
  return {
    userId: token.sub,
    sessionVersion: typeof token.sv === "number" ? token.sv : -1,
    sessionId: typeof token.sid === "string" ? token.sid : null,
    loginAt: typeof token.loginAt === "number" ? token.loginAt : 0,
  };
}

export interface RenewedCookie {
  name: string;
  value: string;
  options: { httpOnly: true; sameSite: "lax"; path: "/"; secure: boolean; expires: Date };
}

/**
 * A new session cookie with a fresh idle limit, when the current one is genuine, still valid and
 * was issued more than a few minutes ago; otherwise null. The token keeps its claims, so the
 * absolute limit since signing in and the session version still apply.
 */
export async function renewedSessionCookie(cookies: readonly CookieLike[]): Promise<RenewedCookie | null> {
  const cookie = sessionCookie(cookies);
  // A token too large for one cookie is left to Auth.js; ours are a few hundred bytes.
  const token = cookie && !cookie.chunked && (await decodeToken(cookie));
  if (!cookie || !token) return null;
  const issuedAt = typeof token.iat === "number" ? token.iat : 0;
  if (Date.now() / 1000 - issuedAt < SESSION_RENEW_AFTER_SECONDS) return null;
  const { iat: _iat, exp: _exp, jti: _jti, ...claims } = token;
  const value = await encode({
    token: claims,
    secret: authSecret(),
    salt: cookie.name,
    maxAge: SESSION_IDLE_SECONDS,
  });
  return {
    name: cookie.name,
    value,
    options: {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: cookie.name === SECURE_COOKIE_NAME,
      expires: new Date(Date.now() + SESSION_IDLE_SECONDS * 1000),
    },
  };
}
