// Turns the text of one policy document into a PolicyDocument with its checklist: metadata,
// the numbered body, and the annex 重点任务清单 attached to the body by meaning.
import type { ChecklistItem, ChecklistItemKind, IsoDate, PolicyDocument } from '../domain/types';
import { type SourceLine, toSourceLines } from '../read/source-lines';
import { annexLeftovers, annexStartOf } from './annex-lines';
import { matchRowsToTargets } from './attach-table-rows';
import { applyConventions, extractConventions } from './document-conventions';
import { joinContinuations } from './join-continuations';
import { collectKnownUnits } from './known-units';
import type { ReadContext } from './owner-labels';
import { emptyOwnerFields } from './owner-labels';
import { parseDeadline } from './parse-deadline';
import { parseMetadata } from './parse-metadata';
import { type OutlineNode, parseOutline, titleOf } from './parse-outline';
import { parseRectificationPlan } from './parse-rectification-plan';
import { parseTaskTable, type TableDetail, type TaskTable, type TaskTableRow } from './parse-task-table';
import { parseUnitRoles } from './parse-units';
import { attachExcerpts } from './source-excerpts';
import { tabulateSpacedTables } from './spaced-table';
import type { KnownUnits } from './unit-names';

/** Root sections that frame a plan rather than commit to checkable measures. */
const FRAMING_SECTION = /总体要求|指导思想|目标原则|基本原则|工作目标|主要目标|保障措施|组织保障|工作要求|组织实施|实施步骤|工作步骤/;

type TreeNode = Omit<OutlineNode, 'children'> & {
  children: TreeNode[];
  tableRow?: number;
  details?: TableDetail[];
  /** A 重点任务 made from a task table's column (no numbered body item to attach to). */
  fromTaskColumn?: boolean;
};

/** What a compilation already says about a document it contains (see split-compilation.ts). */
export type GivenMetadata = { title?: string | null; url?: string | null; issuedOn?: IsoDate | null; lineOffset?: number };

/** What the office already knows: the unit names of its 责任单位名录 (aliases and canonical names). */
export type ReadingAids = { knownUnits?: Iterable<string> };

/**
 * Parses a policy document. Input: the decoded text, the file name (fallback title), an id
 * prefix (e.g. the file's fingerprint) from which item ids are made deterministic, and what a
 * compilation says about it (its title and address win; its date stands in when the text has
 * none; source lines are shifted by the lines before it in the file).
 * Output: the document with items in reading order. Kinds: root headings are sections; an item
 * whose children are all leaves is a task (重点任务); a leaf is a measure (改革举措), except
 * under framing sections (总体要求, 保障措施…), whose parts stay sections. Annex table rows
 * become measures under the body item they belong to. Every item carries its source excerpt;
 * annex lines no item took are listed in `unparsedLines`. Never throws on text; an empty result
 * is the caller's to report.
 */
export function parsePolicyText(
  text: string,
  fileName: string,
  idPrefix: string,
  given: GivenMetadata = {},
  aids: ReadingAids = {},
): PolicyDocument {
  const rawLines = toSourceLines(tabulateSpacedTables(text));
  const known = collectKnownUnits(rawLines, aids.knownUnits);
  const { lines, conventions } = extractConventions(rawLines, known);
  const readLines = joinContinuations(lines, known);
  const annexStart = annexStartOf(readLines);
  const annexLines = annexStart < 0 ? [] : readLines.slice(annexStart);
  const metadata = parseMetadata(rawLines, fileName.replace(/\.[^.]+$/, ''));
  if (given.title) metadata.title = given.title;
  metadata.issuedOn ??= given.issuedOn ?? null;
  const context: ReadContext = { year: yearOf(metadata.issuedOn, metadata.title, rawLines), known };
  // A task table in the body (a list kept as a table, no 附件) is read like an annex one.
  const bodyTable = annexStart < 0 ? parseTaskTable(readLines) : null;
  const bodyLines = (annexStart < 0 ? readLines : readLines.slice(0, annexStart)).filter(
    (line) => !bodyTable || line.cells === null || line.line < bodyTable.headerLine || line.line > bodyTable.lastLine,
  );
  const outline = parseOutline(bodyLines, context);
  const roots: TreeNode[] = outline.roots;
  const table = bodyTable ?? parseTaskTable(annexLines);
  if (table) attachAnnexTable(roots, table, context);
  const items: ChecklistItem[] = [];
  roots.forEach((root) => flatten(root, null, true, false, items, idPrefix));
  if (!items.some((item) => item.kind !== 'section')) flatListAsMeasures(items);
  applyConventions(items, conventions);
  attachExcerpts(items, text, [
    annexLines[0]?.line,
    outline.closing[0]?.line,
    ...annexLines.filter((line) => line.cells === null).map((line) => line.line),
  ]);
  const unparsedLines = annexLeftovers(annexLines, table, metadata);
  const findings = parseRectificationPlan(rawLines, context);
  if (given.lineOffset) {
    for (const item of items) item.source.line += given.lineOffset;
    for (const unparsed of unparsedLines) unparsed.line += given.lineOffset;
    for (const finding of findings) {
      finding.line += given.lineOffset;
      for (const measure of finding.measures) measure.line += given.lineOffset;
    }
  }
  return {
    id: idPrefix,
    title: metadata.title,
    url: given.url ?? null,
    docNumber: metadata.docNumber,
    issuer: metadata.issuer,
    issuedOn: metadata.issuedOn,
    printedOn: metadata.printedOn,
    closingText: outline.closing.map((line) => line.text),
    items,
    findings,
    unparsedLines,
    ...(conventions.notes.length > 0 ? { conventions: conventions.notes } : {}),
  };
}

function yearOf(issuedOn: string | null, title: string, lines: SourceLine[]): number | null {
  if (issuedOn) return Number(issuedOn.slice(0, 4));
  const inTitle = /(\d{4})\s*年/.exec(title);
  if (inTitle) return Number(inTitle[1]);
  const anywhere = lines.map((line) => /(20\d{2})\s*年/.exec(line.text)).find(Boolean);
  return anywhere ? Number(anywhere[1]) : null;
}

/**
 * Attaches the table's rows to the body items they belong to; rows no item takes are grouped
 * under a 重点任务 made from their 重点任务 cell (a blank cell stays under the one above), and —
 * where the table has a grouping column (工作领域, 类别) — under a 章节 made from it.
 */
function attachAnnexTable(roots: TreeNode[], table: TaskTable, context: ReadContext): void {
  const targets = leavesOf(roots);
  const matches = matchRowsToTargets(table.rows, targets);
  let orphanTask: TreeNode | null = null;
  let area: TreeNode | null = null;
  table.rows.forEach((row, index) => {
    const measure = rowToNode(row, index + 1, context);
    const target = targets[matches[index] ?? -1];
    if (target) {
      target.children.push(measure);
      return;
    }
    if (row.area && row.area !== area?.text) {
      area = { ...emptyOwnerFields(), level: 1, number: '', title: titleOf(row.area), text: row.area, line: row.line, children: [] };
      roots.push(area);
      orphanTask = null;
    }
    if (!orphanTask || (row.task && titleOf(row.task) !== orphanTask.title)) {
      orphanTask = {
        ...emptyOwnerFields(),
        level: 3,
        number: '',
        title: titleOf(row.task),
        text: row.task,
        line: row.line,
        children: [],
        fromTaskColumn: true,
      };
      (area ? area.children : roots).push(orphanTask);
    }
    orphanTask.children.push(measure);
  });
}

function leavesOf(nodes: TreeNode[]): TreeNode[] {
  return nodes.flatMap((node) => (node.children.length === 0 ? [node] : leavesOf(node.children)));
}

function rowToNode(row: TaskTableRow, tableRow: number, context: ReadContext): TreeNode {
  const known: KnownUnits = context.known;
  const lead = parseUnitRoles(row.lead, 'leadUnits', known);
  const responsible = parseUnitRoles(row.responsible, 'responsibleUnits', known);
  return {
    level: 5,
    number: row.number,
    title: titleOf(row.measure),
    text: row.measure,
    line: row.line,
    tableRow,
    children: [],
    leadUnits: unique([...lead.leadUnits, ...responsible.leadUnits]),
    responsibleUnits: unique([...lead.responsibleUnits, ...responsible.responsibleUnits]),
    supportingUnits: unique([...lead.supportingUnits, ...responsible.supportingUnits]),
    owner: null,
    deadline: parseDeadline(row.deadline, context.year),
    ...(row.details.length > 0 ? { details: row.details } : {}),
  };
}

function flatten(node: TreeNode, parentId: string | null, isRoot: boolean, framed: boolean, out: ChecklistItem[], idPrefix: string): void {
  const id = `${idPrefix}-${out.length + 1}`;
  const inFraming = framed || (isRoot && FRAMING_SECTION.test(node.title));
  out.push({
    id,
    parentId,
    kind: kindOf(node, isRoot, inFraming),
    number: node.number,
    title: node.title,
    text: node.text,
    leadUnits: node.leadUnits,
    responsibleUnits: node.responsibleUnits,
    supportingUnits: node.supportingUnits,
    owner: node.owner,
    deadline: node.deadline,
    source: node.tableRow ? { line: node.line, tableRow: node.tableRow } : { line: node.line },
    ...(node.details ? { details: node.details } : {}),
    ...(node.readAs ? { readAs: node.readAs } : {}),
  });
  node.children.forEach((child) => flatten(child, id, false, inFraming, out, idPrefix));
}

/**
 * A document that is one flat list — 一、…十、 or （一）…（九） each with its text, as in 九条措施 —
 * commits in those headings: each that has no children, says more than its title and is not a
 * framing part (总体要求, 保障措施…) is a measure.
 */
function flatListAsMeasures(items: ChecklistItem[]): void {
  const parents = new Set(items.map((item) => item.parentId));
  for (const item of items) {
    if (!parents.has(item.id) && !FRAMING_SECTION.test(item.title) && item.text.length > item.title.length + 1) item.kind = 'measure';
  }
}

function kindOf(node: TreeNode, isRoot: boolean, framed: boolean): ChecklistItemKind {
  if (node.fromTaskColumn) return 'task';
  if (isRoot || framed) return 'section';
  if (node.children.length === 0) return 'measure';
  return node.children.every((child) => child.children.length === 0) ? 'task' : 'section';
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}
