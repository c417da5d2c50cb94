import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { listMyInstitutions } from "@/lib/access/memberships";
import { requirePageActor } from "@/lib/access/page-guards";

export async function generateMetadata() {
  const t = await getTranslations("institutions");
  return { title: t("title") };
}

export default async function InstitutionsPage({
  searchParams,
}: {
  searchParams: Promise<{ notice?: string }>;
}) {
  const actor = await requirePageActor("/institutions");
  const institutions = await listMyInstitutions(actor);
  const { notice } = await searchParams;
  const deleted = notice === "institutionDeleted";
  const left = notice === "leftInstitution";
  // Right after a deletion or leaving the list stays, so the confirmation can be read.
  if (!deleted && !left && institutions.length === 1 && institutions[0])
    redirect(`/institutions/${institutions[0].slug}`);
  const t = await getTranslations("institutions");
  const tl = await getTranslations("lifecycle");
  const tRole = await getTranslations("role");
  const tType = await getTranslations("institutionType");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {deleted && <Alert tone="success">{tl("institutionDeleted")}</Alert>}
      {left && <Alert tone="success">{t("left")}</Alert>}
      {institutions.length === 0 ? (
        <Card>
          <p className="text-slate-700">{t("none")}</p>
        </Card>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {institutions.map((institution) => (
            <li key={institution.slug}>
              <Link
                href={`/institutions/${institution.slug}`}
                className="hover:border-brand-700 block rounded-lg border border-slate-200 bg-white p-5 shadow-xs"
              >
                <span className="block font-semibold text-slate-900">{institution.name}</span>
                <span className="mt-1 block text-sm text-slate-600">
                  {tType(institution.type)} · {tRole(institution.role)}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
