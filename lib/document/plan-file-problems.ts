import "server-only";
import { getTranslations } from "next-intl/server";
import type { PlanFileProblem } from "./plan-json";

const SHOWN = 3;

/**
 * What is wrong with a plan file, in words: "Ziele › Ziel 2 › Zielwert: Bitte geben Sie eine
 * Zahl … ein." The first few problems are named; the rest are counted.
 */
export async function describeProblems(problems: PlanFileProblem[]): Promise<string> {
  const t = await getTranslations();
  const message = (code: string) => {
    for (const key of [`import.problems.${code}`, `validation.${code}`, `errors.${code}`])
      if (t.has(key)) return t(key as never);
    return t("validation.invalid");
  };
  const where = (path: PlanFileProblem["path"]) => {
    const [root, step, name, index, field] = path;
    if (root !== "content" || typeof step !== "string") return t("import.problems.fileStructure");
    const parts = [t.has(`strategy.steps.${step}.title`) ? t(`strategy.steps.${step}.title` as never) : step];
    if (typeof name === "string") {
      const listLabel = `strategy.steps.${step}.lists.${name}.title`;
      const fieldLabel = `strategy.steps.${step}.fields.${name}.label`;
      parts.push(
        t.has(listLabel) ? t(listLabel as never) : t.has(fieldLabel) ? t(fieldLabel as never) : name,
      );
    }
    if (typeof index === "number") {
      parts.push(t("import.problems.entry", { number: index + 1 }));
      const itemField = `strategy.steps.${step}.lists.${String(name)}.fields.${String(field)}.label`;
      if (typeof field === "string") parts.push(t.has(itemField) ? t(itemField as never) : field);
    }
    return parts.join(" › ");
  };
  const described = problems
    .slice(0, SHOWN)
    .map((problem) => `${where(problem.path)}: ${message(problem.code)}`);
  if (problems.length > SHOWN) described.push(t("import.problems.more", { count: problems.length - SHOWN }));
  return described.join(" ");
}
