"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { moveStageAction, removeStageAction } from "@/app/(app)/institutions/[slug]/approval/actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";

export function StageControls({
  slug,
  stageId,
  name,
  first,
  last,
}: {
  slug: string;
  stageId: string;
  name: string;
  first: boolean;
  last: boolean;
}) {
  const t = useTranslations("approval");
  const [moved, move] = useActionState(moveStageAction, IDLE);
  const [removed, remove] = useActionState(removeStageAction, IDLE);
  // A refusal (a plan was submitted meanwhile, which holds the chain as it is) is said here.
  const refusal = [moved, removed].find((state) => state.status === "error")?.message;
  return (
    <div className="flex flex-wrap items-center gap-2">
      {refusal && (
        <p role="alert" className="basis-full text-sm text-red-700">
          {refusal}
        </p>
      )}
      {(
        [
          ["-1", t("earlier"), first],
          ["1", t("later"), last],
        ] as const
      ).map(([direction, label, disabled]) => (
        <form key={direction} action={move}>
          <input type="hidden" name="slug" value={slug} />
          <input type="hidden" name="stageId" value={stageId} />
          <input type="hidden" name="direction" value={direction} />
          <SubmitButton
            size="sm"
            variant="ghost"
            disabled={disabled}
            pendingLabel={t("saving")}
            aria-label={`${label}: ${name}`}
          >
            {label}
          </SubmitButton>
        </form>
      ))}
      <form action={remove}>
        <input type="hidden" name="slug" value={slug} />
        <input type="hidden" name="stageId" value={stageId} />
        <SubmitButton
          size="sm"
          variant="ghostDanger"
          pendingLabel={t("saving")}
          aria-label={`${t("remove")}: ${name}`}
        >
          {t("remove")}
        </SubmitButton>
      </form>
    </div>
  );
}
