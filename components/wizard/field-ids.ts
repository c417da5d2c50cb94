/** The DOM id of a field's control; readiness findings link here. */
export function fieldDomId(key: string) {
  return `f-${key.replaceAll(".", "-")}`;
}
