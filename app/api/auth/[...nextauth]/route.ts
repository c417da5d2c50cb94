import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";

export const { POST } = handlers;

/**
 * Auth.js's routes, except its session endpoint: Wegweiser reads sessions itself
 * (lib/access/actor.ts), refusing ended ones, which that endpoint would still answer (and renew).
 */
export function GET(request: NextRequest) {
  if (new URL(request.url).pathname.replace(/\/$/, "") === "/api/auth/session")
    return new Response(null, { status: 404 });
  return handlers.GET(request);
}
