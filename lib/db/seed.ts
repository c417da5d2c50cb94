import { hashPassword } from "@/lib/auth/password";
import { demoPlanContent } from "@/lib/strategy/demo-plan";
import { prefillRows } from "@/lib/strategy/template-rows";
import type { PrismaClient } from "./generated/client";
import { writePrefill } from "./prefill";

export const DEMO_PASSWORD = "wegweiser-demo";
export const DEMO_INSTITUTION_SLUG = "demo-jugendhilfe";

export const MUNICIPALITY_SLUG = "stadt-musterstadt";

/** One account per role in the demo institution; the municipality has its own admin and approver. */
export const DEMO_ACCOUNTS = [
  { email: "admin@example.org", name: "Anna Admin", role: "ADMIN", institution: DEMO_INSTITUTION_SLUG },
  { email: "editor@example.org", name: "Eva Engel", role: "EDITOR", institution: DEMO_INSTITUTION_SLUG },
  {
    email: "director@example.org",
    name: "Dr. Dieter Direktor",
    role: "APPROVER",
    institution: DEMO_INSTITUTION_SLUG,
  },
  {
    email: "consultant@example.org",
    name: "Clara Consult",
    role: "CONSULTANT",
    institution: DEMO_INSTITUTION_SLUG,
  },
  { email: "viewer@example.org", name: "Volker Viewer", role: "VIEWER", institution: DEMO_INSTITUTION_SLUG },
  {
    email: "pressestelle@example.org",
    name: "Paula Pressestelle",
    role: "ADMIN",
    institution: MUNICIPALITY_SLUG,
  },
  {
    email: "amtsleitung@example.org",
    name: "Armin Amtsleiter",
    role: "APPROVER",
    institution: MUNICIPALITY_SLUG,
  },
] as const;

const SEEDED_FLAG = "demo-seeded";

/**
 * Creates the demo institution with one account per role, plus a municipality with its own admin
 * and approver, of which the consultant is a member too, so switching between institutions can be
 * tried and a public body's plan can go all the way to approval. Idempotent: existing rows are kept.
 */
export async function seedDemo(prisma: PrismaClient): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await prisma.$transaction(async (tx) => {
    const demo = await tx.institution.upsert({
      where: { slug: DEMO_INSTITUTION_SLUG },
      update: {},
      create: { slug: DEMO_INSTITUTION_SLUG, name: "Demo-Jugendhilfe e.V.", type: "YOUTH_WELFARE" },
    });
    const municipality = await tx.institution.upsert({
      where: { slug: MUNICIPALITY_SLUG },
      update: {},
      create: { slug: MUNICIPALITY_SLUG, name: "Stadt Musterstadt – Jugendamt", type: "MUNICIPALITY" },
    });
    const institutionIds = { [DEMO_INSTITUTION_SLUG]: demo.id, [MUNICIPALITY_SLUG]: municipality.id };
    const users = new Map<string, string>();
    for (const account of DEMO_ACCOUNTS) {
      const institutionId = institutionIds[account.institution];
      const user = await tx.user.upsert({
        where: { email: account.email },
        update: {},
        create: { email: account.email, name: account.name, passwordHash },
      });
      users.set(account.email, user.id);
      await tx.membership.upsert({
        where: { userId_institutionId: { userId: user.id, institutionId } },
        update: {},
        create: { userId: user.id, institutionId, role: account.role },
      });
    }
    const consultantId = users.get("consultant@example.org")!;
    await tx.membership.upsert({
      where: { userId_institutionId: { userId: consultantId, institutionId: municipality.id } },
      update: {},
      create: { userId: consultantId, institutionId: municipality.id, role: "CONSULTANT" },
    });
    const editorId = users.get("editor@example.org")!;
    if ((await tx.plan.count({ where: { institutionId: demo.id } })) === 0) {
      const plan = await tx.plan.create({
        data: {
          institutionId: demo.id,
          title: "Social-Media-Strategie 2027",
          createdById: editorId,
          templateKey: "youthWelfare",
        },
      });
      await writePrefill(tx, plan.id, prefillRows(demoPlanContent()), editorId);
    }
    if ((await tx.plan.count({ where: { institutionId: municipality.id } })) === 0) {
      await tx.plan.create({
        data: {
          institutionId: municipality.id,
          title: "Instagram für die Jugendberufshilfe",
          createdById: consultantId,
        },
      });
    }
    await tx.systemSetting.upsert({
      where: { key: SEEDED_FLAG },
      update: { value: new Date().toISOString() },
      create: { key: SEEDED_FLAG, value: new Date().toISOString() },
    });
  });
}

/** Seeds the demo data the first time only, so deleting it later is respected. */
export async function seedDemoOnce(prisma: PrismaClient): Promise<boolean> {
  const flag = await prisma.systemSetting.findUnique({ where: { key: SEEDED_FLAG } });
  if (flag) return false;
  await seedDemo(prisma);
  return true;
}
