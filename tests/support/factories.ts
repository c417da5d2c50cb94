import { randomUUID } from "node:crypto";
import { registerWithInstitution } from "@/lib/access/accounts";
import type { ActorRef } from "@/lib/access/memberships";
import { getPrisma } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { hashPassword } from "@/lib/auth/password";
import { applyChange } from "@/lib/access/plan-content";
import { createPlan } from "@/lib/access/plans";
import { writePrefill } from "@/lib/db/prefill";
import { demoPlanContent } from "@/lib/strategy/demo-plan";
import { prefillRows } from "@/lib/strategy/template-rows";

export const TEST_PASSWORD = "correct horse battery";

export function uniqueEmail(prefix = "user") {
  return `${prefix}-${randomUUID().slice(0, 8)}@test.example`;
}

export interface TestActor extends ActorRef {
  email: string;
}

/** A fresh institution with its admin, as registration creates it. */
export async function createInstitutionWithAdmin(name = `Einrichtung ${randomUUID().slice(0, 6)}`) {
  const email = uniqueEmail("admin");
  const { user, institution } = await registerWithInstitution({
    name: "Test Admin",
    email,
    password: TEST_PASSWORD,
    institutionName: name,
    institutionType: "YOUTH_WELFARE",
  });
  return { admin: { userId: user.id, email } satisfies TestActor, institution };
}

/** A plan filled with the demo plan's content, as its maker wrote it: complete, nothing blocks it. */
export async function createCompletePlan(maker: ActorRef, institutionSlug: string, title: string) {
  const plan = await createPlan(maker, institutionSlug, title);
  const prisma = await getPrisma();
  await prisma.$transaction((tx) => writePrefill(tx, plan.id, prefillRows(demoPlanContent()), maker.userId));
  return plan;
}

let sharedHash: Promise<string> | undefined;

/** A user who belongs to the institution with the given role. */
export async function createMember(
  institutionId: string,
  role: Role,
  prefix = role.toLowerCase(),
): Promise<TestActor> {
  sharedHash ??= hashPassword(TEST_PASSWORD);
  const prisma = await getPrisma();
  const email = uniqueEmail(prefix);
  const user = await prisma.user.create({
    data: {
      email,
      name: `Test ${role}`,
      passwordHash: await sharedHash,
      memberships: { create: { institutionId, role } },
    },
  });
  return { userId: user.id, email };
}

/** Saves one field as the wizard's autosave does: `baseRevision` is the revision the writer saw (0: never saved). */
export function saveField(
  actor: ActorRef,
  planId: string,
  key: string,
  value: unknown,
  baseRevision = 0,
  options: { origin?: string } = {},
) {
  return applyChange(actor, planId, { op: "set", key, value, baseRevision }, options);
}
