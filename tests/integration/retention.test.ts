import { describe, expect, it } from "vitest";
import { createInvitation } from "@/lib/access/invitations";
import { createPasswordResetLink } from "@/lib/access/password-reset";
import { RETENTION_DAYS, forgetEndedAccess } from "@/lib/access/retention";
import { createPlan } from "@/lib/access/plans";
import { createWorkshopLink } from "@/lib/access/workshop";
import { joinWorkshop } from "@/lib/access/workshop-guests";
import { getPrisma } from "@/lib/db/client";
import { createInstitutionWithAdmin, createMember } from "../support/factories";

const DAY_MS = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS);

describe("forgetting ended access", () => {
  it(`forgets e-mail addresses of ended invitations, guests' names and reset links ${RETENTION_DAYS} days after they ended, and nothing sooner`, async () => {
    const { admin, institution } = await createInstitutionWithAdmin();
    const prisma = await getPrisma();
    const invite = async (email: string) =>
      (await prisma.invitation.findFirstOrThrow({ where: { email }, select: { id: true } })).id;
    await createInvitation(admin, institution.slug, {
      role: "EDITOR",
      email: "lange-abgelaufen@test.example",
    });
    await createInvitation(admin, institution.slug, {
      role: "EDITOR",
      email: "laengst-widerrufen@test.example",
    });
    await createInvitation(admin, institution.slug, {
      role: "EDITOR",
      email: "kuerzlich-widerrufen@test.example",
    });
    await createInvitation(admin, institution.slug, { role: "EDITOR", email: "offen@test.example" });
    await prisma.invitation.update({
      where: { id: await invite("lange-abgelaufen@test.example") },
      data: { expiresAt: daysAgo(RETENTION_DAYS + 1) },
    });
    await prisma.invitation.update({
      where: { id: await invite("laengst-widerrufen@test.example") },
      data: { revokedAt: daysAgo(RETENTION_DAYS + 1) },
    });
    await prisma.invitation.update({
      where: { id: await invite("kuerzlich-widerrufen@test.example") },
      data: { revokedAt: daysAgo(RETENTION_DAYS - 1) },
    });

    const plan = await createPlan(admin, institution.slug, "Workshop");
    const ended = await createWorkshopLink(admin, plan.id, {});
    const running = await createWorkshopLink(admin, plan.id, {});
    await joinWorkshop({ token: ended.token, name: "Gerda Gast" }, "203.0.113.40");
    await joinWorkshop({ token: running.token, name: "Greta Gast" }, "203.0.113.41");
    await prisma.workshopLink.update({
      where: { id: ended.id },
      data: { expiresAt: daysAgo(RETENTION_DAYS + 1) },
    });

    const member = await createMember(institution.id, "EDITOR");
    await createPasswordResetLink(member.email, daysAgo(RETENTION_DAYS + 2));
    const fresh = await createPasswordResetLink(admin.email);

    // Other tests' records in the same database may be forgotten too: counted, not compared.
    const forgotten = await forgetEndedAccess();
    expect(forgotten.invitations).toBeGreaterThanOrEqual(2);
    expect(forgotten.guests).toBeGreaterThanOrEqual(1);
    expect(forgotten.passwordResets).toBeGreaterThanOrEqual(1);

    const left = await prisma.invitation.findMany({
      where: { institutionId: institution.id },
      select: { email: true },
    });
    expect(left.map((i) => i.email).sort()).toEqual([
      "kuerzlich-widerrufen@test.example",
      "offen@test.example",
    ]);
    const guests = await prisma.workshopGuest.findMany({
      where: { planId: plan.id },
      select: { linkId: true, name: true },
    });
    // The ended link still counts its guest, without the name.
    expect(guests.find((g) => g.linkId === ended.id)?.name).toBe("");
    expect(guests.find((g) => g.linkId === running.id)?.name).toBe("Greta Gast");
    const resets = await prisma.passwordReset.findMany({
      where: { user: { email: { in: [member.email, admin.email] } } },
      select: { tokenHash: true },
    });
    expect(resets).toHaveLength(1);
    expect(fresh.token).toBeTruthy();

    // Run again: nothing more to forget.
    expect(await forgetEndedAccess()).toEqual({ invitations: 0, guests: 0, passwordResets: 0 });
  });
});
