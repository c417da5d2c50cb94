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
  submissions: {
    id: string;
    note: string | null;
    submittedByName: string;
    createdAt: Date;
    withdrawnAt: Date | null;
    /** Null where it was not recorded (before December 2026); "" once the account is deleted. */
    withdrawnByName: string | null;
  }[];
}

/** Submissions and decisions as one course of the review, newest first. */
function reviewCourse({ decisions, submissions }: Pick<PlanHistoryProps, "decisions" | "submissions">) {
  return [
    ...decisions.map((decision) => ({ ...decision, kind: "decision" as const })),
    ...submissions.map((submission) => ({ ...submission, kind: "submission" as const })),
  ].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
}

export async function PlanHistory({ versions, decisions, submissions }: PlanHistoryProps) {
  const t = await getTranslations("review");
  const deleted = (await getTranslations("people"))("deletedAccount");
  const format = await getFormatter();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "long", timeStyle: "short" });
  const course = reviewCourse({ decisions, submissions });
  const submissionLine = (submission: PlanHistoryProps["submissions"][number]) => {
    const sent = { name: shownName(submission.submittedByName, deleted), date: when(submission.createdAt) };
    if (!submission.withdrawnAt) return t("submissionLine", sent);
    const withdrawnAt = when(submission.withdrawnAt);
    return submission.withdrawnByName === null
      ? t("submissionWithdrawnLine", { ...sent, withdrawnAt })
      : t("submissionWithdrawnByLine", {
          ...sent,
          withdrawnAt,
          withdrawnBy: shownName(submission.withdrawnByName, deleted),
        });
  };
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
      {course.length > 0 && (
        <div className="space-y-2">
          <h3 className="font-semibold">{t("decisionsTitle")}</h3>
          <ul className="space-y-2 text-sm">
            {course.map((entry) => (
              <li key={entry.id} className="rounded-md border border-slate-200 p-3">
                <p className="font-medium">
                  {entry.kind === "submission"
                    ? submissionLine(entry)
                    : t(entry.decision === "APPROVED" ? "decisionApproved" : "decisionChanges", {
                        name: shownName(entry.decidedByName, deleted),
                        date: when(entry.createdAt),
                      })}
                </p>
                {entry.note && <p className="mt-1 whitespace-pre-wrap text-slate-700">{entry.note}</p>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </Card>
  );
}
