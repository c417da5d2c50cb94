import { randomUUID } from "node:crypto";
import { addStage } from "@/lib/access/approval-chain-settings";
import { addComment } from "@/lib/access/comments";
import { createInvitation } from "@/lib/access/invitations";
import { createPasswordResetLink } from "@/lib/access/password-reset";
import { decidePlan, submitPlan } from "@/lib/access/plan-workflow";
import { createShareLink } from "@/lib/access/share-links";
import { createWorkshopLink, setGuestSteps } from "@/lib/access/workshop";
import { joinWorkshop } from "@/lib/access/workshop-guests";
import { getPrisma } from "@/lib/db/client";
import { createCompletePlan, createMember, type TestActor } from "./factories";

/**
 * An institution with something of every kind in it, so that every page, action and handler has
 * a real target: one member per role, a complete draft plan, a plan in review, an approved plan,
 * a comment, a share link, an open invitation, two approval stages, a member to act on, and a
 * workshop guest link on the draft (its first step open to guests) with one guest who joined.
 */
export async function createFullInstitution() {
  const prisma = await getPrisma();
  const suffix = randomUUID().slice(0, 8);
  const institution = await prisma.institution.create({
    data: { name: `Einrichtung ${suffix}`, slug: `einrichtung-${suffix}`, type: "YOUTH_WELFARE" },
    select: { id: true, slug: true, name: true },
  });
  const [admin, editor, approver, consultant, viewer, target] = await Promise.all([
    createMember(institution.id, "ADMIN"),
    createMember(institution.id, "EDITOR"),
    createMember(institution.id, "APPROVER"),
    createMember(institution.id, "CONSULTANT"),
    createMember(institution.id, "VIEWER"),
    createMember(institution.id, "VIEWER", "target"),
  ]);
  const completePlan = (title: string) => createCompletePlan(admin, institution.slug, title);
  const [draft, inReview, approved] = await Promise.all([
    completePlan("Entwurf"),
    completePlan("In Prüfung"),
    completePlan("Freigegeben"),
  ]);
  // The chain is set up first: it cannot change while a plan waits for a decision.
  await addStage(admin, institution.slug, { name: "Leitung", memberIds: [approver.userId] });
  await addStage(admin, institution.slug, { name: "Vorstand", memberIds: [approver.userId] });
  await submitPlan(admin, inReview.id);
  await submitPlan(admin, approved.id);
  // Both stages.
  await decidePlan(approver, approved.id, { decision: "approve" });
  await decidePlan(approver, approved.id, { decision: "approve" });
  const comment = await addComment(admin, draft.id, { step: "start", body: "Eine Rückfrage" });
  const share = await createShareLink(admin, draft.id, { version: "draft", language: "de" });
  const invitation = await createInvitation(admin, institution.slug, { role: "EDITOR" });
  const passwordReset = await createPasswordResetLink(target.email);
  const workshopLink = await createWorkshopLink(admin, draft.id, { hours: "8" });
  await setGuestSteps(admin, draft.id, ["start"]);
  const guest = await joinWorkshop({ token: workshopLink.token, name: "Gast Gustav" }, `guest-${suffix}`);
  const [stages, targetMembership] = await Promise.all([
    prisma.approvalStage.findMany({ where: { institutionId: institution.id }, orderBy: { position: "asc" } }),
    prisma.membership.findFirstOrThrow({ where: { userId: target.userId }, select: { id: true } }),
  ]);
  const members: Record<"admin" | "editor" | "approver" | "consultant" | "viewer", TestActor> = {
    admin,
    editor,
    approver,
    consultant,
    viewer,
  };
  return {
    institution,
    members,
    plans: { draft, inReview, approved },
    commentId: comment.id,
    share,
    invitation,
    passwordResetToken: passwordReset.token,
    workshop: { linkId: workshopLink.id, token: workshopLink.token, guestSecret: guest.secret },
    stageIds: stages.map((s) => s.id),
    targetMembershipId: targetMembership.id,
  };
}

export type FullInstitution = Awaited<ReturnType<typeof createFullInstitution>>;
