"use client";

import { useEffect, useRef } from "react";
import type { StepKey } from "@/lib/strategy/steps";
import { FLAG_ANSWERS, fieldDomId, flagAnswerDomId } from "./field-ids";

/**
 * The shell stays mounted from step to step, so the focus would stay on the link that was followed
 * ("Weiter", now pointing one step further): a second Enter would skip a step unread. After a step
 * change the focus moves to the new step's heading, where reading starts; not on the first load.
 * A link to a field (a readiness finding's "…#field") leads to that field instead, scrolled to.
 */
export function useFocusOnStepChange(step: StepKey) {
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = useRef(step);
  useEffect(() => {
    if (shown.current === step) return;
    shown.current = step;
    const hash = decodeURIComponent(window.location.hash.slice(1));
    const field = hash ? document.getElementById(hash) : null;
    // A yes/no field is a group of radio buttons: the cursor goes to the answer given so far.
    const target = field?.matches("fieldset") ? field.querySelector<HTMLElement>("input:checked") : field;
    if (target?.matches("input, select, textarea")) target.focus();
    else heading.current?.focus({ preventScroll: target !== null });
  }, [step]);
  return heading;
}

/** Whether a field's control (or one of its radio buttons) has the focus. */
export function isFocused(key: string) {
  const id = document.activeElement?.id;
  const fieldId = fieldDomId(key);
  return id === fieldId || FLAG_ANSWERS.some(({ key }) => id === flagAnswerDomId(fieldId, key));
}
