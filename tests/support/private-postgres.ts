import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * A throw-away PostgreSQL cluster of its own, for tests that really stop and start the database
 * (the shared server on 5432 must never be stopped). Needs PostgreSQL's server binaries; as root
 * (CI) they run as the `postgres` user, because initdb refuses to run as root.
 */
export interface PrivatePostgres {
  url: string;
  port: number;
  start(): void;
  stop(): void;
  /** Stops the cluster if it runs and deletes its files; safe to call more than once. */
  destroy(): void;
}

function binDir() {
  const candidates = [process.env.PG_BIN_DIR, "/usr/lib/postgresql/15/bin"].filter(Boolean) as string[];
  const found = candidates.find((dir) => existsSync(path.join(dir, "initdb")));
  if (!found) throw new Error("PostgreSQL server binaries not found; set PG_BIN_DIR");
  return found;
}

export function createPrivatePostgres(port: number): PrivatePostgres {
  const bin = binDir();
  const asRoot = process.getuid?.() === 0;
  const root = mkdtempSync(path.join(tmpdir(), "wegweiser-pg-"));
  const dataDir = path.join(root, "data");
  const logFile = path.join(root, "postgres.log");
  if (asRoot) {
    chmodSync(root, 0o777);
  }
  const run = (tool: string, args: string[]) => {
    const command = path.join(bin, tool);
    const [file, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
    execFileSync(file, argv, { stdio: "pipe" });
  };
  run("initdb", ["-D", dataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"]);
  let running = false;
  const cluster: PrivatePostgres = {
    port,
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    start() {
      run("pg_ctl", [
        "start",
        "-w",
        "-D",
        dataDir,
        "-l",
        logFile,
        "-o",
        `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${root} -c fsync=off`,
      ]);
      running = true;
    },
    stop() {
      run("pg_ctl", ["stop", "-w", "-m", "fast", "-D", dataDir]);
      running = false;
    },
    destroy() {
      if (running || existsSync(path.join(dataDir, "postmaster.pid"))) {
        const command = path.join(bin, "pg_ctl");
        const args = ["stop", "-w", "-m", "immediate", "-D", dataDir];
        if (asRoot) spawnSync("runuser", ["-u", "postgres", "--", command, ...args]);
        else spawnSync(command, args);
        running = false;
      }
      rmSync(root, { recursive: true, force: true });
    },
  };
  return cluster;
}
