import { describe, expect, it } from "vitest";
import { cachedPage } from "@/lib/document/page-cache";

// The shared-document page cache: a page rendered once is served again for a minute, so a link
// opened by a whole workshop does not render the document for each person.
describe("shared page cache", () => {
  it("renders a page once and serves it again until it is a minute old", async () => {
    let renders = 0;
    const render = () => Promise.resolve(`page ${++renders}`);
    expect(await cachedPage("plan-a", render, 0)).toBe("page 1");
    expect(await cachedPage("plan-a", render, 59_000)).toBe("page 1");
    expect(await cachedPage("plan-a", render, 60_000)).toBe("page 2");
  });

  it("does not remember a page that was not found or failed to render", async () => {
    let renders = 0;
    expect(await cachedPage("gone", () => Promise.resolve((renders++, null)), 0)).toBeNull();
    await expect(cachedPage("broken", () => Promise.reject(new Error("boom")), 0)).rejects.toThrow("boom");
    expect(await cachedPage("gone", () => Promise.resolve(`page ${++renders}`), 1)).toBe("page 2");
    expect(await cachedPage("broken", () => Promise.resolve("now fine"), 1)).toBe("now fine");
  });

  it("keeps the most recently rendered pages when it is full", async () => {
    const start = 1_000_000;
    for (let index = 0; index < 250; index++) {
      await cachedPage(`many-${index}`, () => Promise.resolve(`first ${index}`), start);
    }
    const again = (index: number) => cachedPage(`many-${index}`, () => Promise.resolve("again"), start + 1);
    expect(await again(249)).toBe("first 249");
    expect(await again(0)).toBe("again");
  });
});
