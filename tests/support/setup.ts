import { afterAll } from "vitest";
import { getDatabase } from "@/lib/db/client";

// Each test file opens the database once (an in-memory PGlite, or PostgreSQL when
// DATABASE_URL is set) and closes it at the end so the worker can exit cleanly.
afterAll(async () => {
  const holder = globalThis as unknown as { __wegweiserDb?: Promise<{ close(): Promise<void> }> };
  if (!holder.__wegweiserDb) return;
  const database = await getDatabase();
  holder.__wegweiserDb = undefined;
  await database.close();
});
