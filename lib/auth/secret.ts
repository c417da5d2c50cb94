import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

/**
 * The key that signs session cookies. Production must set AUTH_SECRET (the same on every
 * instance). For a local start without configuration, a random key is created once and kept
 * beside the embedded database, so sessions survive a restart of `npm run dev`.
 */
export function resolveAuthSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (env.NODE_ENV === "production") {
    throw new Error("AUTH_SECRET is not set. Generate one with `openssl rand -base64 32` (see README).");
  }
  const file = path.resolve(
    env.WEGWEISER_DATA_DIR === "memory://" ? ".data" : env.WEGWEISER_DATA_DIR,
    "auth-secret",
  );
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    const secret = randomBytes(32).toString("base64url");
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}
