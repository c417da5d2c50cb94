import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renewedSessionCookie, sessionClaims } from "@/lib/auth/session-token";
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_SECONDS } from "@/lib/auth/session-rules";

const NAME = "authjs.session-token";
const SECRET = process.env.AUTH_SECRET!;

async function token(claims: Record<string, unknown>, options: { name?: string; secret?: string } = {}) {
  return encode({
    token: { sub: "user-1", sv: 3, loginAt: Date.now(), ...claims },
    secret: options.secret ?? SECRET,
    salt: options.name ?? NAME,
    maxAge: SESSION_IDLE_SECONDS,
  });
}

afterEach(() => vi.useRealTimers());

describe("reading the session cookie", () => {
  it("names the signed-in user, the session version and the session the token carries", async () => {
    const loginAt = Date.now();
    expect(await sessionClaims([{ name: NAME, value: await token({ sid: "s-1", loginAt }) }])).toEqual({
      userId: "user-1",
      sessionVersion: 3,
      sessionId: "s-1",
      loginAt,
    });
  });

  it("reads the __Secure- cookie Auth.js sets over https, and a token split into chunks", async () => {
    const secure = `__Secure-${NAME}`;
    const value = await token({}, { name: secure });
    expect(await sessionClaims([{ name: secure, value }])).toMatchObject({ userId: "user-1" });
    const whole = await token({ sub: "user-2" });
    const chunks = [
      { name: `${NAME}.1`, value: whole.slice(100) },
      { name: `${NAME}.0`, value: whole.slice(0, 100) },
    ];
    expect(await sessionClaims(chunks)).toMatchObject({ userId: "user-2" });
  });

  it("refuses a token that was altered, made with another secret or salted for another cookie", async () => {
    const genuine = await token({});
    const altered = genuine.slice(0, -4) + (genuine.endsWith("AAAA") ? "BBBB" : "AAAA");
    expect(await sessionClaims([{ name: NAME, value: altered }])).toBeNull();
    const foreign = await token({}, { secret: "another-secret-another-secret-another-01" });
    expect(await sessionClaims([{ name: NAME, value: foreign }])).toBeNull();
    const otherSalt = await token({}, { name: `__Secure-${NAME}` });
    expect(await sessionClaims([{ name: NAME, value: otherSalt }])).toBeNull();
    expect(await sessionClaims([])).toBeNull();
  });

  it("ends a session two hours after its last renewal, even when it was read before", async () => {
    vi.useFakeTimers({ now: new Date("2026-11-29T08:00:00Z"), toFake: ["Date"] });
    const value = await token({});
    expect(await sessionClaims([{ name: NAME, value }])).not.toBeNull();
    vi.setSystemTime(new Date("2026-11-29T10:00:01Z"));
    expect(await sessionClaims([{ name: NAME, value }])).toBeNull();
  });

  it("ends a session twelve hours after signing in, however fresh its cookie", async () => {
    const value = await token({ loginAt: Date.now() - SESSION_ABSOLUTE_MS - 1000 });
    expect(await sessionClaims([{ name: NAME, value }])).toBeNull();
  });
});

describe("renewing the session cookie", () => {
  it("issues a new cookie with a fresh two-hour limit once the old one is a few minutes old", async () => {
    vi.useFakeTimers({ now: new Date("2026-11-29T08:00:00Z"), toFake: ["Date"] });
    const loginAt = Date.now();
    const value = await token({ loginAt, sid: "s-1" });
    expect(await renewedSessionCookie([{ name: NAME, value }])).toBeNull();

    vi.setSystemTime(new Date("2026-11-29T09:30:00Z"));
    const renewed = await renewedSessionCookie([{ name: NAME, value }]);
    expect(renewed).toMatchObject({
      name: NAME,
      options: { httpOnly: true, sameSite: "lax", secure: false },
    });
    expect(renewed!.options.expires.toISOString()).toBe("2026-11-29T11:30:00.000Z");

    // The old cookie would have ended at 10:00; the renewed one is still good after that.
    vi.setSystemTime(new Date("2026-11-29T11:00:00Z"));
    expect(await sessionClaims([{ name: NAME, value }])).toBeNull();
    // The renewed cookie is the same session: signing out ends it too.
    expect(await sessionClaims([{ name: NAME, value: renewed!.value }])).toEqual({
      userId: "user-1",
      sessionVersion: 3,
      sessionId: "s-1",
      loginAt,
    });
  });

  it("keeps the time of signing in, so renewing never stretches a session past twelve hours", async () => {
    vi.useFakeTimers({ now: new Date("2026-11-29T08:00:00Z"), toFake: ["Date"] });
    let value = await token({ loginAt: Date.now() });
    for (let hour = 1; hour <= 11; hour++) {
      vi.setSystemTime(new Date(Date.UTC(2026, 10, 29, 8 + hour)));
      value = (await renewedSessionCookie([{ name: NAME, value }]))!.value;
    }
    vi.setSystemTime(new Date("2026-11-29T20:00:01Z"));
    expect(await sessionClaims([{ name: NAME, value }])).toBeNull();
    expect(await renewedSessionCookie([{ name: NAME, value }])).toBeNull();
  });

  it("renews nothing without a genuine session", async () => {
    expect(await renewedSessionCookie([{ name: NAME, value: "not-a-token" }])).toBeNull();
    expect(await renewedSessionCookie([{ name: "other", value: "x" }])).toBeNull();
  });
});
