/**
 * `npm run bench`: builds Wegweiser, starts the production server on a fresh PostgreSQL database
 * with a large and a small plan, and measures it against baselines taken in the same run. Prints
 * a table and writes bench/results.json. Options: --no-build (reuse .next), --duration=<s>,
 * --only=autosave (just the autosave and baseline runs, printed, nothing written: for iterating on
 * the write path), --only=wizard (just the large plan's wizard step: its size and load, printed,
 * nothing written), --only=js (the first-load JavaScript of each route, script by script, printed,
 * nothing written). BENCH_SERVER_NODE_ARGS=--cpu-prof profiles the server meanwhile; BENCH_PORT
 * moves the server off port 3900.
 */
import { spawn, execSync, type ChildProcess } from "node:child_process";
import { writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import pg from "pg";
import { measureFanOut } from "./fan-out";
import { percentile } from "./stats";

const PORT = Number(process.env.BENCH_PORT ?? 3900);
const BASE = `http://localhost:${PORT}`;
const ADMIN_URL = process.env.BENCH_PG_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const args = process.argv.slice(2);
const DURATION = Number(args.find((a) => a.startsWith("--duration="))?.split("=")[1] ?? 10);
const AUTOSAVE_ONLY = args.includes("--only=autosave");
const WIZARD_ONLY = args.includes("--only=wizard");
const JS_ONLY = args.includes("--only=js");

interface LoadResult {
  name: string;
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** Answers ≥ 400 by status code. */
  errorStatuses: Record<number, number>;
  /** Throughput relative to the baseline of the same kind (UPDATE for writes, static page for reads). */
  ratioToBaseline?: number;
}

async function load(
  name: string,
  connections: number,
  options: Partial<autocannon.Options> & { requests?: autocannon.Request[] },
): Promise<LoadResult> {
  const times: number[] = [];
  let errors = 0;
  const statuses: Record<number, number> = {};
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: BASE, connections, duration: DURATION, ...options }, (error, done) =>
      error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done),
    );
    // Every response's time, so the percentiles are exact (autocannon itself reports no p95).
    instance.on("response", (_client: unknown, status: number, _bytes: number, responseTime: number) => {
      times.push(responseTime);
      if (status >= 400) {
        errors += 1;
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    });
  });
  times.sort((a, b) => a - b);
  const row = {
    name,
    connections,
    requestsPerSecond: Math.round(result.requests.average),
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors: errors + result.errors + result.timeouts,
    errorStatuses: statuses,
  };
  console.log(
    `  ${name} @${connections}: ${row.requestsPerSecond} req/s, p95 ${row.p95} ms, errors ${JSON.stringify(statuses)}`,
  );
  return row;
}

async function waitForHealth(timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the server did not start");
}

function cookieHeader(response: Response, previous = ""): string {
  const jar = new Map(previous ? previous.split("; ").map((c) => c.split("=", 2) as [string, string]) : []);
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const [name, ...value] = pair!.split("=");
    jar.set(name!, value.join("="));
  }
  return [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
}

async function login(email: string, password: string): Promise<string> {
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  let cookies = cookieHeader(csrf);
  const response = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: BASE }),
  });
  cookies = cookieHeader(response, cookies);
  if (!cookies.includes("session-token")) throw new Error("bench login failed");
  return cookies;
}

async function queriesFor(url: string, cookie: string): Promise<number> {
  const count = async () =>
    ((await (await fetch(`${BASE}/api/bench/queries`)).json()) as { count: number }).count;
  await fetch(`${BASE}${url}`, { headers: { cookie } }); // warm up: first render compiles caches
  const before = await count();
  const response = await fetch(`${BASE}${url}`, { headers: { cookie } });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  await response.text();
  return (await count()) - before - 0;
}

/** Chromium with the bench user's session cookie, and a page in it. */
async function signedInBrowser(cookie: string) {
  const { chromium } = await import("@playwright/test");
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  const context = await browser.newContext();
  await context.addCookies(
    cookie.split("; ").map((pair) => {
      const [name, ...value] = pair.split("=");
      return { name: name!, value: value.join("="), url: BASE };
    }),
  );
  const page = await context.newPage();
  return { browser, page };
}

/** The gzip size of every script a first visit to `url` loads, by script URL. */
async function firstLoadJs(url: string, cookie: string): Promise<Map<string, number>> {
  const { browser, page } = await signedInBrowser(cookie);
  const scripts: Promise<[string, number]>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script" && response.url().startsWith(BASE))
      scripts.push(response.body().then((body) => [response.url(), gzipSync(body).byteLength]));
  });
  await page.goto(`${BASE}${url}`, { waitUntil: "networkidle" });
  const sizes = new Map(await Promise.all(scripts));
  await browser.close();
  return sizes;
}

/**
 * The request a browser makes for a step change in the wizard (the React Server Components payload
 * of the next step, not a whole page), taken from a real click so its router headers are right.
 */
async function stepChangeRequest(from: string, to: string, cookie: string) {
  const { browser, page } = await signedInBrowser(cookie);
  // Without prefetches, the click always asks the server for the step.
  await page.route("**/*", (route) =>
    route.request().headers()["next-router-prefetch"] ? route.abort() : route.continue(),
  );
  // A click before the page has hydrated loads the whole page instead: then try again, waiting longer.
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.goto(`${BASE}${from}`, { waitUntil: "load" });
    await page.waitForTimeout(1000 * attempt);
    const navigation = page
      .waitForRequest(
        (request) =>
          request.url().startsWith(`${BASE}${to}`) &&
          request.headers()["rsc"] === "1" &&
          !request.headers()["next-router-prefetch"],
        { timeout: 10_000 },
      )
      .catch(() => null);
    await page.locator(`a[href="${to}"]`).first().click();
    const request = await navigation;
    if (!request) continue;
    const headers = Object.fromEntries(
      Object.entries(await request.allHeaders()).filter(
        ([name]) => !name.startsWith(":") && name !== "cookie",
      ),
    );
    await browser.close();
    return { path: request.url().slice(BASE.length), headers: { ...headers, cookie } };
  }
  await browser.close();
  throw new Error("no step change reached the server");
}

/** Size of an answer, as sent and gzipped. */
async function answerSize(path: string, headers: Record<string, string>) {
  const response = await fetch(`${BASE}${path}`, { headers });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  const body = Buffer.from(await response.arrayBuffer());
  return { KiB: kib(body.byteLength), gzipKiB: kib(gzipSync(body).byteLength) };
}

const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const sum = (sizes: Iterable<number>) => [...sizes].reduce((total, size) => total + size, 0);

/**
 * First-load JS per route, and the part every route with scripts shares (React, Next's router, the
 * root layout's providers): the floor no page's own code can go below.
 */
async function firstLoadReport(routes: Record<string, string>, cookie: string, { listScripts = false } = {}) {
  const loaded: Record<string, Map<string, number>> = {};
  for (const [name, url] of Object.entries(routes)) loaded[name] = await firstLoadJs(url, cookie);
  const withScripts = Object.values(loaded).filter((sizes) => sizes.size > 0);
  const shared = [...(withScripts[0]?.keys() ?? [])].filter((script) =>
    withScripts.every((sizes) => sizes.has(script)),
  );
  if (listScripts)
    for (const [name, sizes] of Object.entries(loaded))
      for (const [script, size] of sizes)
        console.log(`  ${name}: ${kib(size)} KiB ${shared.includes(script) ? "(shared)" : ""} ${script}`);
  return {
    perRoute: Object.fromEntries(
      Object.entries(loaded).map(([name, sizes]) => [name, kib(sum(sizes.values()))]),
    ),
    sharedByEveryRouteWithScripts: kib(sum(shared.map((script) => withScripts[0]!.get(script)!))),
  };
}

function printFirstLoad(firstLoad: Awaited<ReturnType<typeof firstLoadReport>>) {
  console.table(firstLoad.perRoute);
  console.log(`  shared by every route with scripts: ${firstLoad.sharedByEveryRouteWithScripts} KiB`);
}

async function main() {
  if (!args.includes("--no-build")) execSync("npm run build", { stdio: "inherit" });
  const dbName = `wegweiser_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${dbName}"`);
  const databaseUrl = ADMIN_URL.replace(/\/[^/]*$/, `/${dbName}`);
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: "bench-secret-bench-secret-bench-secret-0",
    WEGWEISER_BENCH: "on",
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
  } as NodeJS.ProcessEnv;
  let server: ChildProcess | undefined;
  try {
    execSync("npm run db:migrate", { stdio: "inherit", env });
    Object.assign(process.env, { DATABASE_URL: databaseUrl, WEGWEISER_BENCH: "on" });
    const { seedBench, BENCH_USER } = await import("./seed");
    console.log("Seeding the large and the small plan …");
    const fixture = await seedBench();
    // A server left on the port would be measured instead of this build.
    if (
      await fetch(`${BASE}/api/health`).then(
        () => true,
        () => false,
      )
    )
      throw new Error(`port ${PORT} is in use (BENCH_PORT picks another)`);
    const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
    server = spawn(
      process.execPath,
      [...nodeArgs, "node_modules/next/dist/bin/next", "start", "-p", String(PORT)],
      { env, stdio: "ignore", detached: true },
    );
    await waitForHealth();
    const cookie = await login(BENCH_USER.email, BENCH_USER.password);
    const json = { "content-type": "application/json", cookie, origin: BASE };

    const pages = (size: "small" | "large") => ({
      plan: `/institutions/${fixture.slug}/plans/${fixture.plans[size]}`,
      wizardStep: `/institutions/${fixture.slug}/plans/${fixture.plans[size]}/steps/goals`,
      document: `/institutions/${fixture.slug}/plans/${fixture.plans[size]}/document`,
      sharedDocument: `/s/${fixture.shareTokens[size]}`,
    });

    if (WIZARD_ONLY) {
      const from = pages("large").wizardStep;
      const to = from.replace(/goals$/, "channels");
      const stepChange = await stepChangeRequest(from, to, cookie);
      console.table({
        "wizard step page": await answerSize(from, { cookie }),
        "step change (RSC)": await answerSize(stepChange.path, stepChange.headers),
      });
      console.log(`  queries per wizard step page: ${await queriesFor(from, cookie)}`);
      console.table([
        await load("wizard step, large plan", 10, { url: `${BASE}${from}`, headers: { cookie } }),
        await load("step change, large plan", 10, {
          url: `${BASE}${stepChange.path}`,
          headers: stepChange.headers,
        }),
      ]);
      return;
    }

    const firstLoadRoutes = {
      wizardStep: pages("large").wizardStep,
      sharedDocument: pages("large").sharedDocument,
      planList: `/institutions/${fixture.slug}`,
      document: pages("large").document,
    };
    if (JS_ONLY) {
      printFirstLoad(await firstLoadReport(firstLoadRoutes, cookie, { listScripts: true }));
      return;
    }

    const queries: Record<string, { small: number; large: number }> = {};
    if (!AUTOSAVE_ONLY) console.log("Queries per request …");
    for (const key of AUTOSAVE_ONLY
      ? []
      : (Object.keys(pages("small")) as (keyof ReturnType<typeof pages>)[]))
      queries[key] = {
        small: await queriesFor(pages("small")[key], cookie),
        large: await queriesFor(pages("large")[key], cookie),
      };

    console.log("Load …");
    const results: LoadResult[] = [];
    // autocannon starts every request with a fresh context, so the connections take the fields in
    // turn (never two at once on one field) and each save builds on that field's last revision.
    let nextKey = 0;
    const revisions = new Map<string, number>();
    for (const key of fixture.autosaveKeys) {
      const answer = (await (
        await fetch(`${BASE}/api/plans/${fixture.plans.large}/changes`, {
          method: "POST",
          headers: json,
          body: JSON.stringify({ op: "set", key, value: "Startwert", baseRevision: 0 }),
        })
      ).json()) as { revision?: number; details?: { revision?: number } };
      revisions.set(key, answer.revision ?? answer.details?.revision ?? 0);
    }
    for (const connections of [1, 10, 50]) {
      const baseline = await load("baseline: bare primary-key UPDATE", connections, {
        method: "POST",
        url: `${BASE}/api/bench/update`,
      });
      const autosave = await load("autosave of one field", connections, {
        requests: [
          {
            method: "POST",
            path: `/api/plans/${fixture.plans.large}/changes`,
            headers: json,
            setupRequest: (request, context) => {
              const state = context as { key?: string };
              const key = (state.key = fixture.autosaveKeys[nextKey++ % fixture.autosaveKeys.length]!);
              return {
                ...request,
                body: JSON.stringify({
                  op: "set",
                  key,
                  value: `Kennzahl ${Date.now()}`,
                  baseRevision: revisions.get(key) ?? 0,
                }),
              };
            },
            // A conflict (two saves of one field at once) names the revision to build on next.
            onResponse: (status, body, context) => {
              const { key } = context as { key: string };
              const answer = JSON.parse(body) as { revision?: number; details?: { revision?: number } };
              const revision = status === 200 ? answer.revision : answer.details?.revision;
              if (revision !== undefined) revisions.set(key, revision);
            },
          },
        ],
      });
      autosave.ratioToBaseline =
        Math.round((autosave.requestsPerSecond / baseline.requestsPerSecond) * 100) / 100;
      results.push(baseline, autosave);
    }
    if (AUTOSAVE_ONLY) {
      console.table(results);
      return;
    }
    const staticPage = await load("baseline: bare static page", 10, { url: `${BASE}/bench/static.html` });
    results.push(staticPage);
    for (const [name, url] of [
      ["shared document, large plan", pages("large").sharedDocument],
      ["shared document, small plan", pages("small").sharedDocument],
      ["wizard step, large plan", pages("large").wizardStep],
    ] as const) {
      const row = await load(name, 10, { url: `${BASE}${url}`, headers: { cookie } });
      row.ratioToBaseline = Math.round((row.requestsPerSecond / staticPage.requestsPerSecond) * 100) / 100;
      results.push(row);
    }

    console.log("First-load JavaScript …");
    const firstLoad = await firstLoadReport(firstLoadRoutes, cookie);

    console.log("Live fan-out …");
    const liveFanOut = await measureFanOut({
      base: BASE,
      cookie,
      planId: fixture.plans.large,
      key: fixture.fanOutKey,
      subscribers: 50,
      edits: 20,
    });
    console.log(`  one edit to 50 subscribers: p95 ${liveFanOut.p95} ms, missed ${liveFanOut.missed}`);

    const report = {
      measuredAt: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? "unknown",
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        database: "PostgreSQL (local, same machine)",
      },
      durationSeconds: DURATION,
      load: results,
      queriesPerRequest: queries,
      firstLoadJsKiB: firstLoad,
      liveFanOut,
    };
    await writeFile(path.join("bench", "results.json"), `${JSON.stringify(report, null, 2)}\n`);
    console.table(results);
    console.table(queries);
    printFirstLoad(firstLoad);
    console.table([liveFanOut]);
    console.log("Written to bench/results.json");
  } finally {
    if (server?.pid && server.exitCode === null) process.kill(-server.pid, "SIGTERM"); // the group: next forks
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).catch(() => undefined);
    await admin.end();
    const { getDatabase } = await import("@/lib/db/client");
    await (await getDatabase()).close().catch(() => undefined);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
