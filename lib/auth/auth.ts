import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authenticate } from "./credentials";
import { authLogger } from "./logger";
import { endSession } from "@/lib/access/sessions";
import { clientAddress } from "@/lib/security/rate-limit";
import { OIDC_PROVIDER_ID, oidcProviders } from "./oidc";
import { signInWithOidc } from "./oidc-sign-in";
import { resolveAuthSecret } from "./secret";
import { SESSION_IDLE_SECONDS, SESSION_RENEW_AFTER_SECONDS, withinAbsoluteLimit } from "./session-rules";

// Credentials sign-in requires JWT sessions. They cannot be revoked by themselves, so the token
// carries the user's sessionVersion, which lib/access/actor.ts compares with the database on
// every request, and a session id that signing out records as ended (events.signOut below); the
// login time caps a session's total life at 12 hours. Requests read the cookie
// through lib/auth/session-token.ts, which the proxy also uses to renew it. Single sign-on (OpenID
// Connect) is added only when AUTH_OIDC_* is set; this function runs per request, so the
// providers follow the environment at run time, not at build time.
export const { handlers, signIn, signOut } = NextAuth(() => ({
  secret: resolveAuthSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS, updateAge: SESSION_RENEW_AFTER_SECONDS },
  pages: { signIn: "/", error: "/" },
  logger: authLogger,
  events: {
    // Every way of signing out (the app's button, Auth.js's own endpoint) ends the session itself:
    // clearing the cookie alone would leave copies of it valid until they expire. Auth.js clears
    // the cookie even when this fails (it logs the error).
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (token && typeof token.sub === "string" && typeof token.sid === "string")
        await endSession({
          userId: token.sub,
          sessionId: token.sid,
          loginAt: typeof token.loginAt === "number" ? token.loginAt : Date.now(),
        });
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      authorize: async (credentials, request) => {
        const user = await authenticate(credentials, clientAddress(request.headers));
        return (
          user && { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion }
        );
      },
    }),
    ...oidcProviders(),
  ],
  callbacks: {
    // A single sign-on becomes a Wegweiser account here (found, linked or created, and joined to
    // institutions); a refusal sends the person back to the start page, which says why.
    async signIn({ user, account, profile }) {
      if (account?.provider !== OIDC_PROVIDER_ID) return true;
      const result = await signInWithOidc(profile);
      if (!result.ok) {
        console.info("[auth] single sign-on refused:", result.reason);
        return `/?sso=${result.reason}`;
      }
      // Auth.js hands this same object to the jwt callback below: from here on it is our user.
      user.id = result.user.id;
      user.email = result.user.email;
      (user as { sessionVersion?: number }).sessionVersion = result.user.sessionVersion;
      return true;
    },
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        token.loginAt = Date.now();
        // Names this session, so that signing out can end it for good (lib/access/sessions.ts).
        token.sid = crypto.randomUUID();
      }
      if (!withinAbsoluteLimit(token)) return null;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      (session as { sessionVersion?: number }).sessionVersion = typeof token.sv === "number" ? token.sv : -1;
      return session;
    },
  },
}));
