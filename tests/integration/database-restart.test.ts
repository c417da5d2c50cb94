import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPlan } from "@/lib/access/plans";
import { openDatabase, type Database } from "@/lib/db/client";
import { applyMigrations, postgresConnection } from "@/lib/db/migrations";
import { createInstitutionWithAdmin } from "../support/factories";
import { createPrivatePostgres, type PrivatePostgres } from "../support/private-postgres";
import { session } from "../support/mock-actor";

// A PostgreSQL cluster of this test's own, really stopped and started again: the shared server
// must never be stopped. The app's database is pointed at it before anything opens one.
const cluster: PrivatePostgres = createPrivatePostgres(Number(process.env.FAULTS_PG_PORT ?? 5544));
const holder = globalThis as unknown as { __wegweiserDb?: Promise<Database> };

// The handlers run as they are; only "who is signed in" comes from the test instead of a cookie.
vi.mock("@/lib/access/actor", () => import("../support/mock-actor"));

const { POST: autosave } = await import("@/app/api/plans/[planId]/changes/route");
const { GET: health } = await import("@/app/api/health/route");

let database: Database;
let planId = "";
let revision = 0;

beforeAll(async () => {
  cluster.start();
  const client = new pg.Client({ connectionString: cluster.url });
  await client.connect();
  await applyMigrations(postgresConnection(client));
  await client.end();
  holder.__wegweiserDb = openDatabase({ url: cluster.url });
  database = await holder.__wegweiserDb;
  const { admin, institution } = await createInstitutionWithAdmin();
  session.actor = { userId: admin.userId, email: admin.email, name: "Test Admin", locale: "de" };
  planId = (await createPlan(admin, institution.slug, "Plan im Ausfall")).id;
});

afterAll(async () => {
  await stopListening?.();
  // The shared setup closes the app's database; the cluster goes even when a test failed.
  cluster.destroy();
});

// Notifications arrive asynchronously; the limit only catches a hang.
const WAIT = { timeout: 30_000, interval: 50 };
let stopListening: (() => Promise<void>) | undefined;

function save(value: string) {
  const body = JSON.stringify({ op: "set", key: "start.mission", value, baseRevision: revision });
  return autosave(
    new Request(`http://localhost:3000/api/plans/${planId}/changes`, {
      method: "POST",
      headers: { "content-type": "application/json", host: "localhost:3000" },
      body,
    }),
    { params: Promise.resolve({ planId }) },
  );
}

async function storedMission() {
  const row = await database.prisma.planValue.findFirst({
    where: { planId, key: "start.mission" },
    select: { value: true },
  });
  return row?.value;
}

describe("a PostgreSQL restart while people edit", () => {
  it("answers 503 with a retry hint while the database is down, and saves again once it is back", async () => {
    const before = await save("vor dem Neustart");
    expect(before.status).toBe(200);
    revision = ((await before.json()) as { revision: number }).revision;

    cluster.stop();
    // The first request meets pooled connections the shutdown closed; the next finds no server.
    for (const attempt of ["während des Neustarts", "noch einmal"]) {
      const response = await save(attempt);
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("2");
      // A message key the client translates; no stack, no SQL, no host name.
      expect(await response.json()).toEqual({
        error: "DATABASE_UNAVAILABLE",
        message: "databaseUnavailable",
      });
    }
    expect((await health()).status).toBe(503);

    cluster.start();
    const after = await save("nach dem Neustart");
    expect(after.status).toBe(200);
    revision = ((await after.json()) as { revision: number }).revision;
    expect(await storedMission()).toBe("nach dem Neustart");
    expect((await health()).status).toBe(200);
  });

  it("recovers when the server terminates the app's connections (pg_terminate_backend)", async () => {
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE pid <> pg_backend_pid() AND backend_type = 'client backend'`,
    );
    await admin.end();
    // A request racing the termination may be told to retry; it is never a 500, and the retry works.
    let response = await save("nach dem Abbruch");
    expect([200, 503]).toContain(response.status);
    if (response.status === 503) response = await save("nach dem Abbruch");
    expect(response.status).toBe(200);
    revision = ((await response.json()) as { revision: number }).revision;
    expect(await storedMission()).toBe("nach dem Abbruch");
  });

  it("reconnects the live listener after a restart and asks its listeners to catch up", async () => {
    const payloads: string[] = [];
    let resyncs = 0;
    let resynced = () => {};
    const restored = new Promise<void>((resolve) => (resynced = resolve));
    stopListening = await database.listen(
      "wegweiser_faults_test",
      (payload) => payloads.push(payload),
      () => {
        resyncs += 1;
        resynced();
      },
    );
    const notifier = async (payload: string) => {
      const client = new pg.Client({ connectionString: cluster.url });
      await client.connect();
      await client.query("SELECT pg_notify('wegweiser_faults_test', $1)", [payload]);
      await client.end();
    };
    await notifier("vorher");
    await vi.waitFor(() => expect(payloads).toContain("vorher"), WAIT);

    cluster.stop();
    cluster.start();
    await restored;
    expect(resyncs).toBe(1);
    await notifier("nachher");
    await vi.waitFor(() => expect(payloads).toContain("nachher"), WAIT);
  });
});
