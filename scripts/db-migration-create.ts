// `npm run db:migration:create -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
// with the SQL that takes the existing migrations to the current schema.prisma.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { MIGRATIONS_DIR } from "@/lib/db/migrations";
import { diffMigrationsToSchema } from "@/lib/db/schema-diff";

async function main() {
  const name = (process.argv[2] ?? "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "");
  if (!name) {
    console.error("Usage: npm run db:migration:create -- <name>   (e.g. add_comments)");
    process.exit(2);
  }
  const sql = await diffMigrationsToSchema();
  if (!sql.trim()) {
    console.log("schema.prisma and the migrations agree: no migration needed.");
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const folder = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, "migration.sql"), sql);
  console.log(`Created ${path.relative(process.cwd(), folder)}/migration.sql:\n\n${sql}`);
  console.log("Review it (migrations are additive and forward-only), then run `npm run db:migrate`.");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
