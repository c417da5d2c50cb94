import { afterEach, describe, expect, it, vi } from "vitest";
import { authLogger } from "@/lib/auth/logger";

afterEach(() => vi.restoreAllMocks());

describe("the sign-in error log", () => {
  it("leaves out wrong passwords and refused sign-ons, also under a production build's short class names", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    authLogger.error(
      Object.assign(new Error("Read more at https://errors.authjs.dev"), {
        name: "j",
        type: "CredentialsSignin",
      }),
    );
    authLogger.error(Object.assign(new Error("denied"), { name: "q", type: "AccessDenied" }));
    expect(log).not.toHaveBeenCalled();
  });

  it("logs every other error", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const failure = Object.assign(new Error("secret missing"), { name: "k", type: "MissingSecret" });
    authLogger.error(failure);
    expect(log).toHaveBeenCalledWith("[auth]", failure);
  });
});
