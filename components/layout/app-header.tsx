import { Bell } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { logoutAction } from "@/app/(app)/account/actions";
import type { Actor } from "@/lib/access/actor";
import { InstitutionSwitcher, type SwitcherInstitution } from "./institution-switcher";
import { LocaleSwitcher } from "./locale-switcher";
import { Logo } from "./logo";

export async function AppHeader({
  actor,
  institutions,
  unread,
}: {
  actor: Actor;
  institutions: SwitcherInstitution[];
  unread: number;
}) {
  const t = await getTranslations("layout");
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/institutions" className="rounded">
          <Logo />
        </Link>
        <InstitutionSwitcher institutions={institutions} />
        <div className="ml-auto flex flex-wrap items-center justify-end gap-1 sm:gap-2">
          <LocaleSwitcher />
          <Link
            href="/notifications"
            className="flex items-center rounded px-2 py-1 text-sm text-slate-700 hover:bg-slate-100"
          >
            {/* On a phone the word would push the header off the screen; the bell stands for it. */}
            <Bell className="size-4 sm:hidden" aria-hidden="true" />
            <span className="max-sm:sr-only">{t("notifications")}</span>
            {unread > 0 && (
              <span
                className="bg-brand-700 ml-1 rounded-full px-1.5 py-0.5 text-xs font-semibold text-white"
                data-testid="unread-count"
              >
                {unread}
                <span className="sr-only"> {t("unread")}</span>
              </span>
            )}
          </Link>
          <Link
            href="/account"
            className="rounded px-2 py-1 text-sm text-slate-700 hover:bg-slate-100"
            title={actor.email}
            aria-label={`${t("account")}: ${actor.name}`}
          >
            {t("account")}
          </Link>
          <form action={logoutAction}>
            <button type="submit" className="rounded px-2 py-1 text-sm text-slate-700 hover:bg-slate-100">
              {t("signOut")}
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
