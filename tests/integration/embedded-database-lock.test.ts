import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, rm, utimes } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/lib/db/client";

const scratch: string[] = [];
afterAll(async () => Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true }))));

async function dataDir() {
  const dir = await mkdtemp(path.join(tmpdir(), "wegweiser-lock-"));
  scratch.push(dir);
  return dir;
}

/** `npm run db:migrate` on that folder, as an operator runs it beside the app. */
function migrateCommand(dir: string) {
  return spawnSync(
    process.execPath,
    [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/db-migrate.ts"],
    {
      env: { ...process.env, WEGWEISER_DATA_DIR: dir, DATABASE_URL: "" },
      encoding: "utf8",
    },
  );
}

describe("the embedded database's folder", () => {
  it("belongs to one process at a time: a second opener is refused with the reason, and gets it once the first closes", async () => {
    const dir = await dataDir();
    const first = await openDatabase({ dataDir: dir });
    try {
      await expect(openDatabase({ dataDir: dir })).rejects.toThrow(/in use by another process/);
      const command = migrateCommand(dir);
      expect(command.status).toBe(1);
      expect(command.stderr).toContain("is in use by another process");
      // The refused openers left the folder as it was.
      expect(await first.prisma.user.count()).toBe(0);
    } finally {
      await first.close();
    }
    const command = migrateCommand(dir);
    expect(command.stdout).toContain("is up to date");
    const second = await openDatabase({ dataDir: dir });
    await second.close();
  });

  it("is taken over from a process that died without releasing it", async () => {
    const dir = await dataDir();
    const abandoned = path.join(dir, "pglite.lock");
    await mkdir(abandoned, { recursive: true });
    const minuteAgo = new Date(Date.now() - 60_000);
    await utimes(abandoned, minuteAgo, minuteAgo);
    const db = await openDatabase({ dataDir: dir });
    try {
      expect(await db.prisma.user.count()).toBe(0);
    } finally {
      await db.close();
    }
  });
});
