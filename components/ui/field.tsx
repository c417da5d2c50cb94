"use client";

import { useEffect, useRef, useState, type ComponentProps, type ChangeEvent, type ReactNode } from "react";
import { clsx } from "clsx";
import { FieldNotes, notesDescribedBy } from "./field-notes";

/**
 * Classes are joined, not merged: these fields are used in client forms, where tailwind-merge would
 * cost about 8 kB gzip. A `className` stands in for the full width (e.g. "w-24").
 */
const controlClass =
  "block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-xs placeholder:text-slate-500 focus-visible:border-brand-700 aria-[invalid=true]:border-red-700 disabled:cursor-not-allowed disabled:bg-slate-100 disabled:text-slate-600";

interface FieldShellProps extends LabelledProps {
  children: (describedBy: string | undefined) => ReactNode;
}

/** Label, control, hint and error wired together for screen readers. */
function FieldShell({ id, label, error, hint, children }: FieldShellProps) {
  const describedBy = notesDescribedBy(id, hint, error);
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children(describedBy)}
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}

interface LabelledProps {
  id: string;
  label: string;
  error?: string;
  hint?: ReactNode;
}

/** What every control shares: its id, its invalid state, its descriptions and its look. */
function controlProps(
  id: string,
  error: string | undefined,
  describedBy: string | undefined,
  className?: string,
) {
  return {
    id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
    className: clsx(controlClass, className ?? "w-full"),
  };
}

/**
 * An error the server sent back is about what was submitted: once the person changes the field it
 * no longer describes it, so it goes, and the next submission's answer brings it back if it still
 * applies. An error the form works out while typing (it changes with the input) stays shown: only
 * the error there was when the person started changing the field goes.
 */
function useErrorUntilEdited<T extends HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
  error: string | undefined,
  onEdit: ((event: ChangeEvent<T>) => void) | undefined,
) {
  const ref = useRef<T>(null);
  // The error shown when the field was first changed since the last submission; null: unchanged.
  const [editedFrom, setEditedFrom] = useState<{ error: string | undefined } | null>(null);
  useEffect(() => {
    const form = ref.current?.form;
    if (!form) return;
    const submitted = () => setEditedFrom(null);
    form.addEventListener("submit", submitted);
    return () => form.removeEventListener("submit", submitted);
  }, []);
  return {
    ref,
    shown: editedFrom !== null && editedFrom.error === error ? undefined : error,
    onEdit: (event: ChangeEvent<T>) => {
      setEditedFrom((from) => from ?? { error });
      onEdit?.(event);
    },
  };
}

export function InputField({
  id,
  label,
  error,
  hint,
  className,
  onChange,
  ...props
}: ComponentProps<"input"> & LabelledProps) {
  const field = useErrorUntilEdited<HTMLInputElement>(error, onChange);
  return (
    <FieldShell id={id} label={label} error={field.shown} hint={hint}>
      {(describedBy) => (
        <input
          ref={field.ref}
          onChange={field.onEdit}
          {...controlProps(id, field.shown, describedBy, className)}
          {...props}
        />
      )}
    </FieldShell>
  );
}

export function TextareaField({
  id,
  label,
  error,
  hint,
  className,
  onChange,
  ...props
}: ComponentProps<"textarea"> & LabelledProps) {
  const field = useErrorUntilEdited<HTMLTextAreaElement>(error, onChange);
  return (
    <FieldShell id={id} label={label} error={field.shown} hint={hint}>
      {(describedBy) => (
        <textarea
          ref={field.ref}
          onChange={field.onEdit}
          {...controlProps(id, field.shown, describedBy, className)}
          {...props}
        />
      )}
    </FieldShell>
  );
}

export function SelectField({
  id,
  label,
  error,
  hint,
  className,
  children,
  ...props
}: ComponentProps<"select"> & LabelledProps) {
  return (
    <FieldShell id={id} label={label} error={error} hint={hint}>
      {(describedBy) => (
        <select
          // React sets a select's default only when it mounts, and resets a form after its action:
          // without a new mount, a choice sent back with an error would fall back to the first one.
          key={typeof props.defaultValue === "string" ? props.defaultValue : undefined}
          {...controlProps(id, error, describedBy, className)}
          {...props}
        >
          {children}
        </select>
      )}
    </FieldShell>
  );
}
