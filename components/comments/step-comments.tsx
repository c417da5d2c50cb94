import { MessageSquare } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/lib/i18n/formatter";
import { givenTitle } from "@/lib/strategy/units";
import type { ListDef } from "@/lib/strategy/fields";
import { STEPS, type StepKey, type TStrategy } from "@/lib/strategy/steps";
import { CommentForm } from "./comment-form";
import { ReplyDisclosure } from "./reply-disclosure";
import { ResolveButton } from "./resolve-button";
import { shownName } from "@/lib/people";

interface Thread {
  id: string;
  itemId: string | null;
  authorName: string;
  body: string;
  resolvedAt: Date | null;
  createdAt: Date;
  replies: { id: string; authorName: string; body: string; createdAt: Date }[];
}

interface StepCommentsProps {
  slug: string;
  planId: string;
  step: StepKey;
  strategy: TStrategy;
  threads: Thread[];
  canComment: boolean;
}

/** The discussion on one step: threads on the step or on one of its list items. */
export async function StepComments({ slug, planId, step, strategy, threads, canComment }: StepCommentsProps) {
  const t = await getTranslations("comments");
  const deleted = (await getTranslations("people"))("deletedAccount");
  const tl = await getTranslations("strategy.steps");
  const format = await getFormatter();
  const items = Object.entries(STEPS[step].lists as Record<string, ListDef>).flatMap(([list, def]) =>
    (((strategy[step] as Record<string, unknown>)[list] ?? []) as Record<string, unknown>[]).map(
      (item, index) => ({
        id: String(item.id),
        title: givenTitle(def, item) ?? tl(`${step}.lists.${list}.itemFallback`, { number: index + 1 }),
      }),
    ),
  );
  const titleOf = (itemId: string | null) =>
    itemId ? (items.find((i) => i.id === itemId)?.title ?? t("removedItem")) : t("wholeStep");
  const open = threads.filter((thread) => !thread.resolvedAt).length;
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-4" open={open > 0}>
      <summary className="flex cursor-pointer items-center gap-2 font-semibold">
        <MessageSquare className="size-4" aria-hidden="true" />
        {t("title", { open, total: threads.length })}
      </summary>
      <div className="mt-3 space-y-4">
        {threads.length === 0 && <p className="text-sm text-slate-700">{t("none")}</p>}
        <ul className="space-y-3">
          {threads.map((thread) => (
            <li
              key={thread.id}
              className={
                thread.resolvedAt
                  ? "rounded-md border border-slate-200 p-3 opacity-80"
                  : "rounded-md border border-amber-300 bg-amber-50 p-3"
              }
            >
              <p className="text-xs text-slate-700">
                {t("about")}: {titleOf(thread.itemId)}
                {thread.resolvedAt && ` · ${t("resolved")}`}
              </p>
              <p className="mt-1 text-sm">
                <span className="font-semibold">{shownName(thread.authorName, deleted)}</span>{" "}
                <span className="text-slate-600">· {when(thread.createdAt)}</span>
              </p>
              <p className="text-sm whitespace-pre-wrap">{thread.body}</p>
              {thread.replies.length > 0 && (
                <ul className="mt-2 space-y-2 border-l-2 border-slate-300 pl-3">
                  {thread.replies.map((reply) => (
                    <li key={reply.id} className="text-sm">
                      <span className="font-semibold">{shownName(reply.authorName, deleted)}</span>{" "}
                      <span className="text-slate-600">· {when(reply.createdAt)}</span>
                      <p className="whitespace-pre-wrap">{reply.body}</p>
                    </li>
                  ))}
                </ul>
              )}
              {canComment && (
                <div className="mt-2 flex flex-wrap items-start gap-3">
                  <ResolveButton
                    slug={slug}
                    planId={planId}
                    commentId={thread.id}
                    resolved={Boolean(thread.resolvedAt)}
                  />
                  {!thread.resolvedAt && (
                    <ReplyDisclosure label={t("reply")}>
                      <CommentForm slug={slug} planId={planId} step={step} parentId={thread.id} />
                    </ReplyDisclosure>
                  )}
                </div>
              )}
            </li>
          ))}
        </ul>
        {canComment && <CommentForm slug={slug} planId={planId} step={step} items={items} />}
      </div>
    </details>
  );
}
