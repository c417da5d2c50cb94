import { describe, expect, it } from "vitest";
import { contentDisposition } from "@/lib/document/export";

/** The name a browser saves the file under (RFC 6266: filename* wins over filename). */
const savedAs = (header: string) => decodeURIComponent(header.split("filename*=UTF-8''")[1]!);

describe("an export's file name", () => {
  it("keeps edition and language when the plan's title is long, so two downloads differ", () => {
    const title = `Social-Media-Strategie des Landesamts für ${"Jugend, Familie und Soziales ".repeat(5)}`;
    const english = contentDisposition(title, "pdf", " v2 (EN)");
    const german = contentDisposition(title, "pdf", " v2");
    expect(savedAs(english)).toMatch(/^Social-Media-Strategie des Landesamts .+ v2 \(EN\)\.pdf$/);
    expect(savedAs(german)).toMatch(/ v2\.pdf$/);
    expect(english).toMatch(/filename="Social-Media-Strategie-[A-Za-z-]+-v2-EN\.pdf"/);
  });

  it("escapes what RFC 5987 does not allow in filename*, such as parentheses", () => {
    const header = contentDisposition("Strategie 2027", "md", " (EN)");
    expect(header).toContain("filename*=UTF-8''Strategie%202027%20%28EN%29.md");
    expect(savedAs(header)).toBe("Strategie 2027 (EN).md");
  });
});
