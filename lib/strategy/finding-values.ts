import type { Finding } from "./readiness";

/**
 * A finding's message values: a channel without a name is named by its platform, in the reader's
 * language ("Beim Kanal „Instagram“ …", not "„instagram“"). Apart from the readiness check, so
 * that showing a finding does not load the check into the browser.
 */
export function findingValues(finding: Finding, platformLabel: (platform: string) => string) {
  const params = finding.params ?? {};
  return typeof params.platform === "string" && params.name === undefined
    ? { ...params, name: platformLabel(params.platform) }
    : params;
}
