"use client";

import { useEffect, useRef } from "react";
import type { FormState } from "@/lib/actions/form-state";

/**
 * After the server refuses a form, moves the focus to its first marked field (or, without one, to
 * its error message), so keyboard and screen-reader users land where the problem is instead of
 * at the top of the page. Returns the ref for the form, or for the element around it where the
 * form's message is shown below it.
 */
export function useFocusOnError<T extends HTMLElement = HTMLFormElement>(state: FormState) {
  const form = useRef<T>(null);
  useEffect(() => {
    if (state.status !== "error") return;
    const target =
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      form.current?.querySelector<HTMLElement>('[role="alert"]');
    if (target && !target.matches("input, select, textarea, button")) target.tabIndex = -1;
    target?.focus();
  }, [state]);
  return form;
}
