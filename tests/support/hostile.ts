import fc from "fast-check";

/** Strings an attacker or a broken client might send: odd Unicode, payloads, lengths. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({
    unit: fc.constantFrom(
      "\u0000",
      "\u202e",
      "\ud800",
      "\udfff",
      "\ufeff",
      "🙂",
      "e\u0301",
      "\uffff",
      "<",
      "'",
      '"',
      "\\",
      "\n",
      "a",
    ),
    maxLength: 30,
  }),
  fc.constantFrom(
    `'; DROP TABLE "User"; --`,
    "' OR '1'='1",
    "<script>alert(1)</script>",
    `<img src=x onerror="alert(1)">`,
    "{{constructor.constructor('alert(1)')()}}",
    "__proto__",
    "constructor",
    "prototype",
    "../../etc/passwd",
    "%00",
    "null",
    "NaN",
    "-1",
    "1e309",
    "",
    " ",
  ),
  fc.integer({ min: 200, max: 70_000 }).map((n) => "x".repeat(n)),
);

const hostileKey = fc.oneof(
  hostileString.filter((s) => s.length < 100),
  fc.constantFrom("__proto__", "constructor", "prototype", "toString", "hasOwnProperty"),
);

/** Any JSON-ish value, including deep nesting and keys that are dangerous for naive merging. */
export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.dictionary(hostileKey, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 6 }),
  fc
    .integer({ min: 1, max: 200 })
    .map((depth) => JSON.parse("[".repeat(depth) + "]".repeat(depth)) as unknown),
  fc
    .integer({ min: 1, max: 200 })
    .map((depth) => JSON.parse('{"a":'.repeat(depth) + "1" + "}".repeat(depth)) as unknown),
  fc.constant(
    JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}') as unknown,
  ),
  hostileString,
  fc.constantFrom(null, true, false, 0, -0, 1e308, -1, 0.5, Number.MAX_SAFE_INTEGER + 2),
);
