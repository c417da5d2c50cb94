import { writeFile } from "node:fs/promises";
import { format, resolveConfig } from "prettier";
import { renderAuthorizationMatrix } from "@/lib/security/authorization-matrix";

// docs/authorization-matrix.md is generated: the table in lib/security is the source of truth.
// Formatted as `npm run format` would, so the two never fight over the file.
const target = "docs/authorization-matrix.md";
const options = { ...(await resolveConfig(target)), parser: "markdown" };
await writeFile(target, await format(renderAuthorizationMatrix(), options));
console.log(`${target} written`);
