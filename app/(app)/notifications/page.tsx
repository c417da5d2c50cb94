import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/formatter";
import { MarkAllReadButton } from "@/components/layout/mark-all-read-button";
import { formatDay } from "@/components/living/format-day";
import { Card } from "@/components/ui/card";
import { listNotifications } from "@/lib/access/notifications";
import { requirePageActor } from "@/lib/access/page-guards";
import { sendRemindersForActor } from "@/lib/access/reminders";
import { now } from "@/lib/clock";
import { shownName } from "@/lib/people";
import { cn } from "@/lib/utils";

export async function generateMetadata() {
  const t = await getTranslations("notifications");
  return { title: t("title") };
}

export default async function NotificationsPage() {
  const actor = await requirePageActor("/notifications");
  await sendRemindersForActor(actor, await now());
  const { items, unread } = await listNotifications(actor);
  const t = await getTranslations("notifications");
  const ts = await getTranslations("strategy.steps");
  const deleted = (await getTranslations("people"))("deletedAccount");
  const format = await getFormatter();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        {unread > 0 && <MarkAllReadButton />}
      </div>
      {items.length === 0 ? (
        <Card>
          <p className="text-slate-700">{t("none")}</p>
        </Card>
      ) : (
        <ul className="space-y-2">
          {items.map((item) => {
            return (
              <li
                key={item.id}
                className={cn(
                  "rounded-lg border bg-white p-4",
                  item.readAt ? "border-slate-200" : "border-brand-700",
                )}
              >
                {/* A plain link: following it marks the notification read, which a prefetch must not. */}
                <a
                  href={`/notifications/${item.id}`}
                  className="font-medium text-slate-900 underline-offset-4 hover:underline"
                >
                  {t(`kinds.${item.kind.replace(".", "_")}`, {
                    actor: shownName(item.data.actorName, deleted),
                    plan: item.data.planTitle,
                    step: item.data.step ? ts(`${item.data.step}.title`) : "",
                    date: item.data.dueOn ? formatDay(format, item.data.dueOn) : "",
                    stage: item.data.stage ?? "",
                  })}
                </a>
                {/* The space keeps "neu" a word of its own when the text is read or copied. */}
                {!item.readAt && " "}
                {!item.readAt && (
                  <span className="bg-brand-100 text-brand-900 ml-1 rounded-full px-2 py-0.5 text-xs font-semibold">
                    {t("new")}
                  </span>
                )}
                {item.data.note && (
                  <p className="mt-1 text-sm whitespace-pre-wrap text-slate-700">
                    {t("quotedNote", { note: item.data.note })}
                  </p>
                )}
                <p className="mt-1 text-xs text-slate-600">
                  {format.dateTime(item.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                  {item.institutionName && ` · ${item.institutionName}`}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
