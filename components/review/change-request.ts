import "server-only";
import { getTranslations } from "next-intl/server";
import type { ActorRef } from "@/lib/access/memberships";
import { pendingChangeRequest } from "@/lib/access/plan-workflow";
import { getFormatter } from "@/lib/i18n/formatter";
import { shownName } from "@/lib/people";
import type { ChangeRequest } from "./change-request-notice";

/** The request for changes a sent-back plan waits on, ready to show (see ChangeRequestNotice). */
export async function changeRequestToShow(
  actor: ActorRef,
  planId: string,
  institutionSlug: string,
): Promise<ChangeRequest | null> {
  const request = await pendingChangeRequest(actor, planId, institutionSlug);
  if (!request) return null;
  const format = await getFormatter();
  const deleted = (await getTranslations("people"))("deletedAccount");
  return {
    by: shownName(request.decidedByName, deleted),
    date: format.dateTime(request.createdAt, { dateStyle: "long" }),
    note: request.note,
    unchanged: request.unchanged,
  };
}
