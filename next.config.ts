import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import "./lib/env";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly and data files relative to its own package at run time.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2"],
  // The migration runner reads these at run time (dynamic paths are opted out of tracing).
  outputFileTracingIncludes: { "/*": ["./prisma/migrations/**/*"] },
  poweredByHeader: false,
  typedRoutes: false,
};

export default withNextIntl(nextConfig);
