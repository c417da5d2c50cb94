import { access, mkdir } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { env } from "@/lib/env";
import { PrismaClient } from "./generated/client";
import { lockEmbeddedDatabase } from "./embedded-lock";
import { postgresListen, type Listen } from "./listener";
import {
  applyMigrations,
  migrationStatus,
  postgresConnection,
  type MigrationStatus,
  type SqlConnection,
} from "./migrations";
import { seedDemoOnce } from "./seed";

export type DatabaseKind = "pglite" | "postgresql";

export interface Database {
  kind: DatabaseKind;
  prisma: PrismaClient;
  migrationStatus(): Promise<MigrationStatus>;
  /** LISTEN for notifications (a dedicated connection on PostgreSQL, in-process on PGlite). */
  listen: Listen;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A postgresql:// URL; without it the embedded database is used. */
  url?: string;
  /** Folder for the embedded database, or "memory://" for a throw-away one. */
  dataDir?: string;
  /** Seed the demo institution once (embedded default outside production). */
  seedDemo?: boolean;
}

// The benchmark counts the queries each page makes; nowhere else is anything logged or counted.
const queries = { count: 0 };
const queryLog = () =>
  env.WEGWEISER_BENCH === "on" ? { log: [{ emit: "event" as const, level: "query" as const }] } : {};

function countingQueries(prisma: PrismaClient): PrismaClient {
  if (env.WEGWEISER_BENCH === "on")
    (prisma as unknown as { $on(event: "query", listener: () => void): void }).$on("query", () => {
      queries.count += 1;
    });
  return prisma;
}

// Writers to one plan queue for its row lock inside their transaction, and on PGlite every
// transaction waits for the one connection. In a busy workshop on a loaded machine that queue can
// outlast Prisma's defaults (2 s to start, 5 s in all), which would turn a save into an error. A
// transaction that outlasts these limits is stuck, and its request answers 503
// (lib/db/unavailable.ts). On PostgreSQL the pool's own limit (5 s for a free connection) comes
// first, and the database gives up a lock wait after LOCK_TIMEOUT_MS, before Prisma gives up on
// the transaction, so a connection never stays blocked behind a lock for a request already answered.
const transactionOptions = { maxWait: 10_000, timeout: 20_000 };
const LOCK_TIMEOUT_MS = 15_000;

/** Queries made by this process so far; only counted when WEGWEISER_BENCH=on. */
export function queryCount(): number {
  return queries.count;
}

async function openPostgres(url: string): Promise<Database> {
  // A connection attempt gives up after 5 s (an unreachable host would otherwise hang requests),
  // so a request fails fast with 503 while the database is away. The pool drops broken
  // connections and opens new ones on demand, so it recovers by itself once the database is back.
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 5_000,
    lock_timeout: LOCK_TIMEOUT_MS,
  });
  // Without a listener, an idle client's error (e.g. a database restart) crashes the process.
  pool.on("error", (error) => console.error("[db] idle PostgreSQL connection failed:", error.message));
  const prisma = countingQueries(
    new PrismaClient({ adapter: new PrismaPg(pool), transactionOptions, ...queryLog() }),
  );
  return {
    kind: "postgresql",
    prisma,
    async migrationStatus() {
      return migrationStatus(postgresConnection(pool));
    },
    listen: postgresListen(url),
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

async function openEmbedded(dataDir: string, seedDemo: boolean): Promise<Database> {
  const location = dataDir === "memory://" ? dataDir : path.resolve(dataDir, "pglite");
  let unlock = async () => {};
  if (location !== "memory://") {
    await mkdir(location, { recursive: true });
    unlock = await lockEmbeddedDatabase(location);
  }
  let pglite: PGlite | undefined;
  let prisma: PrismaClient | undefined;
  try {
    pglite = await PGlite.create(location);
    await applyMigrations(pglite);
    prisma = countingQueries(
      new PrismaClient({ adapter: new PrismaPGlite(pglite), transactionOptions, ...queryLog() }),
    );
    if (seedDemo) await seedDemoOnce(prisma);
  } catch (error) {
    // Failed to open: the folder is free again for the next try (of this process or another).
    await prisma?.$disconnect().catch(() => undefined);
    await pglite?.close().catch(() => undefined);
    await unlock();
    throw error;
  }
  const connection: SqlConnection = pglite;
  return {
    kind: "pglite",
    prisma,
    migrationStatus: () => migrationStatus(connection),
    // PGlite is one session in this process: NOTIFY from any query reaches its listeners at commit.
    listen: (channel, onPayload) => pglite.listen(channel, onPayload),
    async close() {
      await prisma.$disconnect();
      await pglite.close();
      await unlock();
    },
  };
}

export function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) return openPostgres(options.url);
  return openEmbedded(options.dataDir ?? ".data", options.seedDemo ?? false);
}

function defaultOptions(): DatabaseOptions {
  const seedDemo = env.SEED_DEMO ? env.SEED_DEMO === "true" : env.NODE_ENV === "development";
  return { url: env.DATABASE_URL, dataDir: env.WEGWEISER_DATA_DIR, seedDemo };
}

// Kept on globalThis so that Next's hot reload in development reuses the one embedded
// database instead of opening its folder twice.
const holder = globalThis as unknown as { __wegweiserDb?: Promise<Database> };

/** The app's database, opened (and for the embedded one migrated and seeded) on first use. */
export function getDatabase(): Promise<Database> {
  holder.__wegweiserDb ??= openDatabase(defaultOptions()).catch((error: unknown) => {
    holder.__wegweiserDb = undefined;
    throw error;
  });
  return holder.__wegweiserDb;
}

/**
 * The database for an operator's command (`npm run user:password-link`, `living:remind`): the
 * app's own, never seeded with the demo accounts (an operator's shell is not the app's development
 * server), and, when embedded, only one that exists: a mistyped WEGWEISER_DATA_DIR would otherwise
 * open a new, empty database and report nothing found.
 */
export async function getOperatorDatabase(): Promise<Database> {
  if (!env.DATABASE_URL) {
    const location = path.resolve(env.WEGWEISER_DATA_DIR, "pglite");
    const exists = await access(path.join(location, "PG_VERSION")).then(
      () => true,
      () => false,
    );
    if (!exists)
      throw new Error(
        `No embedded database in ${location}: set WEGWEISER_DATA_DIR to the app's folder, or DATABASE_URL.`,
      );
  }
  holder.__wegweiserDb ??= openDatabase({ ...defaultOptions(), seedDemo: false });
  return holder.__wegweiserDb;
}

export async function getPrisma(): Promise<PrismaClient> {
  return (await getDatabase()).prisma;
}
