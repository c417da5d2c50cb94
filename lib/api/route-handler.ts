import "server-only";
import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { requireActor, type Actor } from "@/lib/access/actor";
import { requireGuest, type GuestContext } from "@/lib/access/workshop-guests";
import { APP_ERROR_STATUS, AppError, databaseUnavailable, isAppError } from "@/lib/access/errors";
import { isDatabaseUnavailable, logFailure } from "@/lib/db/unavailable";
import { findInputProblem } from "@/lib/security/input";

// How long a client should wait before retrying while the database is away (a restart takes seconds).
const RETRY_AFTER_SECONDS = "2";

/**
 * Maps the access layer's errors to JSON responses. A database that cannot be reached is a 503
 * the client retries; anything else unexpected is a logged 500 without details.
 */
export function errorResponse(error: unknown) {
  if (!isAppError(error) && isDatabaseUnavailable(error)) {
    logFailure("[api] request failed", error);
    error = databaseUnavailable();
  }
  if (isAppError(error)) {
    // Details are the safe facts a client needs, e.g. the stored value and revision on a conflict.
    return NextResponse.json(
      { error: error.code, message: error.messageKey, ...(error.details ? { details: error.details } : {}) },
      {
        status: APP_ERROR_STATUS[error.code],
        headers: error.code === "DATABASE_UNAVAILABLE" ? { "Retry-After": RETRY_AFTER_SECONDS } : undefined,
      },
    );
  }
  if (error instanceof ZodError) {
    return NextResponse.json(
      {
        error: "INVALID_INPUT",
        issues: error.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
      },
      { status: 400 },
    );
  }
  console.error("[api] unexpected error", error);
  return NextResponse.json({ error: "INTERNAL" }, { status: 500 });
}

/** Runs a route handler for a signed-in user and turns errors into proper statuses. */
export async function withActor(handler: (actor: Actor) => Promise<Response>): Promise<Response> {
  try {
    return await handler(await requireActor());
  } catch (error) {
    return errorResponse(error);
  }
}

/** Runs a route handler for the workshop guest of this request, admitted to `planId`. */
export async function withGuest(
  planId: string,
  handler: (guest: GuestContext) => Promise<Response>,
): Promise<Response> {
  try {
    return await handler(await requireGuest(planId));
  } catch (error) {
    return errorResponse(error);
  }
}

const invalid = (message: string, input?: unknown) =>
  new ZodError([{ code: "custom", path: [], message, input }]);

/**
 * Reads the body as UTF-8 text, but never more than `maxBytes`: reading stops at the first byte
 * over the limit, whatever Content-Length claims (or when it is missing, as with chunked uploads).
 */
async function readLimitedText(request: Request, maxBytes: number): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw new AppError("PAYLOAD_TOO_LARGE", "tooLarge");
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new AppError("PAYLOAD_TOO_LARGE", "tooLarge");
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw invalid("invalidJson");
  }
}

/**
 * Reads a JSON body no larger than `maxBytes` (413 beyond); anything else is INVALID_INPUT.
 * Requiring `application/json` means another site cannot send the request without a CORS
 * preflight, and a foreign Origin is refused outright.
 */
export async function readJson(request: Request, maxBytes = 64 * 1024): Promise<unknown> {
  const origin = request.headers.get("origin");
  if (origin !== null) {
    let originHost: string | undefined;
    try {
      originHost = new URL(origin).host;
    } catch {
      originHost = undefined;
    }
    if (!originHost || originHost !== request.headers.get("host"))
      throw new AppError("FORBIDDEN", "badOrigin");
  }
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) {
    throw invalid("jsonRequired");
  }
  const text = await readLimitedText(request, maxBytes);
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    throw invalid("invalidJson");
  }
  const problem = findInputProblem(value);
  if (problem) throw invalid(problem);
  return value;
}
