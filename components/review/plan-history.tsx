import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/formatter";
import { Card } from "@/components/ui/card";
import { shownName } from "@/lib/people";

interface PlanHistoryProps {
  versions: { number: number; approvedByName: string; approvedAt: Date; note: string | null }[];
  decisions: {
    id: string;
    decision: "APPROVED" | "CHANGES_REQUESTED";
    note: string | null;
    decidedByName: string;
    createdAt: Date;
  }[];
}

export async function PlanHistory({ versions, decisions }: PlanHistoryProps) {
  const t = await getTranslations("review");
  const deleted = (await getTranslations("people"))("deletedAccount");
  const format = await getFormatter();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "long", timeStyle: "short" });
  return (
    <Card aria-labelledby="history-title" className="space-y-4">
      <h2 id="history-title" className="text-lg font-semibold">
        {t("historyTitle")}
      </h2>
      <div className="space-y-2">
        <h3 className="font-semibold">{t("versionsTitle")}</h3>
        {versions.length === 0 ? (
          <p className="text-sm text-slate-700">{t("noVersions")}</p>
        ) : (
          <ul className="space-y-2 text-sm">
            {versions.map((version) => (
              <li key={version.number} className="rounded-md border border-slate-200 p-3">
                <p className="font-medium">
                  {t("versionLine", {
                    number: version.number,
                    date: when(version.approvedAt),
                    name: shownName(version.approvedByName, deleted),
                  })}
                </p>
                {version.note && <p className="mt-1 whitespace-pre-wrap text-slate-700">{version.note}</p>}
              </li>
            ))}
          </ul>
        )}
      </div>
      {decisions.length > 0 && (
        <div className="space-y-2">
          <h3 className="font-semibold">{t("decisionsTitle")}</h3>
          <ul className="space-y-2 text-sm">
            {decisions.map((decision) => (
              <li key={decision.id} className="rounded-md border border-slate-200 p-3">
                <p className="font-medium">
                  {t(decision.decision === "APPROVED" ? "decisionApproved" : "decisionChanges", {
                    name: shownName(decision.decidedByName, deleted),
                    date: when(decision.createdAt),
                  })}
                </p>
                {decision.note && <p className="mt-1 whitespace-pre-wrap text-slate-700">{decision.note}</p>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </Card>
  );
}
