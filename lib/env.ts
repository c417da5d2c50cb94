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
    // Single sign-on through OpenID Connect: all three or none (see README "Single sign-on").
    AUTH_OIDC_ISSUER: z
      .url({ protocol: /^https?$/, error: "AUTH_OIDC_ISSUER must be an http(s) URL" })
      .optional(),
    AUTH_OIDC_ID: z.string().min(1).max(200).optional(),
    AUTH_OIDC_SECRET: z.string().min(1).max(500).optional(),
    // The name on the sign-in button ("Mit <name> anmelden"); defaults to "SSO".
    AUTH_OIDC_NAME: z.string().trim().min(1).max(40).optional(),
  },
  client: {},
  experimental__runtimeEnv: {},
  emptyStringAsUndefined: true,
  // Half a single sign-on configuration is a mistake worth stopping for, not a silent "off".
  createFinalSchema: (shape) =>
    z.object(shape).superRefine((values, context) => {
      const oidc = [values.AUTH_OIDC_ISSUER, values.AUTH_OIDC_ID, values.AUTH_OIDC_SECRET];
      if (oidc.some(Boolean) && !oidc.every(Boolean)) {
        context.addIssue({
          code: "custom",
          path: ["AUTH_OIDC_ISSUER"],
          message: "Set AUTH_OIDC_ISSUER, AUTH_OIDC_ID and AUTH_OIDC_SECRET together, or none of them",
        });
      }
    }),
});
