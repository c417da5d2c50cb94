import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR, applyMigrations, migrationStatus, readMigrations } from "@/lib/db/migrations";
import { SCHEMA_PATH, diffMigrationsToSchema } from "@/lib/db/schema-diff";

const scratch: string[] = [];
afterAll(async () => Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true }))));

/**
 * Applies the migrations before the one whose name ends with `suffix`, so a test can put the data
 * of that time in; returns a function applying the rest, which answers their names.
 */
async function migrateUpTo(db: PGlite, suffix: string) {
  const dir = await mkdtemp(path.join(tmpdir(), "wegweiser-migrations-"));
  scratch.push(dir);
  const all = await readMigrations();
  const index = all.findIndex((m) => m.name.endsWith(suffix));
  if (index < 0) throw new Error(`No migration ends with ${suffix}`);
  const copy = (migrations: typeof all) =>
    Promise.all(
      migrations.map((m) =>
        cp(path.join(MIGRATIONS_DIR, m.name), path.join(dir, m.name), { recursive: true }),
      ),
    );
  await copy(all.slice(0, index));
  await applyMigrations(db, dir);
  return async () => {
    await copy(all.slice(index));
    return applyMigrations(db, dir);
  };
}

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
    const db = await PGlite.create();
    try {
      // The migrations up to the one before, with an approved version in the database.
      const rest = await migrateUpTo(db, "_version_institution_type");
      await db.exec(`
        INSERT INTO "Institution" ("id", "name", "slug", "type", "updatedAt")
          VALUES ('i1', 'Stadt Beispielheim', 'stadt-beispielheim', 'MUNICIPALITY', now());
        INSERT INTO "User" ("id", "email", "name", "updatedAt") VALUES ('u1', 'a@test.example', 'Amtsleitung', now());
        INSERT INTO "Plan" ("id", "institutionId", "title", "updatedAt") VALUES ('p1', 'i1', 'Strategie', now());
        INSERT INTO "PlanVersion" ("id", "planId", "number", "title", "content", "readiness", "approvedById", "approvedByName")
          VALUES ('v1', 'p1', 1, 'Strategie', '{}', '{}', 'u1', 'Amtsleitung');
      `);

      expect((await rest())[0]).toMatch(/_version_institution_type$/);
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

  it("revoke links to drafts and workshop links that outlived their maker's membership or role", async () => {
    const db = await PGlite.create();
    try {
      const rest = await migrateUpTo(db, "_revoke_links_beyond_makers_role");
      await db.exec(`
          INSERT INTO "Institution" ("id", "name", "slug", "type", "updatedAt")
            VALUES ('i1', 'Jugendhilfe', 'jugendhilfe', 'YOUTH_WELFARE', now()),
                   ('i2', 'Anderswo', 'anderswo', 'YOUTH_WELFARE', now());
          INSERT INTO "User" ("id", "email", "name", "updatedAt") VALUES
            ('editor', 'e@test.example', 'Erika', now()),
            ('viewer', 'v@test.example', 'Vera', now()),
            ('gone', 'g@test.example', 'Gerd', now());
          INSERT INTO "Membership" ("id", "userId", "institutionId", "role", "updatedAt") VALUES
            ('m1', 'editor', 'i1', 'EDITOR', now()),
            ('m2', 'viewer', 'i1', 'VIEWER', now()),
            ('m3', 'gone', 'i2', 'ADMIN', now());
          INSERT INTO "Plan" ("id", "institutionId", "title", "updatedAt") VALUES ('p1', 'i1', 'Strategie', now());
          INSERT INTO "ShareLink" ("id", "planId", "tokenHash", "versionNumber", "language", "createdById", "createdByName") VALUES
            ('s-editor', 'p1', 'h1', NULL, 'de', 'editor', 'Erika'),
            ('s-viewer', 'p1', 'h2', NULL, 'de', 'viewer', 'Vera'),
            ('s-elsewhere', 'p1', 'h3', NULL, 'de', 'gone', 'Gerd'),
            ('s-deleted', 'p1', 'h4', NULL, 'de', NULL, ''),
            ('s-approved', 'p1', 'h5', 1, 'de', 'gone', 'Gerd');
          INSERT INTO "WorkshopLink" ("id", "planId", "tokenHash", "expiresAt", "createdById", "createdByName") VALUES
            ('w-editor', 'p1', 'h6', now() + interval '1 day', 'editor', 'Erika'),
            ('w-gone', 'p1', 'h7', now() + interval '1 day', 'gone', 'Gerd');
      `);
      expect((await rest())[0]).toMatch(/_revoke_links_beyond_makers_role$/);
      const { rows } = await db.query<{ id: string }>(
        `SELECT "id" FROM "ShareLink" WHERE "revokedAt" IS NULL
         UNION ALL SELECT "id" FROM "WorkshopLink" WHERE "revokedAt" IS NULL ORDER BY 1`,
      );
      expect(rows.map((row) => row.id)).toEqual(["s-approved", "s-editor", "w-editor"]);
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
