import { NextResponse } from "next/server";
import { getDatabase } from "@/lib/db/client";
import { logFailure } from "@/lib/db/unavailable";

export const dynamic = "force-dynamic";

/** For load balancers and operators: is the database reachable and fully migrated? */
export async function GET() {
  try {
    const database = await getDatabase();
    const migrations = await database.migrationStatus();
    return NextResponse.json(
      {
        status: migrations.upToDate ? "ok" : "degraded",
        database: database.kind,
        migrations: {
          upToDate: migrations.upToDate,
          pending: migrations.pending,
          modified: migrations.modified,
        },
      },
      { status: migrations.upToDate ? 200 : 503, headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    // Expected during a database restart: one line, not a stack per probe.
    logFailure("[health] database check failed", error);
    return NextResponse.json(
      { status: "error", database: "unavailable" },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}
