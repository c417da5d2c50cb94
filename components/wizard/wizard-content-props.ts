import "server-only";
import type { PlanContent } from "@/lib/access/plan-content";
import { packRevisions } from "@/lib/autosave/revisions";
import { checkReadiness } from "@/lib/strategy/readiness";
import { isPublicBody } from "@/lib/strategy/steps";
import type { WizardShellProps } from "./wizard-shell";

/**
 * What the wizard starts from, for members' and guests' wizards alike: the plan's content as
 * loaded, and its readiness check done here so the browser loads the check only with a change.
 */
export function wizardContentProps(
  content: PlanContent,
  institutionType: string,
  /** Today in Berlin (YYYY-MM-DD), for the readiness check's dates. */
  today: string,
): Pick<
  WizardShellProps,
  | "isPublicBody"
  | "initialStrategy"
  | "initialRevisions"
  | "initialPositions"
  | "initialPlanRevision"
  | "initialReadiness"
> {
  const publicBody = isPublicBody(institutionType);
  return {
    isPublicBody: publicBody,
    initialStrategy: content.strategy,
    initialRevisions: packRevisions(content.revisions),
    initialPositions: content.positions,
    initialPlanRevision: content.planRevision,
    initialReadiness: checkReadiness(content.strategy, { isPublicBody: publicBody, today }),
  };
}
