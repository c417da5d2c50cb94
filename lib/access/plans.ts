import "server-only";
import { cache } from "react";
import { z } from "zod";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { writePrefill } from "@/lib/db/prefill";
import { ID_PATTERN, SLUG_PATTERN } from "@/lib/security/input";
import { prefillRows } from "@/lib/strategy/template-rows";
import { TEMPLATES, type TemplateKey } from "@/lib/strategy/templates";
import { chainForPage, currentStageIndex, latestSubmitters, mayDecide } from "./approval-chain";
import { recordAudit } from "./audit";
import { AppError } from "./errors";
import { requireMembership, type ActorRef } from "./memberships";
import { can } from "./permissions";
import { EDITABLE_STATUSES, UNDECIDED_PLAN_WHERE } from "./plan-rules";

export const ZPlanTitle = z.string().trim().min(1, "required").max(160, "tooLong");
export const ZPlanId = z.string().regex(ID_PATTERN, "invalid");

/** A malformed id cannot name any plan: "not found", like a plan of another institution. */
function planIdOrNotFound(planId: string) {
  const parsed = ZPlanId.safeParse(planId);
  if (!parsed.success) throw new AppError("NOT_FOUND");
  return parsed.data;
}

const planListSelect = {
  id: true,
  title: true,
  status: true,
  reviewStage: true,
  createdAt: true,
  updatedAt: true,
  createdBy: { select: { name: true } },
} satisfies Prisma.PlanSelect;

export type TPlanSummary = Prisma.PlanGetPayload<{ select: typeof planListSelect }>;

export async function listPlans(actor: ActorRef, institutionSlug: string) {
  const { institution, role } = await requireMembership(actor, institutionSlug, "VIEW_PLAN");
  const prisma = await getPrisma();
  const plans = await prisma.plan.findMany({
    where: { institutionId: institution.id },
    select: planListSelect,
    orderBy: { updatedAt: "desc" },
  });
  // A plan waiting at a stage the caller decides is marked for them on the list.
  const inReview = plans.filter((plan) => plan.status === "IN_REVIEW").map((plan) => plan.id);
  const [chain, submitters] =
    inReview.length > 0
      ? await Promise.all([chainForPage(institution.id), latestSubmitters(prisma, inReview)])
      : [[], new Map<string, string | null>()];
  const awaitsYou = (plan: TPlanSummary) =>
    plan.status === "IN_REVIEW" &&
    mayDecide(
      chain[currentStageIndex(chain, plan.reviewStage)]!,
      actor,
      role,
      submitters.get(plan.id) ?? null,
    );
  return { institution, role, plans: plans.map((plan) => ({ ...plan, awaitsYou: awaitsYou(plan) })) };
}

export const ZTemplateKey = z.enum(
  TEMPLATES.map((template) => template.key) as [TemplateKey, ...TemplateKey[]],
);

/** Creates a plan, empty or prefilled from a template's examples and defaults. */
export async function createPlan(
  actor: ActorRef,
  institutionSlug: string,
  title: string,
  options: { template?: TemplateKey | null; locale?: "de" | "en" } = {},
) {
  const { institution } = await requireMembership(actor, institutionSlug, "CREATE_PLAN");
  const validTitle = ZPlanTitle.parse(title);
  const template = options.template
    ? TEMPLATES.find((t) => t.key === ZTemplateKey.parse(options.template))
    : undefined;
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    const plan = await tx.plan.create({
      data: {
        institutionId: institution.id,
        title: validTitle,
        createdById: actor.userId,
        templateKey: template?.key ?? null,
      },
      select: planListSelect,
    });
    if (template)
      await writePrefill(tx, plan.id, prefillRows(template.content(options.locale ?? "de")), actor.userId);
    await recordAudit(tx, {
      institutionId: institution.id,
      actor,
      action: "plan.created",
      targetType: "plan",
      targetId: plan.id,
      details: { title: plan.title, template: template?.key ?? null },
    });
    return plan;
  });
}

/** Where-clause tying a plan to an institution the caller belongs to; anything else is "not found". */
function memberPlanWhere(actor: ActorRef, planId: string, institutionSlug?: string): Prisma.PlanWhereInput {
  return {
    id: planId,
    institution: {
      ...(institutionSlug ? { slug: institutionSlug } : {}),
      memberships: { some: { userId: actor.userId } },
    },
  };
}

async function loadPlanWithRole(actor: ActorRef, planId: string, institutionSlug?: string) {
  if (institutionSlug !== undefined && !SLUG_PATTERN.test(institutionSlug)) throw new AppError("NOT_FOUND");
  const prisma = await getPrisma();
  const plan = await prisma.plan.findFirst({
    where: memberPlanWhere(actor, planId, institutionSlug),
    select: {
      ...planListSelect,
      institution: {
        select: {
          id: true,
          slug: true,
          name: true,
          type: true,
          memberships: { where: { userId: actor.userId }, select: { role: true } },
        },
      },
    },
  });
  const role = plan?.institution.memberships[0]?.role;
  if (!plan || !role) throw new AppError("NOT_FOUND");
  const { institution, ...summary } = plan;
  return {
    plan: summary,
    role,
    institution: {
      id: institution.id,
      slug: institution.slug,
      name: institution.name,
      type: institution.type,
    },
  };
}

/**
 * One lookup per page render: a layout, its page and the data-layer calls they make all ask for the
 * same plan. React's `cache` memoises only while a page renders; server actions and route handlers
 * are not rendered, so every mutation and every re-check of a live stream reads afresh.
 */
const loadPlanForRender = cache((userId: string, planId: string, institutionSlug: string | undefined) =>
  loadPlanWithRole({ userId }, planIdOrNotFound(planId), institutionSlug),
);

/** A plan by id, for pages under /institutions/<slug>/plans/<id> (slug given) and for API routes. */
export async function getPlan(actor: ActorRef, planId: string, institutionSlug?: string) {
  return loadPlanForRender(actor.userId, planId, institutionSlug);
}

/**
 * Renames a plan. Not while it waits for a decision: its deciders read it under this title, and
 * its content is locked meanwhile too. The status is checked again in the update itself, in case
 * the plan was submitted in between.
 */
export async function renamePlan(actor: ActorRef, planId: string, title: string, institutionSlug?: string) {
  const { role, institution, plan } = await loadPlanWithRole(
    actor,
    planIdOrNotFound(planId),
    institutionSlug,
  );
  if (!can(role, "EDIT_PLAN")) throw new AppError("FORBIDDEN");
  if (!EDITABLE_STATUSES.includes(plan.status)) throw new AppError("CONFLICT", "titleLocked");
  const newTitle = ZPlanTitle.parse(title);
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    const renamed = await tx.plan.updateManyAndReturn({
      where: { id: plan.id, institutionId: institution.id, status: { in: [...EDITABLE_STATUSES] } },
      data: { title: newTitle },
      select: planListSelect,
    });
    if (!renamed[0]) throw new AppError("CONFLICT", "titleLocked");
    if (newTitle !== plan.title)
      await recordAudit(tx, {
        institutionId: institution.id,
        actor,
        action: "plan.renamed",
        targetType: "plan",
        targetId: plan.id,
        details: { title: newTitle, titleFrom: plan.title },
      });
    return renamed[0];
  });
}

export async function deletePlan(actor: ActorRef, planId: string, institutionSlug?: string) {
  const { plan, role, institution } = await loadPlanWithRole(
    actor,
    planIdOrNotFound(planId),
    institutionSlug,
  );
  if (!can(role, "DELETE_PLAN")) throw new AppError("FORBIDDEN");
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    // Checked by the statement that deletes, so an approval or a submission meanwhile is not lost.
    const { count } = await tx.plan.deleteMany({
      where: {
        id: plan.id,
        institutionId: institution.id,
        ...(can(role, "DELETE_DECIDED_PLAN") ? {} : UNDECIDED_PLAN_WHERE),
      },
    });
    if (count === 0) {
      const exists = await tx.plan.count({ where: { id: plan.id } });
      throw exists ? new AppError("FORBIDDEN", "decidedPlanAdminsDelete") : new AppError("NOT_FOUND");
    }
    await recordAudit(tx, {
      institutionId: institution.id,
      actor,
      action: "plan.deleted",
      targetType: "plan",
      targetId: plan.id,
      details: { title: plan.title },
    });
  });
}
