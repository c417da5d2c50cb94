import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createPlan } from "@/lib/access/plans";
import { getPrisma } from "@/lib/db/client";
import { createInstitutionWithAdmin, createMember } from "../support/factories";
import { hostileJson, hostileString } from "../support/hostile";
import { session } from "../support/mock-actor";

// The handlers run as they are; only "who is signed in" comes from the test instead of a cookie.
vi.mock("@/lib/access/actor", () => import("../support/mock-actor"));

const { POST: autosave } = await import("@/app/api/plans/[planId]/changes/route");
const planRoute = await import("@/app/api/plans/[planId]/route");

let planId = "";

beforeAll(async () => {
  const { admin, institution } = await createInstitutionWithAdmin();
  const editor = await createMember(institution.id, "EDITOR");
  session.actor = { userId: editor.userId, email: editor.email, name: "Test EDITOR", locale: "de" };
  planId = (await createPlan(admin, institution.slug, "Feindseliger Plan")).id;
});

async function snapshot() {
  const prisma = await getPrisma();
  const plan = await prisma.plan.findUniqueOrThrow({
    where: { id: planId },
    select: { revision: true, title: true },
  });
  return {
    ...plan,
    values: await prisma.planValue.count({ where: { planId } }),
    items: await prisma.planItem.count({ where: { planId } }),
    plans: await prisma.plan.count(),
  };
}

function jsonRequest(body: string, headers: Record<string, string> = {}) {
  return new Request(`http://localhost:3000/api/plans/${planId}/changes`, {
    method: "POST",
    headers: { "content-type": "application/json", host: "localhost:3000", ...headers },
    body,
  });
}

const context = () => ({ params: Promise.resolve({ planId }) });

/** A change as the client sends it, with any part of it replaced by something hostile. */
const hostileChange = fc.oneof(
  hostileJson,
  fc.record(
    {
      op: fc.oneof(fc.constantFrom("set", "addItem", "removeItem", "moveItem"), hostileString),
      key: fc.oneof(
        fc.constantFrom("start.mission", "goals.leadershipExpectations", "goals.goals"),
        hostileString,
      ),
      list: fc.oneof(fc.constantFrom("goals.goals", "start.targetGroups"), hostileString),
      itemId: fc.oneof(fc.uuid(), hostileString),
      value: hostileJson,
      position: fc.oneof(fc.double(), hostileJson),
      baseRevision: fc.oneof(fc.integer(), hostileJson),
    },
    { requiredKeys: [] },
  ),
);

describe("the autosave handler under hostile input", () => {
  it("answers every body with 2xx or a clear 4xx, and a refused body writes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(hostileChange, async (change) => {
        const before = await snapshot();
        const response = await autosave(jsonRequest(JSON.stringify(change) ?? "null"), context());
        expect(response.status, JSON.stringify(change)?.slice(0, 300)).toBeLessThan(500);
        const body = (await response.json()) as { error?: string };
        if (response.status >= 400) {
          expect(body.error).toMatch(/^[A-Z_]+$/);
          expect(await snapshot()).toEqual(before);
        }
      }),
      {
        numRuns: 300,
        examples: [
          [{ op: "set", key: "start.mission", value: "a\u0000b", baseRevision: 0 }],
          [{ op: "set", key: "start.mission\u0000", value: "x", baseRevision: 0 }],
          [
            JSON.parse(
              '{"op":"set","key":"start.mission","value":{"__proto__":{"polluted":true}},"baseRevision":0}',
            ),
          ],
          [JSON.parse("[".repeat(200) + "]".repeat(200))],
        ],
      },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses bodies that are not JSON, too large, or from another site", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          hostileString,
          fc.integer({ min: 32 * 1024 + 1, max: 200_000 }).map((n) => `"${"x".repeat(n)}"`),
        ),
        fc.constantFrom("application/json", "text/plain", "application/x-www-form-urlencoded", ""),
        fc.constantFrom(undefined, "http://localhost:3000", "https://evil.example", "null"),
        async (body, contentType, origin) => {
          const before = await snapshot();
          const headers: Record<string, string> = { "content-type": contentType };
          if (origin) headers.origin = origin;
          const response = await autosave(jsonRequest(body, headers), context());
          expect(response.status).toBeLessThan(500);
          if (response.status >= 400) expect(await snapshot()).toEqual(before);
          if (origin && origin !== "http://localhost:3000") expect(response.status).toBe(403);
        },
      ),
      {
        numRuns: 150,
        examples: [
          ["[".repeat(10_000) + "]".repeat(10_000), "application/json", undefined],
          ['{"a":'.repeat(5000) + "1" + "}".repeat(5000), "application/json", "http://localhost:3000"],
          ['"\\u0000"', "application/json", undefined],
        ],
      },
    );
  });

  it("stops reading a body as soon as it is too large, whatever it claims to be", async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(16 * 1024).fill(32));
      },
    });
    const request = new Request(`http://localhost:3000/api/plans/${planId}/changes`, {
      method: "POST",
      headers: { "content-type": "application/json", host: "localhost:3000" },
      body: endless,
      duplex: "half",
    } as RequestInit);
    const response = await autosave(request, context());
    expect(response.status).toBe(413);
    expect(pulled).toBeLessThan(10);
  });

  it("renaming through the API takes any title or refuses it, never a server error", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileJson, fc.record({ title: hostileJson })), async (body) => {
        const before = await snapshot();
        const response = await planRoute.PATCH(
          new Request(`http://localhost:3000/api/plans/${planId}`, {
            method: "PATCH",
            headers: { "content-type": "application/json", host: "localhost:3000" },
            body: JSON.stringify(body) ?? "null",
          }),
          context(),
        );
        expect(response.status).toBeLessThan(500);
        if (response.status >= 400) expect(await snapshot()).toEqual(before);
      }),
      { numRuns: 150 },
    );
  });

  it("answers hostile plan ids with 'not found', never a server error", async () => {
    await fc.assert(
      fc.asyncProperty(hostileString, async (id) => {
        const response = await planRoute.GET(new Request("http://localhost:3000/api/plans/x"), {
          params: Promise.resolve({ planId: id }),
        });
        expect([400, 404]).toContain(response.status);
      }),
      { numRuns: 150 },
    );
  });
});
