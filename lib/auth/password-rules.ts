import { z } from "zod";
import commonPasswords from "./common-passwords.json";

/*
 * Password rules, after NIST SP 800-63B: a minimum length, no upper limit that matters, no
 * composition rules, and a check against passwords known from breaches. The bundled list
 * (common-passwords.json) holds the entries of 10 characters or more from zxcvbn's list of the
 * 30,000 most common passwords (MIT licence, Dan Wheeler and Dropbox) — shorter ones fail the
 * length rule anyway — plus common German ones. It is checked without regard to case.
 */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

const COMMON = new Set((commonPasswords as string[]).map((p) => p.toLowerCase()));

/** "passwort123!" → "passwort": the word without the digits and marks people append to it. */
const withoutSuffix = (password: string) => password.replace(/[\p{N}\p{P}\p{S}\s]+$/u, "");

// The words the list's entries are made of ("passwort" from "passwort123"): another number or
// mark after them ("passwort12", "sommer2026!") is just as easy to guess.
const COMMON_WORDS = new Set(
  [...COMMON]
    .map(withoutSuffix)
    .filter((word, index, all) => word.length >= 5 && all.indexOf(word) === index),
);

export function isCommonPassword(password: string) {
  const normalised = password.trim().toLowerCase();
  const word = withoutSuffix(normalised);
  return COMMON.has(normalised) || (word !== normalised && COMMON_WORDS.has(word));
}

/** True when the password contains the part of the e-mail address before the "@" (3+ characters). */
export function containsEmailName(password: string, email: string | undefined) {
  const local = email?.split("@")[0]?.trim().toLowerCase() ?? "";
  return local.length >= 3 && password.toLowerCase().includes(local);
}

export const ZNewPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, "passwordTooShort")
  .max(PASSWORD_MAX_LENGTH, "tooLong")
  .refine((p) => !isCommonPassword(p), "passwordTooCommon");

/** For schemas with an `email` and a `password`: the password must not contain the e-mail's name. */
export function passwordNotFromEmail(value: { email?: string; password: string }, ctx: z.RefinementCtx) {
  if (containsEmailName(value.password, value.email)) {
    ctx.addIssue({ code: "custom", message: "passwordContainsEmail", path: ["password"] });
  }
}
