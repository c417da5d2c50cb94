import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { expect } from "@playwright/test";

/*
 * Production servers of the app (`next start` from the existing build) on a database of a test's
 * own, for browser tests that need to stop them or run more than one (faults, multi-instance).
 */

/** Brings a fresh database to the current schema. */
export function migrateDatabase(databaseUrl: string) {
  const migrate = spawnSync("npm", ["run", "db:migrate"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  if (migrate.status !== 0) throw new Error(`db:migrate failed: ${migrate.stderr}`);
}

/**
 * Starts the app on `port` with the suite's test settings and waits until it answers its health
 * check. `portSetting` names the environment variable that moves the port, for the error message.
 */
export async function startAppInstance(port: number, databaseUrl: string, portSetting: string) {
  const url = `http://localhost:${port}`;
  // Something else answering on the port would make the test talk to the wrong app.
  const occupied = await fetch(url).then(
    () => true,
    () => false,
  );
  if (occupied) throw new Error(`port ${port} is in use; set ${portSetting}`);
  const server = spawn("npx", ["next", "start", "-p", String(port)], {
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-0123456",
      SEED_DEMO: "false",
    },
  });
  try {
    await expect
      .poll(
        async () => {
          if (server.exitCode !== null) throw new Error(`the app on ${port} exited with ${server.exitCode}`);
          return fetch(`${url}/api/health`).then(
            (response) => response.status,
            () => 0,
          );
        },
        { timeout: 120_000, intervals: [250, 500, 1000] },
      )
      .toBe(200);
  } catch (error) {
    // A server that never became healthy must not outlive the test.
    killAppInstance(server);
    throw error;
  }
  return server;
}

/** Kills the app's whole process group (npx and the Next server under it) at once. */
export function killAppInstance(server: ChildProcess | undefined) {
  try {
    if (server?.pid && server.exitCode === null) process.kill(-server.pid, "SIGKILL");
  } catch {
    // already gone
  }
}

/** Kills the app and waits until it has exited. */
export async function stopAppInstance(server: ChildProcess | undefined) {
  if (!server?.pid || server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  killAppInstance(server);
  await exited;
}
