// `npm run user:password-link -- <e-mail address> [--base https://wegweiser.example.org]`: makes a
// one-time link with which the person sets a new password (Wegweiser sends no e-mail). Whoever
// runs the installation hands it over. The link is valid for a day; a newer one voids it. On the
// embedded database, stop the app first: its database belongs to one process at a time.
import { parseArgs } from "node:util";
import { ZodError } from "zod";
import { getOperatorDatabase } from "@/lib/db/client";
import { isAppError } from "@/lib/access/errors";
import { createPasswordResetLink } from "@/lib/access/password-reset";

const USAGE = "usage: npm run user:password-link -- <e-mail address> [--base https://wegweiser.example.org]";

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { base: { type: "string", default: "http://localhost:3000" } },
  });
  const [email] = positionals;
  if (!email || positionals.length > 1) throw new Error(USAGE);
  const base = new URL(values.base);
  const database = await getOperatorDatabase();
  try {
    const link = await createPasswordResetLink(email);
    console.log(
      `Link for ${link.name} <${email.trim().toLowerCase()}>, valid until ${link.expiresAt.toISOString()}:`,
    );
    console.log(new URL(`/reset/${link.token}`, base).href);
  } catch (error) {
    if (error instanceof ZodError) throw new Error(`Not an e-mail address: ${email}`);
    if (isAppError(error) && error.messageKey === "passwordResetNoAccount")
      throw new Error(`No account has the address ${email}.`);
    if (isAppError(error) && error.messageKey === "passwordResetSso")
      throw new Error(
        `${email} signs in with single sign-on; its password is kept by the identity provider.`,
      );
    throw error;
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
