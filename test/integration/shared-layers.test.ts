// The layers of shared/ (docs/architecture.md): each folder sits in one layer and imports only from
// folders of lower layers or from itself; folders in the same layer do not import each other; and
// no two files import each other, directly or through others. The import graph is read with the
// TypeScript compiler's parser (static imports, re-exports, `import()`), type-only imports included.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Lowest first. A folder may import from any folder of an earlier layer. */
const SHARED_LAYERS: ReadonlyArray<readonly string[]> = [
  ['domain', 'ipc'], // stored shapes, the rule model, record revisions; the IPC contract
  ['text', 'numbers'], // lexicon, table headers, Chinese numerals, safe text; exact points, ranks
  ['read', 'rules'], // bytes → text and rows (docx, pdf, sheets, archives); the rule model's reader and engine
  ['rubric', 'scoring'], // 评分细则 → indicator system; points, totals, ranks, findings
  ['import'], // policy documents → checklists (finds rubric tables on the way)
  ['rectification'], // the 整改台账
  ['export'], // Excel, Word, charts
  ['exchange', 'search'], // .kaoping packages and fill-in sheets; global search
];

const SHARED = resolve(__dirname, '../../shared');

type Edge = { from: string; to: string };

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every module specifier the file names: import / export … from, import(), import x = require(). */
function specifiers(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference) &&
      ts.isStringLiteral(node.moduleReference.expression)
    ) {
      found.push(node.moduleReference.expression.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The file a relative specifier names (with .ts, .tsx or /index.ts), or null for a package. */
function resolveSpecifier(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  const file = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find(
    (candidate) => existsSync(candidate) && statSync(candidate).isFile(),
  );
  if (!file) throw new Error(`${relative(SHARED, from)}: cannot resolve '${specifier}'`);
  return file;
}

/** Edges between files of shared/, paths relative to shared/. Test files are left out: a test may use any layer. */
function importGraph(): Edge[] {
  const files = sourceFiles(SHARED).filter((path) => !/\.test\.tsx?$/.test(path));
  return files.flatMap((from) =>
    specifiers(from)
      .map((specifier) => resolveSpecifier(from, specifier))
      .filter((to): to is string => to !== null)
      .map((to) => ({ from: relative(SHARED, from), to: relative(SHARED, to) })),
  );
}

const folderOf = (path: string) => path.split('/')[0]!;
const layerOf = (path: string) => SHARED_LAYERS.findIndex((layer) => layer.includes(folderOf(path)));
const show = (edge: Edge) => `shared/${edge.from} → shared/${edge.to}`;

/** Edges that leave shared/, go to a folder of the same or a higher layer, or to a folder with no layer. */
function edgesAgainstOrder(edges: Edge[]): Edge[] {
  return edges.filter((edge) => {
    if (edge.to.startsWith('..')) return true;
    if (folderOf(edge.from) === folderOf(edge.to)) return false;
    const [from, to] = [layerOf(edge.from), layerOf(edge.to)];
    return from < 0 || to < 0 || to >= from;
  });
}

/** File-level cycles (strongly connected components of more than one file, or a file importing itself), Tarjan's algorithm. */
function fileCycles(edges: Edge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const edge of edges) next.set(edge.from, [...(next.get(edge.from) ?? []), edge.to]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const connect = (file: string): void => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const target of next.get(file) ?? []) {
      if (!index.has(target)) {
        connect(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(file, Math.min(low.get(file)!, index.get(target)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || next.get(file)?.includes(file)) cycles.push(component.reverse());
  };
  for (const file of new Set(edges.flatMap((edge) => [edge.from, edge.to]))) if (!index.has(file)) connect(file);
  return cycles;
}

describe('layers of shared/', () => {
  const edges = importGraph();

  it('reads a graph of the whole core', () => {
    // A parser that found nothing would pass every check below.
    expect(edges.length).toBeGreaterThan(300);
    expect(edges).toContainEqual({ from: 'scoring/score-rubric.ts', to: 'rules/evaluate.ts' });
  });

  it('gives every folder of shared/ a layer', () => {
    const folders = readdirSync(SHARED).filter((name) => statSync(join(SHARED, name)).isDirectory());
    expect(folders.filter((folder) => layerOf(`${folder}/x`) < 0)).toEqual([]);
  });

  it('imports only from lower layers', () => {
    expect(edgesAgainstOrder(edges).map(show)).toEqual([]);
  });

  it('has no file-level import cycle', () => {
    expect(fileCycles(edges).map((cycle) => [...cycle, cycle[0]].join(' → '))).toEqual([]);
  });

  it('reports an edge against the order and a cycle (the checks can fail)', () => {
    const upward = { from: 'domain/types.ts', to: 'scoring/score-rubric.ts' };
    const sideways = { from: 'read/pdf-table.ts', to: 'rules/evaluate.ts' };
    const downward = { from: 'export/batch-reports.ts', to: 'domain/types.ts' };
    expect(edgesAgainstOrder([upward, sideways, downward])).toEqual([upward, sideways]);
    expect(fileCycles([{ from: 'a.ts', to: 'b.ts' }, { from: 'b.ts', to: 'c.ts' }, { from: 'c.ts', to: 'a.ts' }, downward])).toEqual([
      ['a.ts', 'b.ts', 'c.ts'],
    ]);
  });
});
