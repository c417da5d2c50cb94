import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { env } from "./lib/env";
import { staticSecurityHeaders } from "./lib/security/headers";

// The catalogues' ICU messages are compiled at build time, so the browser needs only a small
// formatter instead of the whole ICU parser (about 10 kB gzip on every page with scripts).
// Every catalogue file must therefore be loaded through this folder (lib/i18n/catalogue.ts).
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: {
    messages: { path: "./lib/i18n/messages", format: "json", locales: "infer", precompile: true },
  },
});

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly and data files relative to its own package at run time.
  // pdfkit reads its own data files (e.g. fonts' metrics) relative to its package at run time.
  // proper-lockfile (the embedded database's lock) patches fs through graceful-fs: left to Node.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@node-rs/argon2",
    "pdfkit",
    "proper-lockfile",
  ],
  // The migration runner reads these at run time (dynamic paths are opted out of tracing).
  // The PDF font is read from the package's folder at run time.
  outputFileTracingIncludes: {
    "/*": ["./prisma/migrations/**/*", "./node_modules/dejavu-fonts-ttf/ttf/DejaVuSans*.ttf"],
  },
  poweredByHeader: false,
  // A plan file may be up to 1 MB (checked in the import); the form around it needs a little more.
  experimental: { serverActions: { bodySizeLimit: "2mb" } },
  typedRoutes: false,
  // Security headers for every response; the per-request Content-Security-Policy is set in proxy.ts.
  headers() {
    return Promise.resolve([
      // These would replace the headers a route sets itself; the shared document (/s/…) sends its
      // own, stricter ones (e.g. no referrer at all).
      {
        source: "/:path((?!s/).*)",
        headers: staticSecurityHeaders({ production: env.NODE_ENV === "production" }),
      },
      {
        source: "/s/:path*",
        headers: staticSecurityHeaders({ production: env.NODE_ENV === "production" }).filter(
          (h) => !["Referrer-Policy", "X-Frame-Options", "X-Content-Type-Options"].includes(h.key),
        ),
      },
    ]);
  },
};

export default withNextIntl(nextConfig);
