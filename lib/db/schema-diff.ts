import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { MIGRATIONS_DIR, readMigrations } from "./migrations";

/**
 * Prisma's schema engine compiled to WebAssembly (the same engine `prisma migrate diff` uses),
 * driven against throw-away in-memory PGlite databases. This needs no native engine download, so
 * creating migrations and checking for drift works on air-gapped machines.
 */

interface SchemaEngineModule {
  SchemaEngine: {
    new: (
      options: { datamodels: [string, string][] },
      log: (line: string) => void,
      adapter: object,
    ) => Promise<SchemaEngineInstance>;
  };
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
}
interface SchemaEngineInstance {
  diff(params: object): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
}

let enginePromise: Promise<SchemaEngineModule> | undefined;

// The package expects a bundler to load its .wasm; in plain Node it is instantiated here.
function loadEngine(): Promise<SchemaEngineModule> {
  enginePromise ??= (async () => {
    const require = createRequire(import.meta.url);
    const bindingsPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bindings =
      (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as unknown as SchemaEngineModule;
    const bytes = await readFile(path.join(path.dirname(bindingsPath), "schema_engine_bg.wasm"));
    const instance = await WebAssembly.instantiate(await WebAssembly.compile(bytes), {
      "./schema_engine_bg.js": bindings as never,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as (() => void) | undefined)?.();
    return bindings;
  })();
  return enginePromise;
}

export const SCHEMA_PATH = path.join(process.cwd(), "prisma", "schema.prisma");

/**
 * The SQL that brings a database built from the migrations to what schema.prisma describes;
 * an empty string when they agree.
 */
export async function diffMigrationsToSchema(
  options: { migrationsDir?: string; schemaPath?: string } = {},
): Promise<string> {
  const migrationsDir = options.migrationsDir ?? MIGRATIONS_DIR;
  const schema = await readFile(options.schemaPath ?? SCHEMA_PATH, "utf8");
  const migrations = await readMigrations(migrationsDir);
  const lockfile = await readFile(path.join(migrationsDir, "migration_lock.toml"), "utf8").catch(() => null);
  const { SchemaEngine } = await loadEngine();
  const pglite = new PGlite();
  const engine = await SchemaEngine.new(
    { datamodels: [["schema.prisma", schema]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(new PrismaPGlite(pglite)),
  );
  try {
    const result = await engine.diff({
      from: {
        tag: "migrations",
        baseDir: migrationsDir,
        lockfile: { path: "migration_lock.toml", content: lockfile },
        shadowDbInitScript: "",
        migrationDirectories: migrations.map((m) => ({
          path: m.name,
          migrationFile: { path: "migration.sql", content: { tag: "ok", value: m.sql } },
        })),
      },
      to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: schema }] },
      script: true,
      exitCode: true,
      filters: { externalTables: [], externalEnums: [] },
    });
    // exitCode 2 means "there is a difference"; 0 comes with a comment-only script.
    return result.exitCode === 2 ? (result.stdout ?? "") : "";
  } finally {
    engine.free();
    await pglite.close();
  }
}
