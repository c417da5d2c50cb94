"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { moveStageAction, removeStageAction } from "@/app/(app)/institutions/[slug]/approval/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
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
  return (
    <div className="flex flex-wrap items-center gap-2">
      {/* A refusal (a plan was submitted meanwhile, which holds the chain as it is) is said here. */}
      {moved.status === "error" && (
        <p role="alert" className="basis-full text-sm text-red-700">
          {moved.message}
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
      <ConfirmDialog
        trigger={
          <Button size="sm" variant="ghostDanger" aria-label={`${t("remove")}: ${name}`}>
            {t("remove")}
          </Button>
        }
        title={t("removeTitle", { name })}
        description={t("removeText")}
        confirmLabel={t("remove")}
        pendingLabel={t("saving")}
        action={removeStageAction}
        fields={{ slug, stageId }}
      />
    </div>
  );
}
