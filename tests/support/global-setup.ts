import pg from "pg";
import { applyMigrations, postgresConnection } from "@/lib/db/migrations";

/** On PostgreSQL the app never migrates by itself (`npm run db:migrate` does): do it once per run. */
export default async function setup() {
  const url = process.env.DATABASE_URL;
  if (!url) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await applyMigrations(postgresConnection(client));
  } finally {
    await client.end();
  }
}
