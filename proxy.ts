import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { contentSecurityPolicy, createNonce, setsOwnPolicy } from "@/lib/security/headers";

/**
 * Adds a Content-Security-Policy with a fresh nonce to every page. Next.js reads the nonce from
 * the request's policy header and puts it on its own scripts, so the request carries the policy
 * too. Not an authorization layer: access is checked in lib/access on every request.
 * The other security headers are set for every response in next.config.ts.
 */
export function proxy(request: NextRequest) {
  if (setsOwnPolicy(request.nextUrl.pathname)) return NextResponse.next();
  const nonce = createNonce();
  const policy = contentSecurityPolicy(nonce, { development: env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Pages only: static files, images and the icon carry no scripts.
  matcher: [{ source: "/((?!_next/static|_next/image|icon.svg|favicon.ico).*)" }],
};
