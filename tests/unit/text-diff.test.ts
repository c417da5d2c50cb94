import { describe, expect, it } from "vitest";
import { textDiff } from "@/lib/strategy/text-diff";

const marked = (parts: { text: string; changed: boolean }[]) =>
  parts.filter((part) => part.changed).map((part) => part.text);

describe("the word-by-word comparison of a changed text", () => {
  it("marks only the words taken out and put in, umlauts and punctuation included", () => {
    const diff = textDiff(
      "Wir beraten Eltern und Jugendliche im Stadtgebiet.",
      "Wir beraten Eltern, Großeltern und Jugendliche im ganzen Stadtgebiet!",
    )!;
    expect(marked(diff.before)).toEqual(["."]);
    expect(marked(diff.after)).toEqual([",", "Großeltern", "ganzen", "!"]);
    // Each side reads as its whole text again.
    expect(diff.before.map((part) => part.text).join("")).toBe(
      "Wir beraten Eltern und Jugendliche im Stadtgebiet.",
    );
    expect(diff.after.map((part) => part.text).join("")).toBe(
      "Wir beraten Eltern, Großeltern und Jugendliche im ganzen Stadtgebiet!",
    );
  });

  it("finds a small insertion in a long text", () => {
    const long = "Die Demo-Jugendhilfe begleitet junge Menschen und ihre Familien im Stadtgebiet. ".repeat(
      10,
    );
    const diff = textDiff(long, `${long}Neu: Beratung auch per Video.`)!;
    expect(marked(diff.before)).toEqual([]);
    expect(marked(diff.after).join("")).toContain("Neu: Beratung auch per Video.");
  });

  it("marks nothing where a text was rewritten rather than edited", () => {
    expect(
      textDiff("Wir posten zweimal pro Woche auf Instagram.", "Ein Newsletter erscheint monatlich."),
    ).toBeNull();
    // Short words share their spaces, which do not make a rewrite an edit.
    expect(textDiff("a b c d e f", "g h i j k l")).toBeNull();
  });
});
