import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR, applyMigrations, migrationStatus, readMigrations } from "@/lib/db/migrations";
import { SCHEMA_PATH, diffMigrationsToSchema } from "@/lib/db/schema-diff";

const scratch: string[] = [];
afterAll(async () => Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true }))));

describe("migrations", () => {
  it("produce exactly what schema.prisma describes (a forgotten migration fails here)", async () => {
    expect(await diffMigrationsToSchema()).toBe("");
  });

  it("notice a change to schema.prisma that has no migration yet, and write it", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "wegweiser-schema-"));
    scratch.push(dir);
    const schemaPath = path.join(dir, "schema.prisma");
    const schema = await readFile(SCHEMA_PATH, "utf8");
    await writeFile(
      schemaPath,
      schema.replace(
        '  locale         String    @default("de")',
        '  locale         String    @default("de")\n  phone          String?',
      ),
    );
    const sql = await diffMigrationsToSchema({ schemaPath });
    expect(sql).toContain('ALTER TABLE "User" ADD COLUMN');
    expect(sql).toContain('"phone" TEXT');

    // The generated SQL, added as a migration, closes the gap.
    const migrationsDir = path.join(dir, "migrations");
    await cp(path.join(process.cwd(), "prisma", "migrations"), migrationsDir, { recursive: true });
    const folder = path.join(migrationsDir, "29990101000000_add_phone");
    await mkdir(folder);
    await writeFile(path.join(folder, "migration.sql"), sql);
    expect(await diffMigrationsToSchema({ schemaPath, migrationsDir })).toBe("");
  });

  it("apply once, in order, recorded like Prisma records them", async () => {
    const db = await PGlite.create();
    try {
      const files = await readMigrations();
      expect(await applyMigrations(db)).toEqual(files.map((f) => f.name));
      expect(await applyMigrations(db)).toEqual([]);
      const { rows } = await db.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
        'SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name',
      );
      expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(files.map((f) => [f.name, f.checksum]));
      expect(rows.every((r) => r.finished_at !== null)).toBe(true);
      expect(await migrationStatus(db)).toEqual({ upToDate: true, pending: [], modified: [] });
    } finally {
      await db.close();
    }
  });

  it("report pending and edited migrations", async () => {
    const db = await PGlite.create();
    try {
      expect((await migrationStatus(db)).pending).toHaveLength((await readMigrations()).length);
      await applyMigrations(db);
      const first = (await readMigrations())[0]!;
      await db.query('UPDATE "_prisma_migrations" SET checksum = $1 WHERE migration_name = $2', [
        "0".repeat(64),
        first.name,
      ]);
      expect(await migrationStatus(db)).toMatchObject({ upToDate: false, modified: [first.name] });
    } finally {
      await db.close();
    }
  });

  it("give versions approved before the institution's type was kept the type it has, and keep it unchangeable", async () => {
    // The migrations up to the one before, with an approved version in the database.
    const dir = await mkdtemp(path.join(tmpdir(), "wegweiser-migrations-"));
    scratch.push(dir);
    const all = await readMigrations();
    const keeping = all.findIndex((m) => m.name.endsWith("_version_institution_type"));
    for (const migration of all.slice(0, keeping))
      await cp(path.join(MIGRATIONS_DIR, migration.name), path.join(dir, migration.name), {
        recursive: true,
      });
    const db = await PGlite.create();
    try {
      await applyMigrations(db, dir);
      await db.exec(`
        INSERT INTO "Institution" ("id", "name", "slug", "type", "updatedAt")
          VALUES ('i1', 'Stadt Beispielheim', 'stadt-beispielheim', 'MUNICIPALITY', now());
        INSERT INTO "User" ("id", "email", "name", "updatedAt") VALUES ('u1', 'a@test.example', 'Amtsleitung', now());
        INSERT INTO "Plan" ("id", "institutionId", "title", "updatedAt") VALUES ('p1', 'i1', 'Strategie', now());
        INSERT INTO "PlanVersion" ("id", "planId", "number", "title", "content", "readiness", "approvedById", "approvedByName")
          VALUES ('v1', 'p1', 1, 'Strategie', '{}', '{}', 'u1', 'Amtsleitung');
      `);

      for (const migration of all.slice(keeping))
        await cp(path.join(MIGRATIONS_DIR, migration.name), path.join(dir, migration.name), {
          recursive: true,
        });
      expect(await applyMigrations(db, dir)).toEqual(all.slice(keeping).map((m) => m.name));
      const type = async () =>
        (await db.query<{ institutionType: string }>('SELECT "institutionType" FROM "PlanVersion"')).rows[0]
          ?.institutionType;
      expect(await type()).toBe("MUNICIPALITY");

      // Not even with the approver's anonymisation, the one change a version allows.
      await expect(
        db.query(
          `UPDATE "PlanVersion" SET "approvedById" = NULL, "approvedByName" = '', "institutionType" = 'ASSOCIATION'`,
        ),
      ).rejects.toThrow(/immutable/);
      await db.query(`UPDATE "PlanVersion" SET "approvedById" = NULL, "approvedByName" = ''`);
      expect(await type()).toBe("MUNICIPALITY");
    } finally {
      await db.close();
    }
  });

  it("roll back a failing migration completely", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "wegweiser-migrations-"));
    scratch.push(dir);
    await cp(path.join(process.cwd(), "prisma", "migrations"), dir, { recursive: true });
    const broken = path.join(dir, "29990101000000_broken");
    await mkdir(broken);
    await writeFile(
      path.join(broken, "migration.sql"),
      'CREATE TABLE "Half" ("id" TEXT);\nSELECT * FROM "does_not_exist";',
    );
    const db = await PGlite.create();
    try {
      await expect(applyMigrations(db, dir)).rejects.toThrow(/29990101000000_broken/);
      const { rows } = await db.query<{ exists: boolean }>(
        `SELECT to_regclass('"Half"') IS NOT NULL AS "exists"`,
      );
      expect(rows[0]?.exists).toBe(false);
      expect((await migrationStatus(db, dir)).pending).toEqual(["29990101000000_broken"]);
    } finally {
      await db.close();
    }
  });
});
