import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadMessages, type Catalogue } from "@/lib/i18n/catalogue";
import { CLIENT_MESSAGES, clientMessages } from "@/lib/i18n/client-messages";
import { LOCALES } from "@/lib/i18n/config";
import { clientModules, usedKeys, type UsedKey } from "@/tests/support/client-translations";

// A key the browser cannot find shows up as its path ("wizard.next") instead of the text.

const entries = CLIENT_MESSAGES.map((entry) => entry.split("."));

function covers(entry: string[], key: UsedKey) {
  return (
    entry.length <= key.segments.length && entry.every((part, i) => part === "*" || part === key.segments[i])
  );
}

const isBranch = (node: unknown): node is Catalogue => typeof node === "object" && node !== null;

/** Whether at least one message (or, open-ended, one group of messages) has this key; "*" is any. */
function exists(node: unknown, segments: string[], openEnded: boolean): boolean {
  if (segments.length === 0) return openEnded ? isBranch(node) : typeof node === "string";
  if (!isBranch(node)) return false;
  const [first, ...rest] = segments as [string, ...string[]];
  const children = first === "*" ? Object.values(node) : [node[first]];
  return children.some((child) => exists(child, rest, openEnded));
}

const shown = (key: UsedKey) =>
  `${key.segments.join(".")}${key.openEnded ? ".…" : ""} (${path.relative(process.cwd(), key.file)})`;

describe("messages for the browser", () => {
  let used: UsedKey[];
  const catalogues: Partial<Record<(typeof LOCALES)[number], Catalogue>> = {};
  beforeAll(async () => {
    used = clientModules().flatMap(usedKeys);
    for (const locale of LOCALES) catalogues[locale] = await loadMessages(locale);
  });

  it("finds the client components' translations, including shared components they import", () => {
    const files = new Set(used.map((key) => path.relative(process.cwd(), key.file)));
    expect(files).toContain("components/wizard/field-control.tsx");
    // No "use client" of its own, but rendered inside the member forms.
    expect(files).toContain("components/members/role-options.tsx");
    expect(used.map((key) => key.segments.join("."))).toContain("strategy.steps.*.lists.*.fields.*.label");
  });

  it("hands the browser every key a client component asks for", () => {
    const missing = used.filter((key) => !entries.some((entry) => covers(entry, key)));
    expect(missing.map(shown)).toEqual([]);
  });

  it("asks only for keys both languages have", () => {
    for (const locale of LOCALES) {
      const absent = used.filter((key) => !exists(catalogues[locale], key.segments, key.openEnded));
      expect(absent.map(shown), locale).toEqual([]);
    }
  });

  it("lists nothing that no client component asks for, and nothing the catalogues lack", () => {
    const unused = CLIENT_MESSAGES.filter((_, i) => !used.some((key) => covers(entries[i]!, key)));
    expect(unused).toEqual([]);
    for (const locale of LOCALES) {
      const present = (entry: string[]) =>
        exists(catalogues[locale], entry, true) || exists(catalogues[locale], entry, false);
      expect(
        CLIENT_MESSAGES.filter((_, i) => !present(entries[i]!)),
        locale,
      ).toEqual([]);
    }
  });

  it("sends the step labels but keeps the server-rendered guidance and other namespaces out", () => {
    const picked = clientMessages(catalogues.de!) as {
      strategy: { steps: Record<string, Record<string, unknown>> };
      document?: unknown;
    };
    expect(Object.keys(picked.strategy.steps.goals!).sort()).toEqual(["fields", "lists", "short", "title"]);
    expect(picked.strategy.steps.goals!.lists).toEqual(
      (catalogues.de!.strategy as typeof picked.strategy).steps.goals!.lists,
    );
    expect(picked.document).toBeUndefined();
  });

  it("is much smaller than the whole catalogue", () => {
    for (const locale of LOCALES) {
      const whole = JSON.stringify(catalogues[locale]).length;
      const picked = JSON.stringify(clientMessages(catalogues[locale]!)).length;
      expect(picked, locale).toBeLessThan(whole * 0.7);
    }
  });
});
