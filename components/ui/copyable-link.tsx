"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/** A freshly created secret link in a read-only field, selected on focus, with a copy button. */
export function CopyableLink({ id, label, link }: { id: string; label: string; link: string }) {
  const t = useTranslations("common");
  const [copied, setCopied] = useState<string | null>(null);
  return (
    <>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          readOnly
          value={link}
          className="w-full rounded border border-emerald-300 bg-white px-2 py-1 font-mono text-xs text-slate-900"
          onFocus={(event) => event.currentTarget.select()}
        />
        <Button
          type="button"
          size="sm"
          variant="secondary"
          onClick={() => {
            void navigator.clipboard.writeText(link).then(() => setCopied(link));
          }}
        >
          {copied === link ? t("copied") : t("copy")}
        </Button>
      </div>
    </>
  );
}
