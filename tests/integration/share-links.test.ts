import { describe, expect, it } from "vitest";
import { listAuditEvents } from "@/lib/access/audit";
import { decidePlan, submitPlan } from "@/lib/access/plan-workflow";
import { createPlan, renamePlan } from "@/lib/access/plans";
import {
  createShareLink,
  endOfBerlinDay,
  hashShareToken,
  listShareLinks,
  openShareLink,
  revokeShareLink,
  type SharedLink,
} from "@/lib/access/share-links";
import { applyChange, loadPlanContent } from "@/lib/access/plan-content";
import { GET } from "@/app/s/[token]/route";
import { getPrisma } from "@/lib/db/client";
import { writePrefill } from "@/lib/db/prefill";
import { demoPlanContent } from "@/lib/strategy/demo-plan";
import { prefillRows } from "@/lib/strategy/template-rows";
import { createInstitutionWithAdmin, createMember } from "../support/factories";

/** The document behind a link that opened, as the page at /s/<token> loads it. */
const sourceOf = async (link: SharedLink) => (link.status === "ok" ? link.load() : null);

async function demoPlan() {
  const { admin, institution } = await createInstitutionWithAdmin();
  const plan = await createPlan(admin, institution.slug, "Geteilter Plan");
  const prisma = await getPrisma();
  await prisma.$transaction((tx) => writePrefill(tx, plan.id, prefillRows(demoPlanContent()), admin.userId));
  return { admin, institution, plan };
}

describe("share links", () => {
  it("a link opens the document until it is revoked; only the secret's hash is stored", async () => {
    const { admin, institution, plan } = await demoPlan();
    const { id, token } = await createShareLink(admin, plan.id, { version: "draft", language: "en" });
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    const stored = await (await getPrisma()).shareLink.findUniqueOrThrow({ where: { id } });
    expect(stored.tokenHash).toBe(hashShareToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);

    const opened = await openShareLink(token);
    expect(opened).toMatchObject({ status: "ok", language: "en" });
    expect((await sourceOf(opened))?.title).toBe("Geteilter Plan");
    const [listed] = await listShareLinks(admin, plan.id);
    expect(listed?.lastUsedAt).toBeInstanceOf(Date);

    await revokeShareLink(admin, plan.id, id);
    expect(await openShareLink(token)).toEqual({ status: "missing" });
    expect(await listShareLinks(admin, plan.id)).toEqual([]);
    const { events } = await listAuditEvents(admin, institution.slug);
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(["share.created", "share.revoked"]));
  });

  it("an unknown or malformed secret finds nothing", async () => {
    expect(await openShareLink("a".repeat(43))).toEqual({ status: "missing" });
    expect(await openShareLink("../../etc/passwd")).toEqual({ status: "missing" });
  });

  it("an expired link says so; the expiry is the end of the chosen day in Berlin", async () => {
    const { admin, plan } = await demoPlan();
    const now = new Date("2026-07-01T10:00:00Z");
    const { token } = await createShareLink(
      admin,
      plan.id,
      { version: "draft", language: "de", expiresOn: "2026-07-10" },
      undefined,
      now,
    );
    expect(endOfBerlinDay("2026-07-10").toISOString()).toBe("2026-07-10T21:59:59.000Z");
    expect(endOfBerlinDay("2026-12-10").toISOString()).toBe("2026-12-10T22:59:59.000Z");
    expect((await openShareLink(token, new Date("2026-07-10T21:59:00Z"))).status).toBe("ok");
    expect(await openShareLink(token, new Date("2026-07-10T22:00:00Z"))).toEqual({
      status: "expired",
      language: "de",
    });
    await expect(
      createShareLink(
        admin,
        plan.id,
        { version: "draft", language: "de", expiresOn: "2026-06-30" },
        undefined,
        now,
      ),
    ).rejects.toMatchObject({ messageKey: "expiryPast" });
  });

  it("a link to an approved version keeps showing that version while the draft changes", async () => {
    const { admin, institution, plan } = await demoPlan();
    const director = await createMember(institution.id, "APPROVER");
    await submitPlan(admin, plan.id);
    await decidePlan(director, plan.id, { decision: "approve" });
    const { token } = await createShareLink(admin, plan.id, { version: 1, language: "de" });
    const draft = await createShareLink(admin, plan.id, { version: "draft", language: "de" });
    const mission = (await sourceOf(await openShareLink(token)))?.strategy.start.mission;
    await applyChange(admin, plan.id, {
      op: "set",
      key: "start.mission",
      value: "Neuer Auftrag",
      baseRevision: 1,
    });
    const versionAfter = await sourceOf(await openShareLink(token));
    const draftAfter = await sourceOf(await openShareLink(draft.token));
    expect(mission).toBeTruthy();
    expect(versionAfter?.strategy.start.mission).toBe(mission);
    expect(versionAfter?.version?.number).toBe(1);
    expect(draftAfter?.strategy.start.mission).toBe("Neuer Auftrag");
    await expect(createShareLink(admin, plan.id, { version: 7, language: "de" })).rejects.toMatchObject({
      messageKey: "versionMissing",
    });
  });

  it("the shared page shows every change at once, though a page once rendered is reused while nothing changed", async () => {
    const { admin, plan } = await demoPlan();
    const { id, token } = await createShareLink(admin, plan.id, { version: "draft", language: "de" });
    const view = async () => {
      const response = await GET(new Request(`http://localhost/s/${token}`), {
        params: Promise.resolve({ token }),
      });
      return { status: response.status, html: await response.text() };
    };
    const first = await view();
    expect(first.status).toBe(200);
    const fingerprint = async () => {
      const link = await openShareLink(token);
      return link.status === "ok" ? link.fingerprint : link.status;
    };
    const unchanged = await fingerprint();
    expect(await fingerprint()).toBe(unchanged);
    expect((await view()).html).toBe(first.html);

    // Content and title each make a new page.
    const revisions = (await loadPlanContent(plan.id)).revisions;
    await applyChange(admin, plan.id, {
      op: "set",
      key: "start.mission",
      value: "Ein ganz neuer Auftrag",
      baseRevision: revisions["start.mission"] ?? 0,
    });
    expect((await view()).html).toContain("Ein ganz neuer Auftrag");
    await renamePlan(admin, plan.id, "Umbenannter Plan");
    expect((await view()).html).toContain("Umbenannter Plan");
    expect(await fingerprint()).not.toBe(unchanged);

    // Revoking acts at once, cached page or not.
    await revokeShareLink(admin, plan.id, id);
    expect((await view()).status).toBe(404);
  });

  it("admins, editors and approvers share; others cannot; other institutions see nothing", async () => {
    const { institution, plan } = await demoPlan();
    for (const role of ["EDITOR", "APPROVER"] as const) {
      const member = await createMember(institution.id, role);
      await expect(
        createShareLink(member, plan.id, { version: "draft", language: "de" }),
      ).resolves.toHaveProperty("token");
    }
    for (const role of ["CONSULTANT", "VIEWER"] as const) {
      const member = await createMember(institution.id, role);
      await expect(
        createShareLink(member, plan.id, { version: "draft", language: "de" }),
      ).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(listShareLinks(member, plan.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const stranger = await createInstitutionWithAdmin();
    await expect(
      createShareLink(stranger.admin, plan.id, { version: "draft", language: "de" }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const [link] = await listShareLinks(await createMember(institution.id, "ADMIN"), plan.id);
    await expect(revokeShareLink(stranger.admin, plan.id, link!.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // A link id of another plan cannot be revoked through a plan one may share.
    const own = await demoPlan();
    await expect(revokeShareLink(own.admin, own.plan.id, link!.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
