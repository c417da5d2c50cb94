import { fieldApplies, type FieldDef, type ListDef } from "./fields";
import { STEPS, STEP_KEYS, type StepKey, type TStrategy } from "./steps";

export type StepState = "empty" | "started" | "complete" | "problems";

const filled = (value: unknown) => value !== null && value !== undefined && value !== "";

/** How far a step is: nothing yet, started, every required answer given. */
export function stepCompletion(
  strategy: TStrategy,
  step: StepKey,
  isPublicBody: boolean,
): Exclude<StepState, "problems"> {
  const def = STEPS[step];
  const values = strategy[step] as Record<string, unknown>;
  let anything = false;
  let missing = false;
  for (const [key, field] of Object.entries(def.fields as Record<string, FieldDef>)) {
    if (filled(values[key])) anything = true;
    else if (field.required && fieldApplies(field, isPublicBody)) missing = true;
  }
  for (const [key, list] of Object.entries(def.lists as Record<string, ListDef>)) {
    const items = values[key] as Record<string, unknown>[];
    if (items.length > 0) anything = true;
    if (items.length < list.minItems) missing = true;
    for (const item of items) {
      for (const [fieldKey, field] of Object.entries(list.fields)) {
        if (field.required && fieldApplies(field, isPublicBody, item) && !filled(item[fieldKey]))
          missing = true;
      }
    }
  }
  if (!anything) return "empty";
  return missing ? "started" : "complete";
}

/** Every step's state; a step that a readiness blocker points to "has problems". */
export function stepStates(
  strategy: TStrategy,
  isPublicBody: boolean,
  blockerSteps: ReadonlySet<string>,
): Record<StepKey, StepState> {
  const states = {} as Record<StepKey, StepState>;
  for (const step of STEP_KEYS) {
    const completion = stepCompletion(strategy, step, isPublicBody);
    states[step] = blockerSteps.has(step) && completion !== "empty" ? "problems" : completion;
  }
  return states;
}
