"use client";

import { Check, ChevronsUpDown } from "lucide-react";
import Link from "next/link";
import { useParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useId, useRef, useState } from "react";
import { useDismissable } from "@/components/ui/use-dismissable";

export interface SwitcherInstitution {
  slug: string;
  name: string;
  role: string;
}

/**
 * Shows the current institution; people in several institutions switch here. A disclosure of links
 * (the WAI-ARIA navigation pattern) rather than a menu widget: it needs no positioning library, so
 * the header, which every page loads, stays light.
 */
export function InstitutionSwitcher({ institutions }: { institutions: SwitcherInstitution[] }) {
  const t = useTranslations("layout");
  const tRole = useTranslations("role");
  const params = useParams<{ slug?: string }>();
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  const container = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const listId = useId();
  const current = institutions.find((i) => i.slug === params.slug);

  useDismissable(open, close, container, button);

  if (institutions.length === 0) return null;
  if (institutions.length === 1) {
    // Nothing to choose: the one institution's name, a way back to it from the other pages.
    const only = institutions[0]!;
    return current ? (
      <span className="text-sm font-medium text-slate-700">{only.name}</span>
    ) : (
      <Link
        href={`/institutions/${only.slug}`}
        className="rounded text-sm font-medium text-slate-700 hover:underline"
      >
        {only.name}
      </Link>
    );
  }
  return (
    <div ref={container} className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((value) => !value)}
        className="inline-flex items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50"
      >
        <span className="sr-only">{t("switchInstitution")}: </span>
        {current?.name ?? t("chooseInstitution")}
        <ChevronsUpDown className="size-4 text-slate-600" aria-hidden="true" />
      </button>
      <nav
        id={listId}
        hidden={!open}
        aria-label={t("yourInstitutions")}
        className="absolute top-full left-0 z-50 mt-1.5 w-80 max-w-[calc(100vw-2rem)] rounded-md border border-slate-200 bg-white p-1 shadow-lg"
      >
        <p className="px-2 py-1.5 text-xs font-semibold text-slate-600" aria-hidden="true">
          {t("yourInstitutions")}
        </p>
        <ul>
          {institutions.map((institution) => (
            <li key={institution.slug}>
              <Link
                href={`/institutions/${institution.slug}`}
                aria-current={institution.slug === current?.slug ? "page" : undefined}
                onClick={() => setOpen(false)}
                className="flex items-start gap-2 rounded px-2 py-2 text-sm text-slate-800 hover:bg-slate-100 focus-visible:bg-slate-100"
              >
                <Check
                  className={
                    institution.slug === current?.slug
                      ? "text-brand-700 mt-0.5 size-4 shrink-0"
                      : "invisible mt-0.5 size-4 shrink-0"
                  }
                  aria-hidden="true"
                />
                {/* The role on a line of its own, so long institution names keep the full width. */}
                <span className="flex min-w-0 flex-1 flex-col">
                  <span>{institution.name}</span>
                  <span className="text-xs text-slate-600">{tRole(institution.role)}</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
