/**
 * Wegweiser's security headers, in one place (see SECURITY.md). Pure functions: next.config.ts
 * sets the static ones on every response, proxy.ts adds the per-request Content-Security-Policy
 * to pages.
 */

export interface HeaderOptions {
  /** `next dev`: React needs eval for its debugging aids; never true for a production build. */
  development: boolean;
  /** Production build: adds Strict-Transport-Security. */
  production: boolean;
}

/**
 * The page policy. Scripts run only from this origin and only when they carry the request's nonce
 * (Next.js adds it to its own bootstrap and chunk scripts); 'strict-dynamic' lets those load the
 * chunks they import, and nothing inline without the nonce runs.
 *
 * Styles allow 'unsafe-inline' on purpose: React renders `style` attributes (bar widths of the
 * capacity chart, the progress bar) and Radix injects a small <style> element for scroll locking
 * in dialogs; a nonce cannot cover attributes, and with a nonce in style-src browsers ignore
 * 'unsafe-inline'. Injected CSS cannot run code; scripts, the real XSS vector, stay locked down.
 */
export function contentSecurityPolicy(nonce: string, { development }: Pick<HeaderOptions, "development">) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A fresh, unguessable nonce for one response (128 bits, base64). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** Headers for every response, pages, API and static files alike. */
export function staticSecurityHeaders({ production }: Pick<HeaderOptions, "production">) {
  const headers: { key: string; value: string }[] = [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    {
      key: "Permissions-Policy",
      value:
        // Only features browsers know: Chromium logs an error on every page for an unknown one.
        "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), " +
        "magnetometer=(), gyroscope=(), accelerometer=(), browsing-topics=()",
    },
    // For browsers without CSP frame-ancestors; the policy says the same.
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
  // Only in production: on a development machine, HSTS would pin localhost to HTTPS for two years.
  if (production) {
    headers.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
  }
  return headers;
}

/**
 * Paths whose responses set their own Content-Security-Policy or need none from the page policy:
 * the API answers JSON, and the shared document under /s/ sends its own, stricter policy.
 */
export function setsOwnPolicy(pathname: string) {
  return pathname.startsWith("/api/") || pathname === "/api" || pathname.startsWith("/s/");
}
