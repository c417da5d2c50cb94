import type { ReactNode } from "react";

// Its own module: the wizard's field controls use it without the form fields of components/ui/field.

/**
 * Under a control: its hint and what is wrong with it, as `${id}-hint` and `${id}-error`, the ids
 * the control's aria-describedby names.
 */
export function FieldNotes({ id, hint, error }: { id: string; hint?: ReactNode; error?: string | null }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </>
  );
}

/** The ids of a control's notes, for its aria-describedby; `more` adds ids of notes of its own. */
export function notesDescribedBy(id: string, hint: unknown, error: unknown, ...more: (string | undefined)[]) {
  return (
    [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined, ...more].filter(Boolean).join(" ") ||
    undefined
  );
}
