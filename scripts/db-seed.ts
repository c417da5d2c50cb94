// `npm run db:seed`: creates the demo institution and its accounts (see README). Only on request:
// the app itself seeds the embedded database in development, never PostgreSQL.
import { getDatabase } from "@/lib/db/client";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from "@/lib/db/seed";

async function main() {
  const database = await getDatabase();
  try {
    await seedDemo(database.prisma);
    console.log(`Demo data ready (${database.kind}). Accounts, password "${DEMO_PASSWORD}":`);
    for (const account of DEMO_ACCOUNTS)
      console.log(`  ${account.email} (${account.role}, ${account.institution})`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
