import type { OIDCConfig } from "next-auth/providers";
import { env } from "@/lib/env";

export const OIDC_PROVIDER_ID = "oidc";

/** What the sign-in page needs to know: whether single sign-on is on, and the button's name. */
export function oidcSignInOption(): { name: string } | null {
  if (!env.AUTH_OIDC_ISSUER || !env.AUTH_OIDC_ID || !env.AUTH_OIDC_SECRET) return null;
  return { name: env.AUTH_OIDC_NAME ?? "SSO" };
}

/**
 * The OpenID Connect provider, or none when AUTH_OIDC_* is not set. Read on each request (Auth.js
 * is configured lazily in auth.ts), so one build serves installations with and without SSO.
 */
export function oidcProviders(): OIDCConfig<Record<string, unknown>>[] {
  const option = oidcSignInOption();
  if (!option || !env.AUTH_OIDC_ISSUER) return [];
  return [
    {
      id: OIDC_PROVIDER_ID,
      name: option.name,
      type: "oidc",
      issuer: env.AUTH_OIDC_ISSUER,
      clientId: env.AUTH_OIDC_ID,
      clientSecret: env.AUTH_OIDC_SECRET,
      authorization: { params: { scope: "openid email profile" } },
      checks: ["pkce", "state", "nonce"],
    },
  ];
}
