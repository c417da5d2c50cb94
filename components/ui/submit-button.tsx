"use client";

import { useFormStatus } from "react-dom";
import { Button, type ButtonProps } from "./button";

/** A submit button that is disabled and says so while its form is being sent. */
export function SubmitButton({
  pendingLabel,
  children,
  disabled,
  "aria-label": label,
  ...props
}: ButtonProps & { pendingLabel: string }) {
  const { pending } = useFormStatus();
  // While pending, the visible "saving" text is the name, not the label naming the action.
  return (
    <Button type="submit" disabled={pending || disabled} aria-label={pending ? undefined : label} {...props}>
      {pending ? pendingLabel : children}
    </Button>
  );
}
