import "server-only";
import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { requireActor, type Actor } from "@/lib/access/actor";
import { APP_ERROR_STATUS, AppError, isAppError } from "@/lib/access/errors";

/** Maps the access layer's errors to JSON responses; anything unexpected is a logged 500 without details. */
export function errorResponse(error: unknown) {
  if (isAppError(error)) {
    return NextResponse.json(
      { error: error.code, message: error.messageKey },
      { status: APP_ERROR_STATUS[error.code] },
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

/**
 * Reads a JSON body no larger than `maxBytes`; anything else is INVALID_INPUT. Requiring
 * `application/json` means another site cannot send the request without a CORS preflight, and a
 * foreign Origin is refused outright.
 */
export async function readJson(request: Request, maxBytes = 64 * 1024): Promise<unknown> {
  const origin = request.headers.get("origin");
  if (origin && origin !== "null" && new URL(origin).host !== request.headers.get("host")) {
    throw new AppError("FORBIDDEN", "badOrigin");
  }
  if (origin === "null") throw new AppError("FORBIDDEN", "badOrigin");
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) {
    throw new ZodError([{ code: "custom", path: [], message: "jsonRequired", input: undefined }]);
  }
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes)
    throw new ZodError([{ code: "custom", path: [], message: "tooLarge", input: undefined }]);
  const text = await request.text();
  if (new TextEncoder().encode(text).byteLength > maxBytes)
    throw new ZodError([{ code: "custom", path: [], message: "tooLarge", input: undefined }]);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ZodError([{ code: "custom", path: [], message: "invalidJson", input: text }]);
  }
}
