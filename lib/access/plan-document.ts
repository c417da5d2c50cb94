import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { Approval, DocumentSource } from "@/lib/document/model";
import { isPublicBody } from "@/lib/strategy/steps";
import { progressReportAfterAccessCheck } from "./check-ins";
import { AppError } from "./errors";
import type { ActorRef } from "./memberships";
import { getPlan } from "./plans";
import { ZVersionRef, loadVersion, type TVersionRef } from "./plan-versions";

const approvalSelect = { number: true, approvedAt: true, approvedByName: true, note: true } as const;

export interface DocumentTarget {
  plan: { id: string; title: string; status: DocumentSource["status"] };
  institution: { name: string; type: string };
}

/**
 * What the document of a plan shows: the draft or an approved version. Access must have been
 * checked by the caller (a member through getPlan, a visitor through a share link).
 */
export async function loadDocumentSource(target: DocumentTarget, ref: TVersionRef): Promise<DocumentSource> {
  const prisma = await getPrisma();
  const [strategy, version, latest] = await Promise.all([
    loadVersion(target.plan.id, ref),
    ref === "draft"
      ? null
      : prisma.planVersion.findUnique({
          where: { planId_number: { planId: target.plan.id, number: ref } },
          select: { ...approvalSelect, title: true, institutionType: true },
        }),
    ref === "draft"
      ? prisma.planVersion.findFirst({
          where: { planId: target.plan.id },
          orderBy: { number: "desc" },
          select: approvalSelect,
        })
      : null,
  ]);
  if (ref !== "draft" && !version) throw new AppError("NOT_FOUND");
  const approval = (row: Approval | null | undefined): Approval | null => (row ? { ...row } : null);
  // A plan that was never approved has nothing to report progress on: spare the queries.
  const progress = version || latest ? await progressReportAfterAccessCheck(target.plan) : null;
  return {
    institution: {
      name: target.institution.name,
      // A version answers the questions of the type it was approved under.
      isPublicBody: isPublicBody(version?.institutionType ?? target.institution.type),
    },
    // A version keeps the title it was approved under.
    title: version?.title ?? target.plan.title,
    status: version ? "APPROVED" : target.plan.status,
    version: approval(version),
    latestApproval: approval(latest),
    strategy,
    generatedAt: new Date(),
    progress,
  };
}

/** The document of a plan for a member, with the list of versions to choose from. */
export async function getPlanDocumentSource(
  actor: ActorRef,
  planId: string,
  versionRef: unknown,
  institutionSlug?: string,
) {
  const access = await getPlan(actor, planId, institutionSlug);
  const prisma = await getPrisma();
  const versionsRead = prisma.planVersion.findMany({
    where: { planId: access.plan.id },
    orderBy: { number: "desc" },
    select: { number: true, approvedAt: true },
  });
  // Unasked, an approved plan is shown as its approved version (the newest): a document printed
  // for the board then says "Version 2", not "draft", although the content is the same.
  const unasked = versionRef === undefined && access.plan.status === "APPROVED";
  const parsed = ZVersionRef.safeParse((unasked ? (await versionsRead)[0]?.number : versionRef) ?? "draft");
  if (!parsed.success) {
    void versionsRead.catch(() => undefined);
    throw new AppError("NOT_FOUND");
  }
  const [source, versions] = await Promise.all([loadDocumentSource(access, parsed.data), versionsRead]);
  return { ...access, ref: parsed.data, source, versions };
}
