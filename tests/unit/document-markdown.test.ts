import { describe, expect, it } from "vitest";
import { escapeMarkdown, renderDocumentMarkdown } from "@/lib/document/markdown";
import type { PlanDocument } from "@/lib/document/types";

const doc = (value: string): PlanDocument => ({
  lang: "de",
  kind: "Social-Media-Strategie",
  title: "Plan",
  institution: "X",
  runningHeader: "X",
  cover: [],
  contentsTitle: "Inhalt",
  sections: [
    {
      id: "start",
      number: 1,
      title: "Ausgangslage",
      blocks: [
        { kind: "fields", rows: [{ label: "Auftrag", value }] },
        { kind: "table", caption: "Zielgruppen", columns: ["Name", "Beschreibung"], rows: [[value, "a\nb"]] },
      ],
    },
  ],
  colophon: "Erstellt",
  pageNumbering: ["Seite ", " von ", ""],
});

describe("Markdown export", () => {
  it("turns no typed text into links, images or HTML", () => {
    const md = renderDocumentMarkdown(
      doc("[klick](https://evil.example) ![x](y) <img src=x onerror=alert(1)> a|b"),
    );
    expect(md).not.toMatch(/(?<!\\)\[klick\]/);
    expect(md).not.toMatch(/(?<!\\)<img/);
    expect(md).toContain("\\<img");
    expect(escapeMarkdown("a|b")).toBe("a\\|b");
  });

  it("keeps tables intact: pipes escaped, line breaks inside cells joined", () => {
    const md = renderDocumentMarkdown(doc("Jugendliche | Eltern"));
    expect(md).toContain("| Name | Beschreibung |\n| --- | --- |\n| Jugendliche \\| Eltern | a / b |");
  });

  it("leaves ordinary text readable", () => {
    expect(renderDocumentMarkdown(doc("25. November 2026, 2.400 € (brutto)"))).toContain(
      "**Auftrag:** 25. November 2026, 2.400 € (brutto)",
    );
  });
});
