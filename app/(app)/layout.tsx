import type { ReactNode } from "react";
import { AppHeader } from "@/components/layout/app-header";
import { listMyInstitutions } from "@/lib/access/memberships";
import { requirePageActor } from "@/lib/access/page-guards";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requirePageActor();
  const institutions = await listMyInstitutions(actor);
  return (
    <>
      <AppHeader actor={actor} institutions={institutions} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
