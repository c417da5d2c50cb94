/**
 * Seeds the benchmark's database: one institution with a large plan (30 goals, 20 channels,
 * 25 people, 40 deficits, 200 comments, 10 versions) and a small one (the demo plan, one version), a share
 * link for each, and the row the bare UPDATE baseline writes. Run through bench/run.ts.
 */
import { registerWithInstitution } from "@/lib/access/accounts";
import { createShareLink } from "@/lib/access/share-links";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { writePrefill } from "@/lib/db/prefill";
import { demoPlanContent } from "@/lib/strategy/demo-plan";
import { prefillRows, type PrefillContent } from "@/lib/strategy/template-rows";

export const BENCH_USER = { email: "bench@example.org", password: "Messreihe-Wegweiser-2026" };

function repeat<T extends Record<string, unknown>>(items: T[], count: number, name: keyof T): T[] {
  return Array.from({ length: count }, (_, index) => {
    const item = items[index % items.length]!;
    return { ...item, [name]: `${String(item[name] ?? "Eintrag")} (${index + 1})` };
  });
}

function largeContent(): PrefillContent {
  const demo = demoPlanContent() as Record<string, Record<string, unknown>>;
  const list = (step: string, key: string) => demo[step]![key] as Record<string, unknown>[];
  return {
    ...demo,
    goals: { ...demo.goals, goals: repeat(list("goals", "goals"), 30, "title") },
    channels: { ...demo.channels, channels: repeat(list("channels", "channels"), 20, "name") },
    staff: { ...demo.staff, people: repeat(list("staff", "people"), 25, "name") },
    deficits: { ...demo.deficits, deficits: repeat(list("deficits", "deficits"), 40, "deficit") },
  };
}

export interface BenchFixture {
  slug: string;
  plans: { small: string; large: string };
  shareTokens: { small: string; large: string };
  /** Distinct short text fields of the large plan (125), which the autosave load writes in turn. */
  autosaveKeys: string[];
  /** A field of the large plan that only the fan-out measurement edits. */
  fanOutKey: string;
}

export async function seedBench(): Promise<BenchFixture> {
  const prisma = await getPrisma();
  const { user, institution } = await registerWithInstitution({
    name: "Bench Admin",
    email: BENCH_USER.email,
    password: BENCH_USER.password,
    institutionName: "Benchmark-Jugendhilfe",
    institutionType: "YOUTH_WELFARE",
  });
  const actor = { userId: user.id };
  const plans: Record<"small" | "large", string> = { small: "", large: "" };
  const autosaveKeys: string[] = [];
  for (const [size, content] of [
    ["small", demoPlanContent()],
    ["large", largeContent()],
  ] as const) {
    const rows = prefillRows(content);
    const plan = await prisma.plan.create({
      data: { institutionId: institution.id, title: `Bench ${size}`, createdById: user.id },
    });
    await prisma.$transaction((tx) => writePrefill(tx, plan.id, rows, user.id));
    plans[size] = plan.id;
    // Both plans have approved versions (the small one a single one), so a difference in the
    // queries per page can only come from the plans' size, which is what the budget is about.
    await prisma.planVersion.create({
      data: {
        planId: plan.id,
        number: 1,
        title: plan.title,
        institutionType: "YOUTH_WELFARE",
        content: JSON.parse(JSON.stringify(content)) as Prisma.InputJsonValue,
        readiness: {},
        approvedById: user.id,
        approvedByName: "Bench Admin",
      },
    });
    if (size === "large") {
      const textFields: Record<string, string[]> = {
        "goals.goals": ["indicator", "unit"],
        "staff.people": ["role"],
        "deficits.deficits": ["owner"],
      };
      for (const item of rows.items)
        for (const field of textFields[item.list] ?? [])
          autosaveKeys.push(`${item.list}.${item.id}.${field}`);
      const snapshot = JSON.parse(JSON.stringify(content)) as Prisma.InputJsonValue;
      await prisma.planVersion.createMany({
        data: Array.from({ length: 9 }, (_, index) => ({
          planId: plan.id,
          number: index + 2,
          title: plan.title,
          institutionType: "YOUTH_WELFARE",
          content: snapshot,
          readiness: {},
          approvedById: user.id,
          approvedByName: "Bench Admin",
        })),
      });
      await prisma.comment.createMany({
        data: Array.from({ length: 200 }, (_, index) => ({
          planId: plan.id,
          step: ["start", "goals", "channels", "staff", "deficits"][index % 5]!,
          authorId: user.id,
          authorName: "Bench Admin",
          body: `Anmerkung ${index + 1}: Bitte mit dem Team besprechen.`,
        })),
      });
    }
  }
  const shareTokens = {
    small: (await createShareLink(actor, plans.small, { version: "draft", language: "de" })).token,
    large: (await createShareLink(actor, plans.large, { version: "draft", language: "de" })).token,
  };
  await prisma.systemSetting.upsert({
    where: { key: "bench.baseline" },
    create: { key: "bench.baseline", value: "0" },
    update: {},
  });
  return { slug: institution.slug, plans, shareTokens, autosaveKeys, fanOutKey: "start.mission" };
}
