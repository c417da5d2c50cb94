// `npm run db:migrate`: applies pending migrations to DATABASE_URL (PostgreSQL), or to the
// embedded database when DATABASE_URL is not set. Safe to run from several instances at once.
import { PGlite } from "@electric-sql/pglite";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { env } from "@/lib/env";
import { lockEmbeddedDatabase } from "@/lib/db/embedded-lock";
import { applyMigrations, postgresConnection } from "@/lib/db/migrations";

async function main() {
  if (env.DATABASE_URL) {
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    try {
      report(await applyMigrations(postgresConnection(client)), "PostgreSQL");
    } finally {
      await client.end();
    }
    return;
  }
  const location = path.resolve(env.WEGWEISER_DATA_DIR, "pglite");
  await mkdir(location, { recursive: true });
  const unlock = await lockEmbeddedDatabase(location);
  try {
    const db = await PGlite.create(location);
    try {
      report(await applyMigrations(db), `embedded database in ${env.WEGWEISER_DATA_DIR}`);
    } finally {
      await db.close();
    }
  } finally {
    await unlock();
  }
}

function report(applied: string[], target: string) {
  console.log(
    applied.length ? `Applied to ${target}:\n  ${applied.join("\n  ")}` : `${target} is up to date.`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
