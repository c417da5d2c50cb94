"use client";

import { AlertTriangle, Check, CloudOff, Loader2, RefreshCw } from "lucide-react";
import { useTranslations } from "next-intl";
import { useFormatter } from "@/lib/i18n/use-formatter";
import type { AutosaveSnapshot } from "@/lib/autosave/queue";
import { clsx } from "clsx";

/** Always visible: whether everything typed is safely stored. */
export function AutosaveStatus({ snapshot, onRetry }: { snapshot: AutosaveSnapshot; onRetry: () => void }) {
  const t = useTranslations("wizard.autosave");
  const format = useFormatter();
  const { status, savedAt, held } = snapshot;
  // "Gespeichert" would be untrue while an input waits for its correction or for the choice between
  // two versions; losing the connection says more, so it comes first.
  const waiting =
    held > 0
      ? t("held", { count: held })
      : snapshot.conflicts.length + snapshot.itemConflicts.length > 0
        ? t("conflicts")
        : null;
  const showHeld = waiting !== null && status !== "failed" && status !== "offline" && status !== "retrying";
  const icon = {
    idle: null,
    saving: <Loader2 className="size-4 animate-spin" aria-hidden="true" />,
    saved: <Check className="size-4" aria-hidden="true" />,
    retrying: <RefreshCw className="size-4" aria-hidden="true" />,
    failed: <AlertTriangle className="size-4" aria-hidden="true" />,
    offline: <CloudOff className="size-4" aria-hidden="true" />,
  }[status];
  if (showHeld)
    return (
      <div className="flex items-center gap-2 text-sm" data-testid="autosave-status" data-status="held">
        <span
          role="status"
          className="flex items-center gap-1.5 rounded-full bg-amber-50 px-2.5 py-1 text-amber-900"
        >
          <AlertTriangle className="size-4" aria-hidden="true" />
          {waiting}
        </span>
      </div>
    );
  return (
    <div className="flex items-center gap-2 text-sm" data-testid="autosave-status" data-status={status}>
      <span
        role="status"
        className={clsx(
          // Only the coloured states get a pill; the plain text lines up with whatever it wraps under.
          "flex items-center gap-1.5 rounded-full py-1",
          status === "failed" || status === "offline"
            ? "bg-red-50 px-2.5 text-red-800"
            : status === "retrying"
              ? "bg-amber-50 px-2.5 text-amber-900"
              : "text-slate-700",
        )}
      >
        {icon}
        {status === "saved" && savedAt
          ? t("savedAt", { time: format.dateTime(new Date(savedAt), { timeStyle: "short" }) })
          : status === "idle"
            ? t("idle")
            : t(status)}
      </span>
      {(status === "failed" || status === "retrying" || status === "offline") && (
        <button
          type="button"
          onClick={onRetry}
          className="text-brand-700 rounded px-2 py-1 text-sm font-medium underline underline-offset-4"
        >
          {t("retryNow")}
        </button>
      )}
    </div>
  );
}
