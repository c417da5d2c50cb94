/*
 * Checks every request body passes before its own schema: PostgreSQL cannot store the NUL
 * character or half a UTF-16 surrogate pair (JSON can spell both, "\u0000" and "\udfff"; either
 * would be a database error, a 500), and very deep JSON only serves to exhaust the stack of
 * whatever walks it.
 */
export const MAX_JSON_DEPTH = 32;

export type InputProblem = "invalidCharacters" | "tooDeep";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const unstorable = (text: string) => text.includes("\u0000") || LONE_SURROGATE.test(text);

/** Walks a parsed JSON value without recursion; the first problem found, or null. */
export function findInputProblem(value: unknown, maxDepth = MAX_JSON_DEPTH): InputProblem | null {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    if (typeof current === "string") {
      if (unstorable(current)) return "invalidCharacters";
    } else if (current !== null && typeof current === "object") {
      if (depth >= maxDepth) return "tooDeep";
      for (const [key, child] of Object.entries(current)) {
        if (unstorable(key)) return "invalidCharacters";
        stack.push({ value: child, depth: depth + 1 });
      }
    }
  }
  return null;
}

/** A plan or item id from a URL or a form: cuid-like, nothing else. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/** An institution's slug, as lib/access/slug.ts makes them. */
export const SLUG_PATTERN = /^[a-z0-9-]{1,64}$/;
