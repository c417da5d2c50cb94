"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

const HEALTH_POLL_MS = 3_000;

/**
 * A page that could not be rendered. When the health check says the database (or the server) is
 * away, this says so and reloads by itself once it is back; unsaved wizard input waits in the
 * browser meanwhile. Any other failure gets a plain "try again" and no automatic reload, so a bug
 * cannot turn into a reload loop.
 */
export default function ErrorPage() {
  const t = useTranslations("errorPage");
  const [reconnecting, setReconnecting] = useState(false);

  useEffect(() => {
    let wasDown = false;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = async () => {
      const status = await fetch("/api/health", { cache: "no-store" }).then(
        (response) => response.status,
        () => 0,
      );
      if (stopped) return;
      if (status === 200) {
        if (wasDown) window.location.reload();
        return;
      }
      wasDown = true;
      setReconnecting(true);
      timer = setTimeout(() => void check(), HEALTH_POLL_MS);
    };
    void check();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);

  return (
    <main id="main" className="mx-auto max-w-xl space-y-4 px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">{t(reconnecting ? "unavailableTitle" : "title")}</h1>
      {reconnecting ? (
        <p role="status" className="flex items-center justify-center gap-2 text-slate-700">
          {/* Lucide's loader-circle, inline: this boundary loads with every page, and the icon
              library's runtime would come with it. */}
          <svg
            xmlns="http://www.w3.org/2000/svg"
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
            className="size-4 animate-spin"
            aria-hidden="true"
          >
            <path d="M21 12a9 9 0 1 1-6.219-8.56" />
          </svg>
          {t("reconnecting")}
        </p>
      ) : (
        <p className="text-slate-700">{t("text")}</p>
      )}
      <button
        type="button"
        onClick={() => window.location.reload()}
        className="text-brand-700 rounded px-2 py-1 font-medium underline underline-offset-4"
      >
        {t("retry")}
      </button>
    </main>
  );
}
