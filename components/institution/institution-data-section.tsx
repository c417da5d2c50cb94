import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { DeleteInstitutionForm } from "./delete-institution-form";

/** For admins in the institution's settings: take all data out, or delete the institution for good. */
export async function InstitutionDataSection({ slug, name }: { slug: string; name: string }) {
  const t = await getTranslations("lifecycle");
  return (
    <>
      <Card aria-labelledby="export-title" className="space-y-3">
        <h2 id="export-title" className="text-lg font-semibold">
          {t("exportTitle")}
        </h2>
        <p className="text-sm text-slate-700">{t("exportLead")}</p>
        <a
          href={`/api/institutions/${encodeURIComponent(slug)}/export.json`}
          download
          className="inline-flex h-10 items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-medium text-slate-900 hover:bg-slate-100"
        >
          {t("exportButton")}
        </a>
      </Card>
      <Card aria-labelledby="danger-title" className="space-y-3 border-red-300">
        <h2 id="danger-title" className="text-lg font-semibold text-red-800">
          {t("dangerTitle")}
        </h2>
        <p className="text-sm text-slate-700">{t("deleteInstitutionLead", { name })}</p>
        <DeleteInstitutionForm slug={slug} name={name} />
      </Card>
    </>
  );
}
