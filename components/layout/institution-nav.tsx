"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { clsx } from "clsx";

export function InstitutionNav({
  links,
  label,
}: {
  links: { href: string; label: string; exact: boolean }[];
  label: string;
}) {
  const pathname = usePathname();
  const membersActive = links.some((l) => l.exact && pathname.startsWith(l.href));
  return (
    // An admin's five tabs are wider than a phone: they wrap rather than widen the page.
    <nav aria-label={label} className="flex flex-wrap gap-1">
      {links.map((link) => {
        const active = link.exact ? pathname.startsWith(link.href) : !membersActive;
        return (
          <Link
            key={link.href}
            href={link.href}
            aria-current={active ? "page" : undefined}
            className={clsx(
              "-mb-px border-b-2 px-2 pb-3 text-sm font-medium whitespace-nowrap sm:px-3",
              active
                ? "border-brand-700 text-brand-800"
                : "border-transparent text-slate-700 hover:text-slate-900",
            )}
          >
            {link.label}
          </Link>
        );
      })}
    </nav>
  );
}
