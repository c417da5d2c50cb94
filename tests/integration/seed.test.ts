import { describe, expect, it } from "vitest";
import { listMyInstitutions } from "@/lib/access/memberships";
import { authenticate } from "@/lib/auth/credentials";
import { getPrisma } from "@/lib/db/client";
import { can } from "@/lib/access/permissions";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, MUNICIPALITY_SLUG, seedDemoOnce } from "@/lib/db/seed";

describe("demo data", () => {
  it("seeds the demo institutions once, with a working login for every role", async () => {
    const prisma = await getPrisma();
    // The PostgreSQL pass shares one database across runs of this file: the first seed may be done.
    await seedDemoOnce(prisma);
    expect(await seedDemoOnce(prisma)).toBe(false);

    for (const account of DEMO_ACCOUNTS) {
      const user = await authenticate({ email: account.email, password: DEMO_PASSWORD });
      expect(user, account.email).not.toBeNull();
      const institutions = await listMyInstitutions({ userId: user!.id });
      expect(institutions).toContainEqual(
        expect.objectContaining({ slug: account.institution, role: account.role }),
      );
    }
    // The municipality's plan can go all the way: someone there may submit it, someone approve it.
    const municipalityRoles = DEMO_ACCOUNTS.filter((a) => a.institution === MUNICIPALITY_SLUG).map(
      (a) => a.role,
    );
    expect(municipalityRoles.some((role) => can(role, "SUBMIT_PLAN"))).toBe(true);
    expect(municipalityRoles.some((role) => can(role, "APPROVE_PLAN"))).toBe(true);
    const consultant = await authenticate({ email: "consultant@example.org", password: DEMO_PASSWORD });
    expect(await listMyInstitutions({ userId: consultant!.id })).toHaveLength(2);
  });

  it("does not come back after it was deleted", async () => {
    const prisma = await getPrisma();
    await seedDemoOnce(prisma);
    await prisma.institution.deleteMany({ where: { slug: "demo-jugendhilfe" } });
    expect(await seedDemoOnce(prisma)).toBe(false);
    expect(await prisma.institution.count({ where: { slug: "demo-jugendhilfe" } })).toBe(0);
  });
});
