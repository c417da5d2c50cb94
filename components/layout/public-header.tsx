import Link from "next/link";
import { LocaleSwitcher } from "./locale-switcher";
import { Logo } from "./logo";

export function PublicHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl items-center justify-between px-4 py-3">
        <Link href="/" className="rounded">
          <Logo />
        </Link>
        <LocaleSwitcher />
      </div>
    </header>
  );
}
