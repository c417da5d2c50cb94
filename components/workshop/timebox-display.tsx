"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { clsx } from "clsx";
import { timeboxRemaining } from "@/lib/workshop/rules";
import type { TimeboxState } from "./use-workshop";

function clock(ms: number) {
  const total = Math.ceil(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, "0")}`;
}

/**
 * The workshop's countdown, counted here from the server's clock (`skew`), so every screen shows
 * the same time. When time is up it says so plainly; nothing blocks typing.
 */
export function TimeboxDisplay({
  timebox,
  skew,
  size = "compact",
}: {
  timebox: TimeboxState | null;
  skew: number;
  size?: "compact" | "large";
}) {
  const t = useTranslations("workshopTools.timebox");
  const [now, setNow] = useState(() => Date.now());
  const running = timebox?.status === "running";
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [running]);
  if (!timebox || timebox.status === "ended") return null;
  const remaining = timeboxRemaining(timebox, now + skew) ?? 0;
  const expired = running && remaining === 0;
  const state = expired ? t("expired") : timebox.status === "paused" ? t("paused") : t("running");
  const large = size === "large";
  return (
    <div
      data-testid="timebox"
      data-state={expired ? "expired" : timebox.status}
      className={clsx(
        "flex items-center rounded-lg border-2",
        large ? "flex-wrap gap-x-6 gap-y-2 px-4 py-3 sm:px-6 sm:py-4" : "gap-3 px-3 py-1",
        expired ? "border-red-700 bg-red-50 text-red-900" : "border-slate-900 bg-white text-slate-950",
      )}
    >
      {/* Large: too narrow for both, the clock moves below the label rather than squeeze it. */}
      <div className={clsx("min-w-0", large && "grow basis-52")}>
        {timebox.label && (
          <p
            className={clsx(
              "font-semibold",
              large ? "text-2xl break-words hyphens-auto sm:text-3xl" : "max-w-40 truncate text-sm",
            )}
          >
            {timebox.label}
          </p>
        )}
        {/* Announced when the state changes (started, paused, time up), not every second. */}
        <p
          aria-live="polite"
          className={clsx(large ? "text-xl sm:text-2xl" : "text-xs", expired && "font-bold")}
        >
          {state}
        </p>
      </div>
      {!expired && (
        <p
          role="timer"
          aria-label={t("remaining")}
          className={clsx("font-mono font-bold tabular-nums", large ? "text-5xl sm:text-7xl" : "text-xl")}
        >
          {clock(remaining)}
        </p>
      )}
    </div>
  );
}
