import path from "node:path";
import { defineConfig } from "vitest/config";

const onPostgres = Boolean(process.env.DATABASE_URL);

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    // Next.js provides these at build time; in tests the modules are plain Node.
    alias: { "server-only": path.resolve("tests/support/empty-module.ts") },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts", "lib/**/*.test.ts"],
    environment: "node",
    // next-auth imports "next/server" without an extension, which plain Node cannot resolve; run
    // through Vite it can, so Auth.js's own route handlers can be called in tests.
    server: { deps: { inline: ["next-auth"] } },
    setupFiles: ["tests/support/setup.ts"],
    reporters: ["default", "./tests/support/stall-reporter.ts"],
    globalSetup: ["tests/support/global-setup.ts"],
    // Several files share one PostgreSQL database in the PostgreSQL pass; the embedded
    // database is opened per worker, so files can run side by side there.
    fileParallelism: !onPostgres,
    // Generous: a loaded 2-core machine runs the WebAssembly schema engine and the property tests
    // side by side; the limits catch hangs, they do not measure speed.
    testTimeout: 120_000,
    hookTimeout: 60_000,
    env: {
      WEGWEISER_DATA_DIR: "memory://",
      SEED_DEMO: "false",
      AUTH_SECRET: "test-secret-test-secret-test-secret-0123",
    },
  },
});
