import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";

const DIR = path.join(process.cwd(), "lib", "i18n", "messages");

/**
 * The keys written twice within one object of a JSON text, as "outer.key". JSON.parse keeps the
 * last of them without a word, so a new message under a name in use replaces the old one.
 */
function repeatedKeys(text: string): string[] {
  const repeated: string[] = [];
  const objects: { path: string; keys: Set<string> }[] = [];
  let lastString = "";
  let pendingKey = "";
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '"') {
      let end = index + 1;
      while (text[end] !== '"') end += text[end] === "\\" ? 2 : 1;
      lastString = JSON.parse(text.slice(index, end + 1)) as string;
      index = end;
    } else if (char === ":") {
      const object = objects.at(-1)!;
      if (object.keys.has(lastString)) repeated.push(`${object.path}${lastString}`);
      object.keys.add(lastString);
      pendingKey = lastString;
    } else if (char === "{") {
      const parent = objects.at(-1);
      objects.push({ path: parent ? `${parent.path}${pendingKey}.` : "", keys: new Set() });
    } else if (char === "}") {
      objects.pop();
    }
  }
  return repeated;
}

describe("the message catalogue files", () => {
  it("name no key twice in one place", async () => {
    const files = (await readdir(DIR)).filter((name) => name.endsWith(".json"));
    expect(files.length).toBeGreaterThan(2);
    for (const file of files) {
      expect(repeatedKeys(await readFile(path.join(DIR, file), "utf8")), file).toEqual([]);
    }
  });

  it("are checked by a reader that does find a repeated key", () => {
    expect(repeatedKeys('{ "errors": { "a": "x", "b": "{y}", "a": "z" }, "a": "\\"" }')).toEqual([
      "errors.a",
    ]);
  });
});
