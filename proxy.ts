import { NextResponse, type NextRequest } from "next/server";
import { renewedSessionCookie } from "@/lib/auth/session-token";
import { env } from "@/lib/env";
import { contentSecurityPolicy, createNonce, setsOwnPolicy } from "@/lib/security/headers";

/**
 * Adds a Content-Security-Policy with a fresh nonce to every page, and keeps an active session
 * alive. Next.js reads the nonce from the request's policy header and puts it on its own scripts,
 * so the request carries the policy too. Not an authorization layer: access is checked in
 * lib/access on every request. The other security headers are set for every response in
 * next.config.ts.
 */
export async function proxy(request: NextRequest) {
  let response: NextResponse;
  if (setsOwnPolicy(request.nextUrl.pathname)) {
    response = NextResponse.next();
  } else {
    const nonce = createNonce();
    const policy = contentSecurityPolicy(nonce, { development: env.NODE_ENV === "development" });
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("Content-Security-Policy", policy);
    response = NextResponse.next({ request: { headers: requestHeaders } });
    response.headers.set("Content-Security-Policy", policy);
  }
  if (mayRenewSession(request)) {
    const renewed = await renewedSessionCookie(request.cookies.getAll());
    if (renewed) response.cookies.set(renewed.name, renewed.value, renewed.options);
  }
  return response;
}

/**
 * Any request of a signed-in person counts as activity (page views, autosaves, presence
 * heartbeats), except the ones that set or clear the session themselves: Auth.js's routes and
 * server actions (signing in and out), whose cookie a renewal must not overwrite.
 */
function mayRenewSession(request: NextRequest) {
  return !request.nextUrl.pathname.startsWith("/api/auth/") && !request.headers.has("next-action");
}

export const config = {
  // Pages only: static files, images and the icon carry no scripts.
  matcher: [{ source: "/((?!_next/static|_next/image|icon.svg|favicon.ico).*)" }],
};
