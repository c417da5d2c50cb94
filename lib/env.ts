import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

/**
 * The validated environment. Every setting Wegweiser reads is declared here; see README
 * "Configuration". Nothing is required for a local start: without DATABASE_URL the app runs on
 * the embedded database in WEGWEISER_DATA_DIR.
 */
export const env = createEnv({
  server: {
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL")
      .optional(),
    WEGWEISER_DATA_DIR: z.string().min(1).default(".data"),
    AUTH_SECRET: z.string().min(32).optional(),
    SEED_DEMO: z.enum(["true", "false"]).optional(),
    // Only for browser tests: lets a cookie or header move the app's clock (lib/clock.ts).
    WEGWEISER_TEST_CLOCK: z.enum(["allow"]).optional(),
    // "on" only for `npm run bench`: counts database queries and opens the baseline routes.
    WEGWEISER_BENCH: z.enum(["on"]).optional(),
  },
  client: {},
  experimental__runtimeEnv: {},
  emptyStringAsUndefined: true,
});
