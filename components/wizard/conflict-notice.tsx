"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { Conflict } from "@/lib/autosave/queue";
import { fieldDomId } from "./field-ids";

const show = (value: unknown) =>
  value === null || value === undefined || value === "" ? "—" : String(value);

/** Two people changed the same field: nothing is overwritten until this person decides. */
export function ConflictNotice({
  conflict,
  onResolve,
}: {
  conflict: Conflict;
  onResolve: (choice: "mine" | "theirs") => void;
}) {
  const t = useTranslations("wizard.conflict");
  return (
    <div
      role="alert"
      className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950"
    >
      <p className="font-semibold">
        {t("title")}{" "}
        <a href={`#${fieldDomId(conflict.key)}`} className="underline underline-offset-4">
          {t("toField")}
        </a>
      </p>
      <dl className="grid gap-2 sm:grid-cols-2">
        <div>
          <dt className="font-medium">{t("mine")}</dt>
          <dd className="whitespace-pre-wrap">{show(conflict.mine)}</dd>
        </div>
        <div>
          <dt className="font-medium">{t("theirs")}</dt>
          <dd className="whitespace-pre-wrap">{show(conflict.theirs)}</dd>
        </div>
      </dl>
      <div className="flex flex-wrap gap-2">
        <Button type="button" size="sm" onClick={() => onResolve("mine")}>
          {t("keepMine")}
        </Button>
        <Button type="button" size="sm" variant="secondary" onClick={() => onResolve("theirs")}>
          {t("takeTheirs")}
        </Button>
      </div>
    </div>
  );
}
