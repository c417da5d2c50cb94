"use client";

import { useState, type ReactNode } from "react";

/**
 * "Antworten" under a thread. The reply form is rendered only once opened: a step with dozens of
 * threads would otherwise carry (and hydrate) a form for each. Once opened it stays rendered, so
 * closing and reopening keeps what was typed.
 */
export function ReplyDisclosure({ label, children }: { label: string; children: ReactNode }) {
  const [opened, setOpened] = useState(false);
  return (
    <details
      className="min-w-64 flex-1"
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
    >
      <summary className="text-brand-700 cursor-pointer text-sm font-medium">{label}</summary>
      {opened && <div className="mt-2">{children}</div>}
    </details>
  );
}
