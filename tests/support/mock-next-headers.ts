/*
 * Stands in for `next/headers` in tests that call the real server actions: a same-origin request
 * from `clientRequest.address` (the rate limits key on it), with the cookies the test puts in
 * `clientRequest.cookies` (a genuine session cookie comes from ./session-cookie.ts). Use with
 *   vi.mock("next/headers", () => import("../support/mock-next-headers"));
 */
export const clientRequest = { address: "192.0.2.1", cookies: new Map<string, string>() };

export const headers = () =>
  Promise.resolve(
    new Headers({
      origin: "http://localhost:3000",
      host: "localhost:3000",
      "x-forwarded-for": clientRequest.address,
    }),
  );

export const cookies = () =>
  Promise.resolve({
    get: (name: string) => {
      const value = clientRequest.cookies.get(name);
      return value === undefined ? undefined : { name, value };
    },
    getAll: () => [...clientRequest.cookies].map(([name, value]) => ({ name, value })),
    set: () => undefined,
  });
