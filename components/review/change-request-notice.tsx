import { useTranslations } from "next-intl";
import { Notice } from "@/components/ui/alert";

export interface ChangeRequest {
  by: string;
  /** When, already formatted for the reader. */
  date: string;
  note: string | null;
  /** Nothing in the plan was saved since the request. */
  unchanged: boolean;
}

/**
 * The leadership's request for changes, where the person who deals with it looks: at the top of
 * the plan's overview and on the wizard's last step, next to submitting again.
 */
export function ChangeRequestNotice({ request }: { request: ChangeRequest }) {
  const t = useTranslations("review");
  return (
    <Notice tone="warning" className="space-y-1">
      <p className="font-semibold">{t("changesRequestedBy", { name: request.by, date: request.date })}</p>
      {request.note && <blockquote className="whitespace-pre-line">{request.note}</blockquote>}
    </Notice>
  );
}
