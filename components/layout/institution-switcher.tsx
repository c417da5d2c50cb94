"use client";

import { Check, ChevronsUpDown } from "lucide-react";
import Link from "next/link";
import { useParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { DropdownMenu } from "radix-ui";

export interface SwitcherInstitution {
  slug: string;
  name: string;
  role: string;
}

/** Shows the current institution; people in several institutions switch here. */
export function InstitutionSwitcher({ institutions }: { institutions: SwitcherInstitution[] }) {
  const t = useTranslations("layout");
  const tRole = useTranslations("role");
  const params = useParams<{ slug?: string }>();
  const current = institutions.find((i) => i.slug === params.slug);
  if (institutions.length === 0) return null;
  if (institutions.length === 1 && current) {
    return <span className="text-sm font-medium text-slate-700">{current.name}</span>;
  }
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger className="inline-flex items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50">
        <span className="sr-only">{t("switchInstitution")}: </span>
        {current?.name ?? t("chooseInstitution")}
        <ChevronsUpDown className="size-4 text-slate-600" aria-hidden="true" />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="start"
          sideOffset={6}
          className="z-50 min-w-64 rounded-md border border-slate-200 bg-white p-1 shadow-lg"
        >
          <DropdownMenu.Label className="px-2 py-1.5 text-xs font-semibold text-slate-600">
            {t("yourInstitutions")}
          </DropdownMenu.Label>
          {institutions.map((institution) => (
            <DropdownMenu.Item key={institution.slug} asChild>
              <Link
                href={`/institutions/${institution.slug}`}
                className="flex items-center gap-2 rounded px-2 py-2 text-sm text-slate-800 outline-none data-highlighted:bg-slate-100"
              >
                <Check
                  className={
                    institution.slug === current?.slug ? "text-brand-700 size-4" : "invisible size-4"
                  }
                  aria-hidden="true"
                />
                <span className="flex-1">{institution.name}</span>
                <span className="text-xs text-slate-600">{tRole(institution.role)}</span>
              </Link>
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
