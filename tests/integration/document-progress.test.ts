import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it, vi } from "vitest";
import { GET as exportMarkdown } from "@/app/api/plans/[planId]/export.md/route";
import { recordCheckIn } from "@/lib/access/check-ins";
import { getPlanDocumentSource } from "@/lib/access/plan-document";
import { decidePlan, submitPlan } from "@/lib/access/plan-workflow";
import { createPlan } from "@/lib/access/plans";
import { createShareLink, openShareLink } from "@/lib/access/share-links";
import { getPrisma } from "@/lib/db/client";
import { writePrefill } from "@/lib/db/prefill";
import { renderDocumentDocx } from "@/lib/document/docx";
import { renderDocumentMarkdown } from "@/lib/document/markdown";
import { buildDocument, documentContext } from "@/lib/document/model";
import { demoPlanContent } from "@/lib/strategy/demo-plan";
import { prefillRows } from "@/lib/strategy/template-rows";
import {
  createCompletePlan,
  createInstitutionWithAdmin,
  createMember,
  saveField,
} from "../support/factories";
import { clientRequest } from "../support/mock-next-headers";
import { SESSION_COOKIE, sessionCookieFor } from "../support/session-cookie";

vi.mock("next/headers", () => import("../support/mock-next-headers"));

describe("the progress report appendix", () => {
  it("appears once the plan is approved, with the check-in's values, in the document and its exports", async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    const plan = await createPlan(admin, institution.slug, "Lebendiger Plan");
    const prisma = await getPrisma();
    await prisma.$transaction((tx) =>
      writePrefill(tx, plan.id, prefillRows(demoPlanContent()), admin.userId),
    );

    const draft = await getPlanDocumentSource(admin, plan.id, "draft");
    expect(draft.source.progress ?? null).toBeNull();
    const ctx = await documentContext("de");
    expect(buildDocument(draft.source, ctx).sections.map((s) => s.id)).not.toContain("progress");

    const director = await createMember(institution.id, "APPROVER");
    await submitPlan(admin, plan.id);
    await decidePlan(director, plan.id, { decision: "approve" });
    const goal = draft.source.strategy.goals.goals[0]!;
    const deficit = draft.source.strategy.deficits.deficits[0]!;
    await recordCheckIn(admin, plan.id, {
      note: "Erster Check-in",
      goals: [{ itemId: goal.id, value: 17, note: "Mehr Anfragen über Instagram" }],
      measures: [{ itemId: deficit.id, state: "atRisk", note: "Schulung verschoben" }],
    });

    const { source } = await getPlanDocumentSource(admin, plan.id, "draft");
    const doc = buildDocument(source, ctx);
    const appendix = doc.sections.at(-1)!;
    expect(appendix.title).toBe("Anhang: Fortschrittsbericht");
    const text = JSON.stringify(appendix);
    expect(text).toContain("Letzter Ist-Wert");
    expect(text).toContain("Schulung verschoben");
    expect(text).toContain("gefährdet");

    const markdown = renderDocumentMarkdown(doc);
    expect(markdown).toContain("## 12. Anhang: Fortschrittsbericht");
    expect(markdown).toContain("Schulung verschoben");
    const xml = strFromU8(unzipSync(new Uint8Array(await renderDocumentDocx(doc)))["word/document.xml"]!);
    expect(xml).toContain("Anhang: Fortschrittsbericht");

    // A share link shows it too: its holder reads the same document.
    const { token } = await createShareLink(admin, plan.id, { version: 1, language: "de" });
    const shared = await openShareLink(token);
    const sharedSource = shared.status === "ok" ? await shared.load() : null;
    expect(sharedSource?.progress?.checkIns).toHaveLength(1);
  });
});

describe("the document page's version", () => {
  it("is, unless one is chosen, the approved version of an approved plan, and the draft once it changes", async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    const plan = await createCompletePlan(admin, institution.slug, "Freigegeben");
    const director = await createMember(institution.id, "APPROVER");
    expect((await getPlanDocumentSource(admin, plan.id, undefined)).ref).toBe("draft");
    await submitPlan(admin, plan.id);
    await decidePlan(director, plan.id, { decision: "approve" });
    expect((await getPlanDocumentSource(director, plan.id, undefined)).ref).toBe(1);
    expect((await getPlanDocumentSource(director, plan.id, "draft")).ref).toBe("draft");

    await saveField(admin, plan.id, "start.mission", "Nach der Freigabe geändert", 1);
    expect((await getPlanDocumentSource(admin, plan.id, undefined)).ref).toBe("draft");
  });

  it("is the same for an export at its stable address: an approved plan's approved version unless the draft is asked for", async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    const plan = await createCompletePlan(admin, institution.slug, "Freigegeben");
    const director = await createMember(institution.id, "APPROVER");
    await submitPlan(admin, plan.id);
    await decidePlan(director, plan.id, { decision: "approve" });
    clientRequest.cookies.set(SESSION_COOKIE, await sessionCookieFor(admin.userId));
    const download = async (query: string) => {
      const response = await exportMarkdown(new Request(`http://localhost/x${query}`), {
        params: Promise.resolve({ planId: plan.id }),
      });
      expect(response.status).toBe(200);
      return response.headers.get("content-disposition");
    };
    expect(await download("")).toContain('filename="Freigegeben-v1.md"');
    expect(await download("?version=draft")).toContain('filename="Freigegeben.md"');
    expect(await download("?version=1")).toContain('filename="Freigegeben-v1.md"');
  });
});
