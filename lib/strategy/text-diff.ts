import { diffWordsWithSpace } from "diff";

/** A run of text, and whether it is what changed on its side (struck out before, new after). */
export interface DiffPart {
  text: string;
  changed: boolean;
}

/** Below this share of text kept, the texts are rewritten rather than edited: no marking helps. */
const MIN_KEPT_SHARE = 0.3;

/**
 * Word by word, what was taken out of `before` and put into `after`, so a small change in a long
 * text can be found at a glance. Null when the two have too little in common to mark sensibly.
 */
export function textDiff(before: string, after: string): { before: DiffPart[]; after: DiffPart[] } | null {
  // Spaces count as words of their own, so each side reads exactly as it was written.
  const parts = diffWordsWithSpace(before, after);
  // Words only: spaces match almost always and would make any rewrite look like an edit.
  const letters = (text: string) => text.replace(/\s/g, "").length;
  const kept = parts
    .filter((part) => !part.added && !part.removed)
    .reduce((sum, part) => sum + letters(part.value), 0);
  if (kept < MIN_KEPT_SHARE * Math.max(letters(before), letters(after))) return null;
  return {
    before: parts.filter((part) => !part.added).flatMap((part) => side(part.value, part.removed)),
    after: parts.filter((part) => !part.removed).flatMap((part) => side(part.value, part.added)),
  };
}

/** A part as shown; spaces around changed words are left unmarked, so only the words stand out. */
function side(text: string, changed: boolean): DiffPart[] {
  if (!changed) return [{ text, changed }];
  const [, lead = "", core = "", trail = ""] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? [];
  return [
    { text: lead, changed: false },
    { text: core, changed: true },
    { text: trail, changed: false },
  ].filter((part) => part.text !== "");
}
