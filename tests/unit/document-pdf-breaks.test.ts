import { describe, expect, it } from "vitest";
import { withBreakPoints } from "@/lib/document/pdf";
import type { PlanDocument } from "@/lib/document/types";

const SOFT = "\u00AD";

function doc(lang: PlanDocument["lang"], cell: string): PlanDocument {
  return {
    lang,
    kind: "",
    title: "",
    institution: "",
    runningHeader: "",
    cover: [],
    contentsTitle: "",
    colophon: "",
    pageNumbering: ["", "", ""],
    sections: [
      {
        id: "goals",
        number: 2,
        title: "Ziele",
        blocks: [
          { kind: "table", caption: "Ziele", columns: ["Zielgruppe"], rows: [[cell]] },
          { kind: "paragraph", text: cell },
        ],
      },
    ],
  } as unknown as PlanDocument;
}

describe("table cells in the PDF", () => {
  it("get break points by the rules of the document's language, so long words fit narrow columns", () => {
    const [table, paragraph] = withBreakPoints(doc("de", "Eltern und Sorgeberechtigte")).sections[0]!.blocks;
    expect(table).toMatchObject({
      rows: [[`Eltern und Sor${SOFT}ge${SOFT}be${SOFT}rech${SOFT}tig${SOFT}te`]],
    });
    // Text with room to wrap stays as written.
    expect(paragraph).toEqual({ kind: "paragraph", text: "Eltern und Sorgeberechtigte" });

    const [english] = withBreakPoints(doc("en", "Parents and guardians of participants")).sections[0]!.blocks;
    if (english?.kind !== "table") throw new Error("a table");
    expect(english.rows[0]![0]!.replaceAll(SOFT, "")).toBe("Parents and guardians of participants");
    expect(english.rows[0]![0]).toContain(`guard${SOFT}i${SOFT}ans`);
  });

  it("leave web and e-mail addresses and handles whole: a hyphen would change them", () => {
    const cell =
      "Kontakt: presse@beratungsstelle-lindenhof.de, www.beratungsstelle-lindenhof.de/angebote und @lindenhofberatung";
    const [table] = withBreakPoints(doc("de", cell)).sections[0]!.blocks;
    if (table?.kind !== "table") throw new Error("a table");
    for (const address of [
      "presse@beratungsstelle-lindenhof.de,",
      "www.beratungsstelle-lindenhof.de/angebote",
      "@lindenhofberatung",
    ])
      expect(table.rows[0]![0]).toContain(address);
  });
});
