// Turns the text of one policy document into a PolicyDocument with its checklist: metadata,
// the numbered body, and the annex 重点任务清单 attached to the body by meaning.
import type { ChecklistItem, ChecklistItemKind, IsoDate, PolicyDocument } from '../domain/types';
import { matchRowsToTargets } from './attach-table-rows';
import { emptyOwnerFields } from './owner-labels';
import { parseDeadline } from './parse-deadline';
import { parseMetadata } from './parse-metadata';
import { parseOutline, titleOf, type OutlineNode } from './parse-outline';
import { parseTaskTable, type TableDetail, type TaskTable, type TaskTableRow } from './parse-task-table';
import { annexLeftovers, annexStartOf } from './annex-lines';
import { attachExcerpts } from './source-excerpts';
import { parseRectificationPlan } from './parse-rectification-plan';
import { parseUnitRoles } from './parse-units';
import { toSourceLines, type SourceLine } from './source-lines';

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
export function parsePolicyText(text: string, fileName: string, idPrefix: string, given: GivenMetadata = {}): PolicyDocument {
  const lines = toSourceLines(text);
  const annexStart = annexStartOf(lines);
  const bodyLines = annexStart < 0 ? lines : lines.slice(0, annexStart);
  const annexLines = annexStart < 0 ? [] : lines.slice(annexStart);
  const metadata = parseMetadata(lines, fileName.replace(/\.[^.]+$/, ''));
  if (given.title) metadata.title = given.title;
  metadata.issuedOn ??= given.issuedOn ?? null;
  const year = yearOf(metadata.issuedOn, metadata.title, lines);
  const outline = parseOutline(bodyLines, year);
  const roots: TreeNode[] = outline.roots;
  const table = parseTaskTable(annexLines);
  if (table) attachAnnexTable(roots, table, year);
  const items: ChecklistItem[] = [];
  roots.forEach((root) => flatten(root, null, true, false, items, idPrefix));
  if (!items.some((item) => item.kind !== 'section')) flatListAsMeasures(items);
  attachExcerpts(items, text, [annexLines[0]?.line, outline.closing[0]?.line, ...annexLines.filter((line) => line.cells === null).map((line) => line.line)]);
  const unparsedLines = annexLeftovers(annexLines, table, metadata);
  const findings = parseRectificationPlan(lines, year);
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
  };
}

function yearOf(issuedOn: string | null, title: string, lines: SourceLine[]): number | null {
  if (issuedOn) return Number(issuedOn.slice(0, 4));
  const inTitle = /(\d{4})\s*年/.exec(title);
  if (inTitle) return Number(inTitle[1]);
  const anywhere = lines.map((line) => /(20\d{2})\s*年/.exec(line.text)).find(Boolean);
  return anywhere ? Number(anywhere[1]) : null;
}

function attachAnnexTable(roots: TreeNode[], table: TaskTable, year: number | null): void {
  const targets = leavesOf(roots);
  const matches = matchRowsToTargets(table.rows, targets);
  let orphanTask: TreeNode | null = null;
  table.rows.forEach((row, index) => {
    const measure = rowToNode(row, index + 1, year);
    const target = targets[matches[index] ?? -1];
    if (target) {
      target.children.push(measure);
      return;
    }
    if (!orphanTask || (row.task && titleOf(row.task) !== orphanTask.title)) {
      orphanTask = { ...emptyOwnerFields(), level: 3, number: '', title: titleOf(row.task), text: row.task, line: row.line, children: [], fromTaskColumn: true };
      roots.push(orphanTask);
    }
    orphanTask.children.push(measure);
  });
}

function leavesOf(nodes: TreeNode[]): TreeNode[] {
  return nodes.flatMap((node) => (node.children.length === 0 ? [node] : leavesOf(node.children)));
}

function rowToNode(row: TaskTableRow, tableRow: number, year: number | null): TreeNode {
  const lead = parseUnitRoles(row.lead, 'leadUnits');
  const responsible = parseUnitRoles(row.responsible, 'responsibleUnits');
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
    deadline: parseDeadline(row.deadline, year),
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
