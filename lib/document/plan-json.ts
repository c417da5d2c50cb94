import { z } from "zod";
import { findInputProblem, ID_PATTERN } from "@/lib/security/input";
import { fieldSchema } from "@/lib/strategy/field-schema";
import type { FieldDef, ListDef } from "@/lib/strategy/fields";
import { STEPS, STEP_KEYS, type TStrategy } from "@/lib/strategy/steps";
import type { PrefillRows } from "@/lib/strategy/template-rows";

/**
 * Wegweiser's plan file: the complete content of a plan (the draft or an approved version) in a
 * documented, versioned format. See docs/plan-format.md. Version 1:
 *
 * {
 *   "format": "wegweiser-plan", "version": 1, "exportedAt": ISO timestamp,
 *   "plan": { "title": string, "language": "de" | "en" },
 *   "source": { "institution": string, "edition": "draft" | <version number>, "approvedAt"?: ISO },
 *   "content": { <step>: { <field>: value | null, <list>: [{ "id": string, <field>: value | null }] } }
 * }
 *
 * Item ids are kept, so references between lists (a goal's target group) survive an import.
 */
export const PLAN_FORMAT = "wegweiser-plan";
export const PLAN_FORMAT_VERSION = 1;
/** Plans are a few hundred kilobytes at most; anything larger is not a plan file. */
export const PLAN_FILE_MAX_BYTES = 1024 * 1024;

export interface PlanFile {
  format: typeof PLAN_FORMAT;
  version: typeof PLAN_FORMAT_VERSION;
  exportedAt: string;
  plan: { title: string };
  source: { institution: string; edition: "draft" | number; approvedAt: string | null };
  content: TStrategy;
}

export function toPlanFile(input: {
  title: string;
  institution: string;
  edition: "draft" | number;
  approvedAt: Date | null;
  strategy: TStrategy;
  exportedAt: Date;
}): PlanFile {
  return {
    format: PLAN_FORMAT,
    version: PLAN_FORMAT_VERSION,
    exportedAt: input.exportedAt.toISOString(),
    plan: { title: input.title },
    source: {
      institution: input.institution,
      edition: input.edition,
      approvedAt: input.approvedAt?.toISOString() ?? null,
    },
    content: input.strategy,
  };
}

const ZItemId = z.string().regex(ID_PATTERN, "invalid");

function fieldShape(fields: Record<string, FieldDef>) {
  return Object.fromEntries(
    Object.entries(fields).map(([name, def]) => [name, z.optional(fieldSchema(def))]),
  );
}

/** The content's schema, derived from the strategy's structure: nothing unknown gets in. */
const ZContent = z
  .object(
    Object.fromEntries(
      STEP_KEYS.map((step) => {
        const def = STEPS[step];
        const lists = Object.fromEntries(
          Object.entries(def.lists as Record<string, ListDef>).map(([name, listDef]) => [
            name,
            z
              .array(z.object({ id: ZItemId, ...fieldShape(listDef.fields) }).strict())
              .max(listDef.maxItems, "tooManyItems")
              .optional(),
          ]),
        );
        return [
          step,
          z
            .object({ ...fieldShape(def.fields), ...lists })
            .strict()
            .optional(),
        ];
      }),
    ),
  )
  .strict();

const ZPlanFile = z.object({
  format: z.literal(PLAN_FORMAT),
  version: z.literal(PLAN_FORMAT_VERSION),
  exportedAt: z.string().max(64).optional(),
  plan: z.object({ title: z.string().trim().min(1, "required").max(160, "tooLong") }).loose(),
  source: z.unknown().optional(),
  content: ZContent,
});

export type PlanFileProblem = { path: (string | number)[]; code: string };

export type PlanFileResult =
  | { ok: true; title: string; rows: PrefillRows }
  | { ok: false; error: "notJson" | "foreign" | "tooLarge" }
  | { ok: false; error: "newerVersion"; version: number }
  | { ok: false; error: "invalid"; problems: PlanFileProblem[] };

/**
 * Reads a plan file into the rows a new plan is written from. Bad or foreign files come back as
 * an error saying why; nothing here touches the database.
 */
export function readPlanFile(text: string): PlanFileResult {
  if (new TextEncoder().encode(text).byteLength > PLAN_FILE_MAX_BYTES)
    return { ok: false, error: "tooLarge" };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: "notJson" };
  }
  if (findInputProblem(raw))
    return { ok: false, error: "invalid", problems: [{ path: [], code: "invalidCharacters" }] };
  const head = z.object({ format: z.literal(PLAN_FORMAT), version: z.number() }).safeParse(raw);
  if (!head.success) return { ok: false, error: "foreign" };
  if (head.data.version !== PLAN_FORMAT_VERSION)
    return head.data.version > PLAN_FORMAT_VERSION
      ? { ok: false, error: "newerVersion", version: head.data.version }
      : { ok: false, error: "foreign" };
  const parsed = ZPlanFile.safeParse(raw);
  if (!parsed.success)
    return {
      ok: false,
      error: "invalid",
      problems: parsed.error.issues.map((issue) => ({
        path: issue.path.filter((p): p is string | number => typeof p !== "symbol"),
        code: issue.code === "unrecognized_keys" ? "unknownField" : issue.message,
      })),
    };
  return checkReferences(
    parsed.data.plan.title,
    parsed.data.content as Partial<Record<string, Record<string, unknown>>>,
  );
}

type Item = { id: string } & Record<string, unknown>;

function checkReferences(
  title: string,
  content: Partial<Record<string, Record<string, unknown>>>,
): PlanFileResult {
  const rows: PrefillRows = { items: [], values: [] };
  const problems: PlanFileProblem[] = [];
  const listIds = new Map<string, Set<string>>();
  const seen = new Set<string>();
  for (const step of STEP_KEYS) {
    for (const listKey of Object.keys(STEPS[step].lists)) {
      const items = (content[step]?.[listKey] ?? []) as Item[];
      const ids = new Set<string>();
      items.forEach((item, index) => {
        if (seen.has(item.id))
          problems.push({ path: ["content", step, listKey, index, "id"], code: "duplicateId" });
        seen.add(item.id);
        ids.add(item.id);
      });
      listIds.set(`${step}.${listKey}`, ids);
    }
  }
  for (const step of STEP_KEYS) {
    const def = STEPS[step];
    const values = content[step] ?? {};
    for (const field of Object.keys(def.fields)) {
      const value = values[field];
      if (value !== null && value !== undefined)
        rows.values.push({ key: `${step}.${field}`, itemId: null, value });
    }
    for (const [listKey, listDef] of Object.entries(def.lists as Record<string, ListDef>)) {
      const list = `${step}.${listKey}`;
      ((values[listKey] ?? []) as Item[]).forEach((item, index) => {
        rows.items.push({ id: item.id, list, position: index + 1 });
        for (const [field, fieldDef] of Object.entries(listDef.fields)) {
          const value = item[field];
          if (value === null || value === undefined) continue;
          if (fieldDef.kind === "ref" && !listIds.get(fieldDef.refList!)?.has(String(value))) {
            problems.push({ path: ["content", step, listKey, index, field], code: "unknownReference" });
            continue;
          }
          rows.values.push({ key: `${list}.${item.id}.${field}`, itemId: item.id, value });
        }
      });
    }
  }
  if (problems.length) return { ok: false, error: "invalid", problems };
  return { ok: true, title, rows };
}
