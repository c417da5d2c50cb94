/**
 * Auth.js's error log. A wrong password or a refused single sign-on is an expected outcome,
 * answered on the page, not a server error, so it is not logged with a stack trace. Auth.js's error
 * classes carry their kind in `type`: their names are shortened in the production build.
 */
export const authLogger = {
  error(error: Error) {
    const kind = (error as { type?: unknown }).type ?? error.name;
    if (kind === "CredentialsSignin" || kind === "AccessDenied") return;
    console.error("[auth]", error);
  },
};
