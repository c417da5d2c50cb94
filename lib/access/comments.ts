import "server-only";
import { z } from "zod";
import { mentionedMembers } from "@/lib/comments/mentions";
import { getPrisma } from "@/lib/db/client";
import { STEP_KEYS, type StepKey } from "@/lib/strategy/steps";
import { AppError } from "./errors";
import type { ActorRef } from "./memberships";
import { notify } from "./notifications";
import { can } from "./permissions";
import { getPlan } from "./plans";

export const ZCommentInput = z.object({
  step: z.enum(STEP_KEYS as [StepKey, ...StepKey[]], "invalid"),
  itemId: z
    .string()
    .max(64)
    .nullish()
    .transform((v) => v || null),
  parentId: z
    .string()
    .max(64)
    .nullish()
    .transform((v) => v || null),
  body: z.string().trim().min(1, "required").max(4000, "tooLong"),
});

/** Adds a comment (or a reply, one level deep) to a step or a list item; notifies the mentioned and the plan's author. */
export async function addComment(
  actor: ActorRef,
  planId: string,
  input: z.input<typeof ZCommentInput>,
  institutionSlug?: string,
) {
  const data = ZCommentInput.parse(input);
  const { plan, role, institution } = await getPlan(actor, planId, institutionSlug);
  if (!can(role, "COMMENT_PLAN")) throw new AppError("FORBIDDEN");
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    let { step, itemId } = data;
    if (data.parentId) {
      const parent = await tx.comment.findFirst({
        where: { id: data.parentId, planId: plan.id },
        select: { step: true, itemId: true, parentId: true },
      });
      if (!parent || parent.parentId) throw new AppError("NOT_FOUND");
      step = parent.step as StepKey;
      itemId = parent.itemId;
    } else if (itemId) {
      const item = await tx.planItem.findUnique({
        where: { planId_id: { planId: plan.id, id: itemId } },
        select: { list: true },
      });
      if (!item || !item.list.startsWith(`${step}.`)) throw new AppError("NOT_FOUND", "itemGone");
    }
    const author = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { name: true } });
    const comment = await tx.comment.create({
      data: {
        planId: plan.id,
        step,
        itemId,
        parentId: data.parentId,
        authorId: actor.userId,
        authorName: author.name,
        body: data.body,
      },
      select: { id: true },
    });
    const members = (
      await tx.membership.findMany({
        where: { institutionId: institution.id },
        select: { userId: true, user: { select: { name: true, email: true } } },
      })
    ).map((m) => ({ userId: m.userId, name: m.user.name, email: m.user.email }));
    const mentioned = mentionedMembers(data.body, members).map((m) => m.userId);
    const note = { actorName: author.name, planTitle: plan.title, institutionSlug: institution.slug, step };
    await notify(tx, {
      actor,
      userIds: mentioned,
      institutionId: institution.id,
      planId: plan.id,
      kind: "comment.mention",
      data: note,
    });
    const planAuthor = (await tx.plan.findUnique({ where: { id: plan.id }, select: { createdById: true } }))
      ?.createdById;
    if (planAuthor && !mentioned.includes(planAuthor)) {
      await notify(tx, {
        actor,
        userIds: [planAuthor],
        institutionId: institution.id,
        planId: plan.id,
        kind: "comment.created",
        data: note,
      });
    }
    return comment;
  });
}

/** Comment threads of a plan (of one step, if given), oldest first. */
export async function listComments(
  actor: ActorRef,
  planId: string,
  institutionSlug?: string,
  options: { step?: StepKey } = {},
) {
  const { plan, role } = await getPlan(actor, planId, institutionSlug);
  const prisma = await getPrisma();
  const comments = await prisma.comment.findMany({
    where: { planId: plan.id, parentId: null, step: options.step },
    select: {
      id: true,
      step: true,
      itemId: true,
      authorName: true,
      body: true,
      resolvedAt: true,
      createdAt: true,
      replies: {
        select: { id: true, authorName: true, body: true, createdAt: true },
        orderBy: { createdAt: "asc" },
      },
    },
    orderBy: { createdAt: "asc" },
  });
  return { comments, canComment: can(role, "COMMENT_PLAN") };
}

/** Marks a thread resolved, or opens it again. */
export async function setCommentResolved(actor: ActorRef, commentId: string, resolved: boolean) {
  const prisma = await getPrisma();
  const comment = await prisma.comment.findFirst({
    where: {
      id: z.string().max(64).parse(commentId),
      parentId: null,
      plan: { institution: { memberships: { some: { userId: actor.userId } } } },
    },
    select: { id: true, planId: true },
  });
  if (!comment) throw new AppError("NOT_FOUND");
  const { role } = await getPlan(actor, comment.planId);
  if (!can(role, "COMMENT_PLAN")) throw new AppError("FORBIDDEN");
  await prisma.comment.update({
    where: { id: comment.id },
    data: { resolvedAt: resolved ? new Date() : null },
  });
}
