import { describe, expect, it } from "vitest";
import { mentionedMembers } from "@/lib/comments/mentions";

const members = [
  { userId: "1", name: "Dieter Direktor", email: "director@example.org" },
  { userId: "2", name: "Eva Engel", email: "eva@example.org" },
  { userId: "3", name: "Evangelos Papadopoulos", email: "e.papa@example.org" },
  { userId: "4", name: "Anna Admin", email: "admin@example.org" },
  { userId: "5", name: "Anna Berg", email: "berg@example.org" },
];
const who = (body: string) => mentionedMembers(body, members).map((m) => m.name);

describe("mentions in a comment", () => {
  it("name someone by full name, e-mail name or first name", () => {
    expect(who("Bitte @Eva Engel ansehen.")).toEqual(["Eva Engel"]);
    expect(who("@eva schaust du?")).toEqual(["Eva Engel"]);
    expect(who("@Dieter bitte einmal ansehen")).toEqual(["Dieter Direktor"]);
    expect(who("Frage an @evangelos und @BERG.")).toEqual(["Evangelos Papadopoulos", "Anna Berg"]);
  });

  it("end where the name ends, and need the name to be unambiguous", () => {
    expect(who("@Evaluation folgt")).toEqual([]);
    expect(who("Schreib an eva@example.org")).toEqual([]);
    // Two Annas: the first name alone says nobody; the full name or the e-mail name does.
    expect(who("@Anna kannst du?")).toEqual([]);
    expect(who("@Anna Admin kannst du?")).toEqual(["Anna Admin"]);
  });
});
