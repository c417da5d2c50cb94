import type { Catalogue } from "./catalogue";

/**
 * The parts of the catalogue that client components translate; the root layout hands only these
 * to the browser. Server components translate on the server and need nothing there, and the whole
 * catalogue in every page's HTML would be about 70 KB. Mostly whole namespaces; single keys where
 * a namespace is mostly rendered on the server and a client form uses a few of its texts (the
 * living plan's check-in, account deletion, single sign-on, share links, the plan import), and of
 * the strategy's step texts only the labels: the guidance (why, example, pitfalls) is rendered on
 * the server. "*" stands for every key at that level.
 * tests/unit/client-messages.test.ts reads every client module and fails when one asks for a key
 * outside this list, or when an entry here is no longer asked for.
 */
export const CLIENT_MESSAGES = [
  "account",
  "approval",
  "auth",
  "capacity",
  "comments",
  "common",
  "documentPage.languages",
  "errorPage",
  "errors",
  "import.choose",
  "import.errors.noFile",
  "import.errors.tooLarge",
  "import.file",
  "import.importing",
  "import.noFile",
  "import.submit",
  "institutionType",
  "invitation",
  "layout",
  "lifecycle.confirmNameLabel",
  "lifecycle.deleteAccountButton",
  "lifecycle.deleteAccountEmail",
  "lifecycle.deleteAccountPassword",
  "lifecycle.deleteInstitutionButton",
  "lifecycle.deletingAccount",
  "lifecycle.deletingInstitution",
  "live",
  "living.actualValue",
  "living.actualValueUnit",
  "living.goalsLegend",
  "living.itemNote",
  "living.measuresLegend",
  "living.milestonesLegend",
  "living.notAssessedOption",
  "living.note",
  "living.save",
  "living.saving",
  "living.stateLabel",
  "living.states",
  "members",
  "notifications",
  "passwordReset.save",
  "plans",
  "readiness",
  "register",
  "review",
  "role",
  "settings.nameHint",
  "settings.nameLabel",
  "settings.save",
  "settings.saving",
  "settings.typeHint",
  "settings.typeLabel",
  "share.create",
  "share.creating",
  "share.expiryHint",
  "share.expiryLabel",
  "share.languageLabel",
  "share.linkLabel",
  "share.versionLabel",
  "sso.domainsHint",
  "sso.domainsLabel",
  "sso.domainsPlaceholder",
  "sso.redirecting",
  "sso.saveDomains",
  "sso.savingDomains",
  "sso.signInWith",
  "strategy.compliance",
  "strategy.options",
  "strategy.units",
  "strategy.cadence",
  "strategy.steps.*.title",
  "strategy.steps.*.short",
  "strategy.steps.*.fields",
  "strategy.steps.*.lists",
  "templates",
  "validation",
  "wizard",
  "workshop.guest",
  "workshop.links",
  "workshop.steps",
  "workshopTools",
] as const;

const PATHS = CLIENT_MESSAGES.map((entry) => entry.split("."));

function pick(source: Catalogue, paths: string[][]): Catalogue {
  const picked: Catalogue = {};
  for (const [key, value] of Object.entries(source)) {
    const matching = paths.filter(([first]) => first === key || first === "*");
    if (matching.some((path) => path.length === 1)) picked[key] = value;
    else if (matching.length > 0 && value && typeof value === "object" && !Array.isArray(value)) {
      const inner = pick(
        value as Catalogue,
        matching.map((path) => path.slice(1)),
      );
      if (Object.keys(inner).length > 0) picked[key] = inner;
    }
  }
  return picked;
}

/**
 * The client's part of a catalogue. Works on the precompiled catalogue as well: precompiling
 * turns each message into its compiled form but keeps the nesting of the keys.
 */
export function clientMessages(messages: Catalogue): Catalogue {
  return pick(messages, PATHS);
}
