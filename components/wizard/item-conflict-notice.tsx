"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { AutosaveQueue, ItemConflict } from "@/lib/autosave/queue";
import { givenTitle, listItems } from "@/lib/strategy/units";
import type { StepKey, TStrategy } from "@/lib/strategy/steps";

/**
 * Someone else moved, changed or removed a list item while this person moved or removed it (or
 * typed into it): says what happened and who did it, and nothing is dropped until they choose —
 * their own move or removal after all (or the item restored with what they entered), or the
 * other person's state.
 */
function ItemConflictNotice({
  conflict,
  title,
  shown,
  onResolve,
}: {
  conflict: ItemConflict;
  /** The item's title as this person knows it. */
  title: string;
  /** Whether the item is on the page here, so there is something to go to. */
  shown: boolean;
  onResolve: (choice: "mine" | "theirs") => void;
}) {
  const t = useTranslations("wizard.itemConflict");
  const happened =
    conflict.reason === "removed"
      ? t("removed")
      : conflict.by
        ? t(conflict.reason, { by: conflict.by })
        : t(conflict.reason === "moved" ? "movedBySomeone" : "editedBySomeone");
  const [yours, mine, theirs] =
    conflict.reason === "removed"
      ? [t("yourEdits"), t("restore"), t("letGo")]
      : conflict.action === "remove"
        ? [t("yourRemoval"), t("removeAnyway"), t("keepItem")]
        : [t("yourMove"), t("keepMove"), t("takeTheirMove")];
  return (
    <div
      role="alert"
      className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950"
    >
      <p className="font-semibold">{happened}</p>
      <p>
        {t("entry", { title })}
        {shown && (
          <>
            {" "}
            <a href={`#item-${conflict.itemId}`} className="underline underline-offset-4">
              {t("toItem")}
            </a>
          </>
        )}
      </p>
      <p>{yours}</p>
      <div className="flex flex-wrap gap-2">
        <Button type="button" size="sm" onClick={() => onResolve("mine")}>
          {mine}
        </Button>
        <Button type="button" size="sm" variant="secondary" onClick={() => onResolve("theirs")}>
          {theirs}
        </Button>
      </div>
    </div>
  );
}

/**
 * The item an item conflict is about as shown here (if it is), and a title for it: as shown, or
 * as stored (an item removed here), or as typed (an item removed by someone else).
 */
function conflictItem(strategy: TStrategy, { list, itemId, current, changes }: ItemConflict) {
  const [step, listKey] = list.split(".") as [StepKey, string];
  const found = listItems(strategy, list);
  if (!found) return { step, listKey, item: undefined, index: 0, title: null };
  const index = found.items.findIndex((i) => i.id === itemId);
  const item = found.items[index];
  const titleKey = `${list}.${itemId}.${found.def.titleField}`;
  const typed = changes.findLast((c) => c.op === "set" && c.key === titleKey);
  const asStoredOrTyped = current?.values[titleKey]?.value ?? (typed?.op === "set" ? typed.value : null);
  const title = givenTitle(found.def, item ?? { [found.def.titleField]: asStoredOrTyped });
  return { step, listKey, item, index: index >= 0 ? index : found.items.length, title };
}

/** The open item conflicts of the plan, each with its choice. */
export function ItemConflicts({
  conflicts,
  strategy,
  positions,
  step,
  queue,
}: {
  conflicts: ItemConflict[];
  strategy: TStrategy;
  positions: Record<string, number>;
  step: StepKey;
  queue: AutosaveQueue;
}) {
  const t = useTranslations("strategy.steps");
  return conflicts.map((conflict) => {
    const found = conflictItem(strategy, conflict);
    const resolve = (choice: "mine" | "theirs") => {
      // Restoring an item removed meanwhile: with everything shown of it here, at its place here.
      const values = Object.fromEntries(
        Object.entries(found.item ?? {})
          .filter(([field]) => field !== "id")
          .map(([field, value]) => [`${conflict.list}.${conflict.itemId}.${field}`, value]),
      );
      queue.resolveItemConflict(conflict.itemId, choice, { position: positions[conflict.itemId], values });
    };
    return (
      <ItemConflictNotice
        key={conflict.itemId}
        conflict={conflict}
        title={
          found.title ?? t(`${found.step}.lists.${found.listKey}.itemFallback`, { number: found.index + 1 })
        }
        shown={found.item !== undefined && found.step === step}
        onResolve={resolve}
      />
    );
  });
}
