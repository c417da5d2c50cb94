"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import type { Conflict } from "@/lib/autosave/queue";
import { conflictDomId, fieldDomId } from "./field-ids";

const show = (value: unknown) =>
  value === null || value === undefined || value === "" ? "—" : String(value);

/**
 * Two people changed the same field: nothing is overwritten until this person decides — keep
 * theirs, keep mine, or (for text) write one text from both.
 */
export function ConflictNotice({
  conflict,
  by,
  onResolve,
}: {
  conflict: Conflict;
  /** Who made the other change, when the live stream said so. */
  by: string | null;
  onResolve: (choice: "mine" | "theirs" | "merged", merged?: string) => void;
}) {
  const t = useTranslations("wizard.conflict");
  const tm = useTranslations("live.merge");
  const mergeId = useId();
  const canMerge = typeof conflict.mine === "string" && typeof conflict.theirs === "string";
  const [merged, setMerged] = useState<string | null>(null);
  return (
    <div
      id={conflictDomId(conflict.key)}
      role="alert"
      className="scroll-mt-4 space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950"
    >
      <p className="font-semibold">
        {by ? t("titleBy", { name: by }) : t("title")}{" "}
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
      {merged !== null ? (
        <div className="space-y-2">
          <label htmlFor={mergeId} className="block font-medium">
            {tm("label")}
          </label>
          <p id={`${mergeId}-hint`} className="text-xs">
            {tm("hint")}
          </p>
          <textarea
            id={mergeId}
            aria-describedby={`${mergeId}-hint`}
            rows={6}
            className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900"
            value={merged}
            onChange={(event) => setMerged(event.target.value)}
          />
          <div className="flex flex-wrap gap-2">
            <Button type="button" size="sm" onClick={() => onResolve("merged", merged)}>
              {tm("save")}
            </Button>
            <Button type="button" size="sm" variant="secondary" onClick={() => setMerged(null)}>
              {tm("cancel")}
            </Button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap gap-2">
          <Button type="button" size="sm" onClick={() => onResolve("mine")}>
            {t("keepMine")}
          </Button>
          <Button type="button" size="sm" variant="secondary" onClick={() => onResolve("theirs")}>
            {t("takeTheirs")}
          </Button>
          {canMerge && (
            <Button
              type="button"
              size="sm"
              variant="secondary"
              onClick={() => setMerged(`${String(conflict.theirs)}\n\n${String(conflict.mine)}`)}
            >
              {tm("open")}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
