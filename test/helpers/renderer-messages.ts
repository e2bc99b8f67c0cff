// Reads the renderer's source with the TypeScript compiler and lists its user-facing messages:
// the keys passed to t() and any Chinese text shown without going through t().
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import ts from 'typescript';

const CJK = /[\u4e00-\u9fff]/;
/** Source that holds Chinese data rather than interface text: sample names, schema notes, the language menu. */
const DATA_FILES = new Set(['db/schema-history.ts', 'i18n/index.ts']);
const DATA_CONSTANTS = new Set(['DEMO_UNITS', 'SAMPLE_UNITS', 'CHECKLIST_FILE', 'RUBRIC_FILE']);

export type RendererMessages = {
  /** Every literal first argument of t(), with the files using it. */
  keys: Map<string, string[]>;
  /** Chinese text outside t(): `file:line text`. */
  untranslated: string[];
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'samples' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const isTCall = (node: ts.Node): node is ts.CallExpression =>
  ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 't';

/**
 * Scans renderer/src (tests and bundled samples excluded).
 * Input: the renderer source folder. Output: the t() keys and the untranslated Chinese text.
 */
export function scanRendererMessages(root: string): RendererMessages {
  const keys = new Map<string, string[]>();
  const untranslated: string[] = [];
  for (const file of sourceFiles(root)) {
    const name = relative(root, file).replace(/\\/g, '/');
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const report = (node: ts.Node, shown: string) =>
      untranslated.push(`${name}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${shown.trim()}`);
    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node) || (ts.isVariableDeclaration(node) && DATA_CONSTANTS.has(node.name.getText()))) return;
      if (isTCall(node)) {
        const [key, ...rest] = node.arguments;
        if (key && (ts.isStringLiteral(key) || ts.isNoSubstitutionTemplateLiteral(key)))
          keys.set(key.text, [...(keys.get(key.text) ?? []), name]);
        else if (key) report(key, `t() with a computed key: ${key.getText()}`);
        rest.forEach(visit);
        return;
      }
      if (
        (ts.isStringLiteral(node) ||
          ts.isNoSubstitutionTemplateLiteral(node) ||
          ts.isJsxText(node) ||
          ts.isTemplateHead(node) ||
          ts.isTemplateMiddle(node) ||
          ts.isTemplateTail(node)) &&
        CJK.test(node.text)
      ) {
        if (!DATA_FILES.has(name)) report(node, node.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { keys, untranslated };
}
