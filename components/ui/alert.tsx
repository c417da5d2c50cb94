import type { ReactNode } from "react";
import { clsx } from "clsx";

const tones = {
  error: "border-red-300 bg-red-50 text-red-900",
  success: "border-emerald-300 bg-emerald-50 text-emerald-900",
  info: "border-sky-300 bg-sky-50 text-sky-900",
  warning: "border-amber-300 bg-amber-50 text-amber-950",
} as const;

type Tone = keyof typeof tones;

interface BoxProps {
  tone: Tone;
  children: ReactNode;
  className?: string;
  id?: string;
}

/**
 * A message about what just happened (saved, refused, removed): a live region, so screen readers
 * announce it when it appears.
 */
export function Alert({ tone, children, className, id }: BoxProps) {
  return (
    <div
      id={id}
      role={tone === "error" ? "alert" : "status"}
      className={clsx("rounded-md border px-4 py-3 text-sm", tones[tone], className)}
    >
      {children}
    </div>
  );
}

/**
 * A standing remark in the page's flow (what to mind before acting): read in order with the rest,
 * not announced, so a page with several does not talk over itself.
 */
export function Notice({ tone, children, className, id }: BoxProps) {
  return (
    <div id={id} className={clsx("rounded-md border px-4 py-3 text-sm", tones[tone], className)}>
      {children}
    </div>
  );
}
