/** The DOM id of a field's control (of a yes/no field, its group of radio buttons); readiness findings link here. */
export function fieldDomId(key: string) {
  return `f-${key.replaceAll(".", "-")}`;
}

/** The DOM id of the notice where someone chooses which of two versions of a field stands. */
export function conflictDomId(key: string) {
  return `conflict-${key.replaceAll(".", "-")}`;
}

/** A yes/no field's answers, each a radio button with an id of its own after the field's. */
export const FLAG_ANSWERS = [
  { answer: true, key: "yes" },
  { answer: false, key: "no" },
  { answer: null, key: "unanswered" },
] as const;

export function flagAnswerDomId(fieldId: string, key: (typeof FLAG_ANSWERS)[number]["key"]) {
  return `${fieldId}-${key}`;
}
