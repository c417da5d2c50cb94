import type { ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { killAppInstance, migrateDatabase, startAppInstance, stopAppInstance } from "../support/app-instance";
import { createPrivatePostgres, type PrivatePostgres } from "../support/private-postgres";
import { collectEvents } from "../support/sse";
import { register } from "./helpers";

// Two app instances behind one PostgreSQL database, as in a deployment with more than one
// replica: live updates must cross instances (NOTIFY, not memory) and the revision checks must
// hold whichever instance a write reaches. This spec runs its own cluster and two production
// servers (`npm run build` first); its ports differ from faults.spec (5544, E2E_PORT+50) and
// sso.spec, so all may run in parallel.
const BASE_PORT = Number(process.env.E2E_PORT ?? 3100);
const PORTS = [
  Number(process.env.MULTI_APP_PORT_A ?? BASE_PORT + 61),
  Number(process.env.MULTI_APP_PORT_B ?? BASE_PORT + 62),
] as const;
const PG_PORT = Number(process.env.MULTI_PG_PORT ?? 5546);
const [A, B] = PORTS.map((port) => `http://localhost:${port}`) as [string, string];

test.use({ baseURL: A });
test.describe.configure({ mode: "serial" });

let cluster: PrivatePostgres | undefined;
const servers: ChildProcess[] = [];

function killAll() {
  for (const server of servers) killAppInstance(server);
}

// Should the worker die before afterAll runs, the apps and the cluster still go with it.
process.once("exit", () => {
  killAll();
  cluster?.destroy();
});

/** `next start` from the existing build on the shared cluster, with the suite's test settings. */
async function startApp(port: number) {
  servers.push(await startAppInstance(port, cluster!.url, "MULTI_APP_PORT_A / MULTI_APP_PORT_B"));
}

test.beforeAll(async () => {
  test.setTimeout(300_000);
  cluster = createPrivatePostgres(PG_PORT);
  cluster.start();
  migrateDatabase(cluster.url);
  await Promise.all(PORTS.map(startApp));
});

test.afterAll(async () => {
  await Promise.all(servers.map(stopAppInstance));
  cluster?.destroy();
});

type Change =
  | { op: "set"; key: string; value: unknown; baseRevision: number }
  | { op: "addItem"; list: string; itemId: string; position?: number };

interface Answer {
  status: number;
  body: { revision?: number; message?: string; details?: { revision?: number; value?: unknown } };
}

/** A signed-in member's session: the same cookie works on both instances (same secret, same database). */
interface Session {
  cookie: string;
  planId: string;
}

/**
 * Sends a change as the wizard's autosave does: a 503 (the database too busy or away for a moment;
 * nothing was written) is sent again after the Retry-After the server asks for, a few times.
 */
async function save(base: string, session: Session, change: Change): Promise<Answer> {
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(`${base}/api/plans/${session.planId}/changes`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Cookie: session.cookie },
      body: JSON.stringify(change),
    });
    const answer = { status: response.status, body: (await response.json()) as Answer["body"] };
    if (response.status !== 503 || attempt === 5) return answer;
    const retryAfter = Number(response.headers.get("Retry-After"));
    await new Promise((resolve) => setTimeout(resolve, (retryAfter > 0 ? retryAfter : 2) * 1000));
  }
}

/** The plan as the export (the whole saved content) shows it, read through `base`. */
async function exported(base: string, session: Session) {
  const response = await fetch(`${base}/api/plans/${session.planId}/export.json`, {
    headers: { Cookie: session.cookie },
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { content: Record<string, Record<string, unknown>> }).content;
}

let session: Session;

test("a member signs in on instance A; the session holds on instance B", async ({ page }) => {
  await register(page, "Stadtteilzentrum Zwei Server");
  await page.getByLabel("Titel").fill("Plan auf zwei Instanzen");
  await page.getByLabel("Vorlage").selectOption({ label: "Leer beginnen" });
  await page.getByRole("button", { name: "Plan anlegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Plan auf zwei Instanzen" })).toBeVisible();
  const planId = /\/plans\/([^/?#]+)/.exec(page.url())?.[1];
  expect(planId).toBeTruthy();
  const cookies = await page.context().cookies(A);
  session = { planId: planId!, cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; ") };
  const onB = await fetch(`${B}/api/plans/${session.planId}`, { headers: { Cookie: session.cookie } });
  expect(onB.status).toBe(200);
});

test("an edit saved through instance A reaches a live subscriber on instance B", async () => {
  const controller = new AbortController();
  const stream = await fetch(`${B}/api/plans/${session.planId}/events?step=start`, {
    headers: { Cookie: session.cookie, Accept: "text/event-stream" },
    signal: controller.signal,
  });
  expect(stream.status).toBe(200);
  const events = collectEvents(stream.body!);
  try {
    await events.next((event) => event.event === "hello");
    const saved = await save(A, session, {
      op: "set",
      key: "start.mission",
      value: "Gespeichert auf A, gesehen auf B.",
      baseRevision: 0,
    });
    expect(saved.status).toBe(200);
    const event = await events.next(
      (e) => e.event === "value" && (e.data as { key: string }).key === "start.mission",
    );
    expect(event.data).toMatchObject({
      key: "start.mission",
      value: "Gespeichert auf A, gesehen auf B.",
      revision: saved.body.revision,
      by: "Petra Probe",
    });
  } finally {
    controller.abort();
    await events.done;
  }
});

test("20 clients on both instances make 50 edits each: every edit is kept", async () => {
  test.setTimeout(600_000);
  const CLIENTS = 20;
  const EDITS = 50;
  const list = "deficits.deficits";
  const fields = ["deficit", "measure", "owner"] as const;
  const revisions = new Set<number>();

  // Each client owns one list item and edits its fields, each edit based on the revision the
  // client last saw for that field (as the wizard's autosave does), alternating instances.
  const clients = Array.from({ length: CLIENTS }, async (_, client) => {
    const base = client % 2 === 0 ? A : B;
    const itemId = `client-${client}-${randomUUID().slice(0, 8)}`;
    const added = await save(base, session, { op: "addItem", list, itemId });
    expect(added.status, JSON.stringify(added.body)).toBe(200);
    const seen: Record<string, number> = {};
    const last: Record<string, string> = {};
    for (let edit = 0; edit < EDITS; edit++) {
      const key = `${list}.${itemId}.${fields[edit % fields.length]}`;
      const value = `Client ${client}, Änderung ${edit}`;
      const answer = await save(edit % 3 === 0 ? A : B, session, {
        op: "set",
        key,
        value,
        baseRevision: seen[key] ?? 0,
      });
      expect(answer.status, `${key}: ${JSON.stringify(answer.body)}`).toBe(200);
      revisions.add(answer.body.revision!);
      seen[key] = answer.body.revision!;
      last[key] = value;
    }
    return { itemId, last };
  });
  const owned = await Promise.all(clients);

  // Every write got a revision of its own: the instances never handed out one twice.
  expect(revisions.size).toBe(CLIENTS * EDITS);
  for (const base of [A, B]) {
    const items = (await exported(base, session)).deficits!.deficits as Record<string, unknown>[];
    for (const { itemId, last } of owned) {
      const item = items.find((i) => i.id === itemId);
      expect(item, `item ${itemId} read through ${base}`).toBeTruthy();
      for (const [key, value] of Object.entries(last)) expect(item![key.split(".").at(-1)!]).toBe(value);
    }
  }
});

test("the same field from the same revision on both instances: one wins, every other writer is told", async () => {
  test.setTimeout(300_000);
  const WRITERS = 10;
  for (const key of ["start.experiences", "start.reservations", "start.currentChannels"]) {
    const first = await save(A, session, { op: "set", key, value: `Ausgangsstand ${key}`, baseRevision: 0 });
    expect(first.status).toBe(200);
    const base = first.body.revision!;
    const answers = await Promise.all(
      Array.from({ length: WRITERS }, (_, writer) =>
        save(writer % 2 === 0 ? A : B, session, {
          op: "set",
          key,
          value: `Fassung ${writer}`,
          baseRevision: base,
        }).then((answer) => ({ writer, ...answer })),
      ),
    );
    const winners = answers.filter((answer) => answer.status === 200);
    expect(winners, JSON.stringify(answers)).toHaveLength(1);
    const winner = winners[0]!;
    // Each loser learns that someone else saved first, and what and at which revision.
    for (const loser of answers.filter((answer) => answer !== winner)) {
      expect(loser.status).toBe(409);
      expect(loser.body).toMatchObject({
        message: "staleRevision",
        details: { revision: winner.body.revision, value: `Fassung ${winner.writer}` },
      });
    }
    for (const instance of [A, B])
      expect((await exported(instance, session)).start![key.split(".")[1]!]).toBe(`Fassung ${winner.writer}`);
  }
});
