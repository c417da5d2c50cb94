/**
 * Records that must outlive an account (audit log, comments, approvals, check-ins, share links)
 * keep the author's name as text. When the account is deleted that text becomes '' — no real name
 * is empty — and the interface shows "deleted account" in the reader's language instead.
 */
export const ANONYMISED_NAME = "";

/** The name to show for a stored name snapshot. */
export function shownName(name: string | null | undefined, deletedAccountLabel: string): string {
  return name ? name : deletedAccountLabel;
}
