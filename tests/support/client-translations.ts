import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/**
 * Which message keys the browser's code asks for: every module a "use client" file imports
 * (directly or through other modules, so a shared component without the directive counts too),
 * read with TypeScript's parser for `useTranslations(namespace)` and the translator's calls.
 * A key is a list of segments; "*" stands for a part only known at run time (`${step}`).
 * useFormatter() needs no messages: it formats with the locale and time zone the provider passes.
 */
export interface UsedKey {
  file: string;
  segments: string[];
  /** The key continues with a part only known at run time: `t(code)` or a translator passed on. */
  openEnded: boolean;
}

const ROOT = process.cwd();
const SOURCE_FOLDERS = ["app", "components", "lib"];
const EXTENSIONS = [".ts", ".tsx"];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) return name === "generated" ? [] : sourceFiles(full);
    return EXTENSIONS.some((ext) => name.endsWith(ext)) && !name.endsWith(".d.ts") ? [full] : [];
  });
}

function parse(file: string) {
  return ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
}

function directive(source: ts.SourceFile): string | undefined {
  const first = source.statements[0];
  return first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression)
    ? first.expression.text
    : undefined;
}

function resolve(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith("@/")
    ? path.join(ROOT, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : undefined;
  if (!base) return undefined;
  const candidates = [
    base,
    ...EXTENSIONS.map((ext) => base + ext),
    ...EXTENSIONS.map((e) => path.join(base, `index${e}`)),
  ];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

/** Modules imported for their code (type-only imports never reach the browser). */
function imports(source: ts.SourceFile): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isImportDeclaration(node) &&
      !node.importClause?.isTypeOnly &&
      ts.isStringLiteral(node.moduleSpecifier)
    )
      found.push(node.moduleSpecifier.text);
    else if (
      ts.isExportDeclaration(node) &&
      !node.isTypeOnly &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    )
      found.push(node.moduleSpecifier.text);
    else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    )
      found.push(node.arguments[0].text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every module that runs in the browser: "use client" files and what they import, without server actions. */
export function clientModules(): string[] {
  const sources = new Map(
    SOURCE_FOLDERS.map((folder) => path.join(ROOT, folder))
      .flatMap(sourceFiles)
      .map((file) => [file, parse(file)]),
  );
  const queue = [...sources].filter(([, source]) => directive(source) === "use client").map(([file]) => file);
  const seen = new Set(queue);
  while (queue.length > 0) {
    const file = queue.pop()!;
    for (const specifier of imports(sources.get(file)!)) {
      const target = resolve(file, specifier);
      if (!target || seen.has(target) || !sources.has(target)) continue;
      if (directive(sources.get(target)!) === "use server") continue;
      seen.add(target);
      queue.push(target);
    }
  }
  return [...seen].sort();
}

/** A key written in the source: "a.b", `a.${x}.c` (→ a, *, c), or either side of `x ? "a" : "b"`. */
function keyPatterns(node: ts.Expression): string[][] | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text.split(".")];
  if (ts.isTemplateExpression(node)) {
    const text = node.head.text + node.templateSpans.map((span) => `\0${span.literal.text}`).join("");
    return [text.split(".").map((segment) => (segment.includes("\0") ? "*" : segment))];
  }
  if (ts.isParenthesizedExpression(node)) return keyPatterns(node.expression);
  if (ts.isConditionalExpression(node)) {
    const [yes, no] = [keyPatterns(node.whenTrue), keyPatterns(node.whenFalse)];
    return yes && no ? [...yes, ...no] : undefined;
  }
  return undefined;
}

const TRANSLATOR_METHODS = new Set(["rich", "markup", "has", "raw"]);
const DEPENDENCY_HOOKS = new Set(["useMemo", "useCallback", "useEffect", "useLayoutEffect"]);

/** `useMemo(…, [t])`: the translator named as a dependency, not called. */
function isDependency(node: ts.Identifier) {
  const list = node.parent;
  const call = list.parent;
  return (
    ts.isArrayLiteralExpression(list) &&
    ts.isCallExpression(call) &&
    ts.isIdentifier(call.expression) &&
    DEPENDENCY_HOOKS.has(call.expression.text) &&
    call.arguments.at(-1) === list
  );
}

function translatorUses(file: string, name: ts.Identifier, namespace: string[], scope: ts.Node): UsedKey[] {
  const used: UsedKey[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node) && node !== name && node.text === name.text) {
      const parent = node.parent;
      const call =
        ts.isCallExpression(parent) && parent.expression === node
          ? parent
          : ts.isPropertyAccessExpression(parent) &&
              parent.expression === node &&
              TRANSLATOR_METHODS.has(parent.name.text) &&
              ts.isCallExpression(parent.parent)
            ? parent.parent
            : undefined;
      const patterns = call?.arguments[0] ? keyPatterns(call.arguments[0]) : undefined;
      if (patterns)
        for (const key of patterns) used.push({ file, segments: [...namespace, ...key], openEnded: false });
      // Anything else (a key from a variable, the translator handed on) may reach any key below.
      else if (!(ts.isPropertyAccessExpression(parent) && parent.name === node) && !isDependency(node))
        used.push({ file, segments: namespace, openEnded: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(scope);
  return used;
}

/** The keys one module asks for; throws where a namespace is not written out in the source. */
export function usedKeys(file: string): UsedKey[] {
  const source = parse(file);
  const used: UsedKey[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      const hook = node.expression.text;
      if (hook === "useMessages" || hook === "useExtracted")
        throw new Error(`${file}: ${hook}() would need the whole catalogue in the browser`);
      if (hook === "useTranslations") {
        const argument = node.arguments[0];
        const namespace = argument ? keyPatterns(argument) : [[]];
        if (!namespace || namespace.length !== 1)
          throw new Error(`${file}: useTranslations() with a namespace that is not written out`);
        const declaration = node.parent;
        if (!ts.isVariableDeclaration(declaration) || !ts.isIdentifier(declaration.name))
          throw new Error(`${file}: useTranslations() whose translator is not kept in a variable`);
        const scope = ts.findAncestor(declaration, ts.isFunctionLike) ?? source;
        used.push(...translatorUses(file, declaration.name, namespace[0]!, scope));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return used;
}
