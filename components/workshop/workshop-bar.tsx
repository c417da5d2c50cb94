"use client";

import { ChevronDown, Timer } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useCallback, useId, useLayoutEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { lazyPart } from "@/components/ui/lazy-part";
import { useDismissable } from "@/components/ui/use-dismissable";
import type { StepKey } from "@/lib/strategy/steps";
import { useListTitle } from "./list-title";
import type { WorkshopState } from "./use-workshop";

// The controls' code reaches the browser only when a facilitator opens them, so the wizard every
// participant loads stays lighter.
const FacilitatorPanel = lazyPart(() => import("./facilitator-panel").then((m) => m.FacilitatorPanel));
// The countdown loads when a timebox is set.
const TimeboxDisplay = lazyPart(() => import("./timebox-display").then((m) => m.TimeboxDisplay));

/**
 * The workshop strip in the wizard's header: the timebox for everyone, a pointer to a running dot
 * vote on another step, and for facilitators the controls in a compact panel.
 */
export function WorkshopBar({
  workshop,
  canFacilitate,
  step,
  baseHref,
}: {
  workshop: WorkshopState;
  canFacilitate: boolean;
  step: StepKey;
  baseHref: string;
}) {
  const t = useTranslations("workshopTools");
  const listTitle = useListTitle();
  const round = workshop.round;
  const voteStep = round?.list.split(".")[0];
  return (
    <div className="flex flex-wrap items-center gap-3 empty:hidden">
      {workshop.timebox && workshop.timebox.status !== "ended" && (
        <TimeboxDisplay timebox={workshop.timebox} skew={workshop.skew} />
      )}
      {round?.open && voteStep !== step && (
        <Link
          href={`${baseHref}/${voteStep}`}
          className="text-brand-700 text-sm underline underline-offset-4"
        >
          {t("vote.goTo", { list: listTitle(round.list) })}
        </Link>
      )}
      {canFacilitate && <FacilitatorMenu workshop={workshop} step={step} />}
    </div>
  );
}

/**
 * "Moderation": a disclosure (the WAI-ARIA pattern, like the institution switcher) rather than a
 * popover widget, so no positioning library is loaded; Escape or a click outside closes it. The
 * panel opens below the button (no `top`: its place in the flow) and is placed within the wizard's
 * step column, its positioned ancestor: full width on a phone; on wider screens below the button,
 * moved left as far as needed to stay in the column, wherever the button has wrapped to.
 */
function FacilitatorMenu({ workshop, step }: { workshop: WorkshopState; step: StepKey }) {
  const t = useTranslations("workshopTools");
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  const container = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useDismissable(open, close, container, button);

  const panel = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const column = panel.current?.offsetParent;
    if (!open || !column || !button.current || !panel.current) return;
    // Placed here rather than rendered: it depends on where the button ended up. Measured at its
    // own width, not as placed the last time (the window may have changed since).
    panel.current.style.left = "";
    const columnBox = column.getBoundingClientRect();
    const from = button.current.getBoundingClientRect().left - columnBox.left;
    const left = Math.max(0, Math.min(from, columnBox.width - panel.current.offsetWidth));
    panel.current.style.left = `${left}px`;
  }, [open]);

  return (
    <div ref={container}>
      <Button
        ref={button}
        size="sm"
        variant="secondary"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <Timer aria-hidden="true" />
        {t("facilitate")}
        <ChevronDown aria-hidden="true" />
      </Button>
      <div
        ref={panel}
        id={panelId}
        hidden={!open}
        role="group"
        aria-label={t("facilitate")}
        className="absolute inset-x-0 z-30 mt-1.5 space-y-5 rounded-lg border border-slate-200 bg-white p-4 shadow-lg sm:right-auto sm:w-96"
      >
        {open && <FacilitatorPanel workshop={workshop} step={step} />}
      </div>
    </div>
  );
}
