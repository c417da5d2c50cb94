import { getTranslations } from "next-intl/server";
import type { DiffPart } from "@/lib/strategy/text-diff";

/**
 * One side of a changed text with what changed marked: struck out on the old side, underlined on
 * the new, in colour too. Screen readers hear where each marked part starts and ends.
 */
export async function TextDiffSide({ parts, side }: { parts: DiffPart[]; side: "before" | "after" }) {
  const t = await getTranslations("compare.diff");
  return (
    <>
      {parts.map((part, index) =>
        !part.changed ? (
          part.text
        ) : side === "before" ? (
          <del key={index} className="rounded-sm bg-red-100 text-red-900 decoration-red-700">
            <span className="sr-only">{t("removedStart")}</span>
            {part.text}
            <span className="sr-only">{t("end")}</span>
          </del>
        ) : (
          <ins key={index} className="rounded-sm bg-emerald-100 text-emerald-950 decoration-emerald-700">
            <span className="sr-only">{t("addedStart")}</span>
            {part.text}
            <span className="sr-only">{t("end")}</span>
          </ins>
        ),
      )}
    </>
  );
}
