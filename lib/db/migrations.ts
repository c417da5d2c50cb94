import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/**
 * Applies Prisma-format migrations (prisma/migrations/<timestamp>_<name>/migration.sql) without
 * Prisma's native schema engine, recording them in the same `_prisma_migrations` table that
 * `prisma migrate deploy` uses, with the same checksum, so both agree on what is applied.
 */

/** The part of PGlite and node-postgres that the runner needs. */
export interface SqlConnection {
  query<Row>(sql: string, params?: unknown[]): Promise<{ rows: Row[] }>;
  /** Runs a script of several statements. */
  exec(sql: string): Promise<unknown>;
}

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

// Any constant works; it serialises `migrate` across app instances sharing one database.
const MIGRATION_LOCK_KEY = 72_707_365;

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const entries = await readdir(/*turbopackIgnore: true*/ dir, { withFileTypes: true });
  const folders = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    folders.map(async (name) => {
      const sql = await readFile(/*turbopackIgnore: true*/ path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

interface AppliedRow {
  migration_name: string;
  checksum: string;
}

async function appliedMigrations(db: Pick<SqlConnection, "query">): Promise<AppliedRow[] | null> {
  const { rows } = await db.query<{ exists: boolean }>(
    `SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS "exists"`,
  );
  if (!rows[0]?.exists) return null;
  const applied = await db.query<AppliedRow>(
    `SELECT migration_name, checksum FROM "_prisma_migrations"
     WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return applied.rows;
}

export interface MigrationStatus {
  upToDate: boolean;
  pending: string[];
  /** Applied migrations whose file changed afterwards: a sign of an edited migration. */
  modified: string[];
}

export async function migrationStatus(
  db: Pick<SqlConnection, "query">,
  dir = MIGRATIONS_DIR,
): Promise<MigrationStatus> {
  const files = await readMigrations(dir);
  const applied = new Map((await appliedMigrations(db))?.map((row) => [row.migration_name, row.checksum]));
  const pending = files.filter((file) => !applied.has(file.name)).map((file) => file.name);
  const modified = files
    .filter((file) => applied.has(file.name) && applied.get(file.name) !== file.checksum)
    .map((file) => file.name);
  return { upToDate: pending.length === 0 && modified.length === 0, pending, modified };
}

/** Applies every pending migration, each in its own transaction. Returns the names applied. */
export async function applyMigrations(db: SqlConnection, dir = MIGRATIONS_DIR): Promise<string[]> {
  const files = await readMigrations(dir);
  await db.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
  try {
    await db.exec(CREATE_MIGRATIONS_TABLE);
    const applied = new Set((await appliedMigrations(db))?.map((row) => row.migration_name));
    const done: string[] = [];
    for (const file of files) {
      if (applied.has(file.name)) continue;
      await db.exec("BEGIN");
      try {
        const id = randomUUID();
        await db.exec(file.sql);
        await db.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), now(), 1)`,
          [id, file.checksum, file.name],
        );
        await db.exec("COMMIT");
        done.push(file.name);
      } catch (error) {
        await db.exec("ROLLBACK");
        throw new Error(`Migration ${file.name} failed: ${(error as Error).message}`, { cause: error });
      }
    }
    return done;
  } finally {
    await db.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
  }
}

/** Wraps a node-postgres client; its simple query protocol runs multi-statement scripts. */
export function postgresConnection(client: {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
}): SqlConnection {
  return {
    query: async <Row>(sql: string, params?: unknown[]) =>
      (await client.query(sql, params)) as { rows: Row[] },
    exec: (sql: string) => client.query(sql),
  };
}
