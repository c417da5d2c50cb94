import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SESSION_IDLE_SECONDS } from "@/lib/auth/session-rules";
import { proxy } from "@/proxy";

const NAME = "authjs.session-token";

async function requestWithSession(path: string, headers: Record<string, string> = {}, method = "GET") {
  const value = await encode({
    token: { sub: "user-1", sv: 0, loginAt: Date.now() },
    secret: process.env.AUTH_SECRET!,
    salt: NAME,
    maxAge: SESSION_IDLE_SECONDS,
  });
  return new NextRequest(`http://localhost:3000${path}`, {
    method,
    headers: { cookie: `${NAME}=${value}`, ...headers },
  });
}

const renewedCookie = (response: Response) =>
  response.headers.getSetCookie().find((line) => line.startsWith(`${NAME}=`));

afterEach(() => vi.useRealTimers());

describe("the proxy keeps an active session alive", () => {
  it("renews a session cookie issued more than five minutes ago on a page view and an autosave", async () => {
    vi.useFakeTimers({ now: new Date("2026-11-29T08:00:00Z"), toFake: ["Date"] });
    const page = await requestWithSession("/institutions");
    const autosave = await requestWithSession("/api/plans/p1/changes", {}, "POST");
    expect(renewedCookie(await proxy(page))).toBeUndefined();

    vi.setSystemTime(new Date("2026-11-29T08:06:00Z"));
    for (const request of [page, autosave]) {
      const cookie = renewedCookie(await proxy(request));
      expect(cookie).toContain("HttpOnly");
      expect(cookie).toContain("Expires=Sun, 29 Nov 2026 10:06:00 GMT");
    }
  });

  it("leaves the cookie to signing in and out: Auth.js's routes and server actions", async () => {
    vi.useFakeTimers({ now: new Date("2026-11-29T08:00:00Z"), toFake: ["Date"] });
    const signOutAction = await requestWithSession("/account", { "next-action": "abc123" }, "POST");
    const authRoute = await requestWithSession("/api/auth/session");
    vi.setSystemTime(new Date("2026-11-29T08:30:00Z"));
    expect(renewedCookie(await proxy(signOutAction))).toBeUndefined();
    expect(renewedCookie(await proxy(authRoute))).toBeUndefined();
  });
});
