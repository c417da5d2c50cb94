import type { Finding } from "./readiness";
import type { StepKey } from "./steps";

/**
 * A finding's message values, with every entry named in the reader's language: a channel without
 * a name by its platform ("Beim Kanal „Instagram“ …", not "„instagram“"), any other entry without
 * a title as the form calls it ("Ziel 2", not "2"). Apart from the readiness check, so that
 * showing a finding does not load the check into the browser.
 */
export function findingValues(
  finding: Finding,
  label: {
    platform: (platform: string) => string;
    /** The list's name for an entry without a title: its `itemFallback` text. */
    untitled: (step: StepKey, list: string, number: number) => string;
  },
) {
  const params = finding.params ?? {};
  if (params.name !== undefined) return params;
  if (typeof params.platform === "string") return { ...params, name: label.platform(params.platform) };
  const { step, list } = finding.target;
  if (typeof params.number === "number" && list)
    return { ...params, name: label.untitled(step, list, params.number) };
  return params;
}
