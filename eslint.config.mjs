import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    ".data/**",
    "lib/db/generated/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
  ]),
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { "@typescript-eslint": tseslint.plugin },
    rules: {
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // The validated environment in lib/env.ts is the only reader of process.env.
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Import { env } from '@/lib/env' instead." },
      ],
      // Dates follow each language's conventions (FORMAT_LOCALE), which next-intl's own formatter
      // would not apply.
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "next-intl/server",
              importNames: ["getFormatter"],
              message: "Import getFormatter from '@/lib/i18n/formatter' instead.",
            },
            {
              name: "next-intl",
              importNames: ["useFormatter"],
              message: "Import useFormatter from '@/lib/i18n/use-formatter' instead.",
            },
          ],
        },
      ],
      // The catalogues are precompiled (next.config.ts): next-intl refuses t.raw() in development.
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name='raw'][callee.object.name=/^t/]",
          message: "Precompiled messages have no raw form: read each message with t() (t.has() finds them).",
        },
      ],
    },
  },
  {
    files: [
      "lib/env.ts",
      "scripts/**",
      "bench/**",
      "tests/**",
      "playwright.config.ts",
      "vitest.config.ts",
      "next.config.ts",
    ],
    rules: { "no-restricted-properties": "off" },
  },
]);
