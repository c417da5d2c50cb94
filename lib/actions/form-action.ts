import "server-only";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ZodError, type z } from "zod";
import { requireActor, type Actor } from "@/lib/access/actor";
import { AppError, databaseUnavailable, isAppError } from "@/lib/access/errors";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";

import type { FormState } from "./form-state";

export type { FormState };

const SECRET_FIELD = /password|token/i;

function submittedValues(formData: FormData) {
  const all: Record<string, string> = {};
  const kept: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION")) continue;
    all[key] = value;
    if (!SECRET_FIELD.test(key)) kept[key] = value;
  }
  return { all, kept };
}

/**
 * Next.js rejects cross-site action calls only when the browser sends an Origin header; a request
 * without one would pass. Every form action here therefore insists on a matching Origin.
 */
async function assertSameOrigin() {
  const h = await headers();
  const origin = h.get("origin");
  const host = h.get("x-forwarded-host") ?? h.get("host");
  let originHost: string | undefined;
  try {
    originHost = origin ? new URL(origin).host : undefined;
  } catch {
    originHost = undefined;
  }
  if (!originHost || originHost !== host) throw new AppError("FORBIDDEN", "badOrigin");
}

/** Details of an AppError that may fill placeholders of its message: plain strings and numbers. */
function messageValues(details: Record<string, unknown> | undefined): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(details ?? {})) {
    if (typeof value === "string" || typeof value === "number") values[key] = value;
  }
  return values;
}

/** The raw form data comes third, for what is not a string: an uploaded file. */
type Handler<S extends z.ZodType, A> = (
  input: z.output<S>,
  actor: A,
  formData: FormData,
) => Promise<FormState | void>;

function build<S extends z.ZodType, A>(schema: S, resolveActor: () => Promise<A>, handler: Handler<S, A>) {
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const t = await getTranslations();
    const { all, kept } = submittedValues(formData);
    const invalidInput = (error: ZodError): FormState => {
      const fieldErrors: Record<string, string> = {};
      for (const issue of error.issues) {
        const field = String(issue.path[0] ?? "form");
        const key = `validation.${issue.message}`;
        fieldErrors[field] ??= t.has(key) ? t(key) : t("validation.invalid");
      }
      return { status: "error", message: t("errors.checkFields"), fieldErrors, values: kept };
    };
    try {
      await assertSameOrigin();
      // PostgreSQL cannot store NUL; no form has a use for it (see lib/security/input.ts).
      const withNul = Object.keys(all).filter(
        (key) => all[key]!.includes("\u0000") || key.includes("\u0000"),
      );
      if (withNul.length > 0) {
        const fieldErrors = Object.fromEntries(
          withNul.map((key) => [key, t("validation.invalidCharacters")]),
        );
        return { status: "error", message: t("errors.checkFields"), fieldErrors, values: kept };
      }
      const parsed = schema.safeParse(all);
      if (!parsed.success) return invalidInput(parsed.error);
      const actor = await resolveActor();
      return (await handler(parsed.data, actor, formData)) ?? { status: "success" };
    } catch (error) {
      unstable_rethrow(error);
      // The data layer validates again; what it refuses is bad input, not a bug.
      if (error instanceof ZodError) return invalidInput(error);
      if (!isAppError(error) && isDatabaseUnavailable(error)) error = databaseUnavailable();
      if (isAppError(error)) {
        const key = `errors.${error.messageKey}`;
        // Details fill the message's placeholders, e.g. how many minutes a rate limit lasts.
        const message = t.has(key) ? t(key, messageValues(error.details)) : t(`errors.${error.code}`);
        // A refusal about one field (an e-mail address already in use) marks that field.
        const field = error.details?.field;
        if (typeof field === "string" && field in all)
          return {
            status: "error",
            message: t("errors.checkFields"),
            fieldErrors: { [field]: message },
            values: kept,
          };
        return { status: "error", message, values: kept };
      }
      console.error("[action] unexpected error", error);
      return { status: "error", message: t("errors.unexpected"), values: kept };
    }
  };
}

/** A form action for signed-in users: origin check, zod validation, actor, typed errors. */
export function authedFormAction<S extends z.ZodType>(schema: S, handler: Handler<S, Actor>) {
  return build(schema, requireActor, handler);
}

/** A form action open to visitors (login, registration): same checks, no actor. */
export function publicFormAction<S extends z.ZodType>(schema: S, handler: Handler<S, null>) {
  return build(schema, async () => null, handler);
}
