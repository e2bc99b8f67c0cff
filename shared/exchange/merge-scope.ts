// Scope and authority of an incoming package: a package may change only what its manifest's scope
// covers. A unit package covers that unit's inputs, evidence and ledger items; an inspector
// package that inspector's inputs and their evidence; a ledger package that unit's ledger items; a
// full-scope package everything of its own evaluation (its basis — the indicator system, or the
// document and its checklist items — its units and records).
// Shared definitions (indicator systems, evaluations, units, documents) that a package does not
// cover are added when new, but a change to an existing one goes to the side-by-side review —
// never applied unasked, whatever revision history the package declares about it (every earlier
// hash is public, so a declared history proves nothing). Per-unit records outside the scope are
// refused. The app and the CLI both partition with this one function before merging.
import { metaOf, type Versioned } from '../domain/record-meta';
import { relate } from './merge-records';
import type { PackageData, PackageScope, TableName } from './package-format';
import { basisSchema } from './table-schemas';

type Row = { id: string } & Record<string, unknown>;

/** Tables of definitions every unit's results depend on. */
export const SHARED_TABLES: ReadonlySet<TableName> = new Set([
  'documents',
  'items',
  'units',
  'evaluations',
  'indicatorSystems',
  'unitAliases',
]);

/** A record the scope does not cover, with the reason (zh-CN). */
export type RefusedRecord = { table: TableName; id: string; reason: string };
/** A change to a shared definition from a package that does not cover it: local and incoming version. */
export type ReviewedChange = { table: TableName; id: string; mine: Row; theirs: Row };

export type ScopedPackage = {
  /** What the merge may take: records the scope covers, new shared definitions, unchanged ones. */
  data: PackageData;
  /** Changes to shared definitions the scope does not cover: kept as conflicts for the user. */
  review: ReviewedChange[];
  /** Per-unit records outside the scope: not merged. */
  refused: RefusedRecord[];
};

/** The local version of each incoming record that exists locally, by table and id. */
export type LocalVersions = Partial<Record<TableName, Map<string, Row>>>;

/** True when the scope is a full-scope package of one evaluation (its whole lineage). */
function isFullScope(scope: PackageScope): scope is PackageScope & { evaluationId: string } {
  return scope.kind === 'evaluation' && typeof scope.evaluationId === 'string' && scope.evaluationId.length > 0;
}

/**
 * The definitions a full-scope package covers: its evaluation, that evaluation's basis (its
 * indicator system, or its document and that document's items) and units, as known locally first.
 */
function coveredDefinitions(scope: PackageScope, incoming: PackageData, local: LocalVersions): Map<TableName, Set<string>> {
  const covered = new Map<TableName, Set<string>>();
  if (!isFullScope(scope)) return covered;
  const id = scope.evaluationId;
  const evaluation = local.evaluations?.get(id) ?? incoming.tables.evaluations?.find((record) => record.id === id);
  const basis = basisSchema.safeParse(evaluation?.basis).data;
  covered.set('evaluations', new Set([id]));
  if (basis?.kind === 'indicatorSystem') covered.set('indicatorSystems', new Set([basis.systemId]));
  if (basis?.kind === 'checklist') {
    covered.set('documents', new Set([basis.documentId]));
    const items = (incoming.tables.items ?? []).filter((item) => item.documentId === basis.documentId);
    covered.set('items', new Set(items.map((item) => item.id)));
  }
  covered.set('units', new Set(Array.isArray(evaluation?.unitIds) ? evaluation.unitIds.map(String) : []));
  return covered;
}

/** The evaluation a per-unit record belongs to: an input's `evaluationId`, a rectification's `source.evaluationId`. */
function evaluationIdOf(record: Row): unknown {
  const source = record.source;
  return source && typeof source === 'object' && 'evaluationId' in source ? source.evaluationId : record.evaluationId;
}

/**
 * Why one per-unit record (an input, a rectification) lies outside the scope (zh-CN), or null when
 * the scope covers it. Two inspectors' versions of one cell still meet as a conflict.
 */
function coversRecord(scope: PackageScope, table: TableName, record: Row): string | null {
  const evaluationId = evaluationIdOf(record);
  const inEvaluation = scope.evaluationId === undefined || evaluationId === scope.evaluationId;
  const inUnits = scope.unitIds !== undefined && scope.unitIds.includes(String(record.unitId));
  switch (scope.kind) {
    case 'evaluation':
      return isFullScope(scope) && evaluationId === scope.evaluationId ? null : '不属于评价包声明的评价';
    case 'units':
      if (table === 'inputs' || table === 'rectifications') return inEvaluation && inUnits ? null : '不属于评价包声明的单位';
      return '单位评价包不能修改该类记录';
    case 'inspector':
      if (table !== 'inputs') return '评价员评价包只能修改该评价员的评分';
      return inEvaluation && record.inspector === scope.inspector ? null : `不是评价员“${scope.inspector ?? ''}”的评分`;
    case 'ledger':
      return table === 'rectifications' && inUnits ? null : '整改台账包只能修改所声明单位的整改事项';
    case 'backup':
      return '全部数据备份不能合并，只能在“备份与恢复”中恢复';
  }
}

/**
 * Partitions an incoming package by its manifest's scope. Input: the scope, the incoming data,
 * and the local version of each incoming record that exists locally (by table and id). Output:
 * the data the merge may take, the shared-definition changes to review, and the refused records.
 * Evidence follows its input: it is taken only with an input the scope covers in the same
 * package. Attachments referenced by no taken evidence record are dropped. Pure.
 */
export function partitionByScope(scope: PackageScope, incoming: PackageData, local: LocalVersions): ScopedPackage {
  const covered = coveredDefinitions(scope, incoming, local);
  const result: ScopedPackage = { data: { tables: {}, attachments: new Map() }, review: [], refused: [] };
  const takenInputs = new Set<string>();
  for (const [name, records] of Object.entries(incoming.tables) as Array<[TableName, Row[]]>) {
    if (name === 'evidence') continue;
    const taken: Row[] = [];
    for (const record of records) {
      const mine = local[name]?.get(record.id);
      if (SHARED_TABLES.has(name)) {
        const changes =
          mine !== undefined && !['same', 'mineNewer'].includes(relate(metaOf(mine as Row & Versioned), metaOf(record as Row & Versioned)));
        if (changes && !covered.get(name)?.has(record.id)) result.review.push({ table: name, id: record.id, mine, theirs: record });
        else taken.push(record);
        continue;
      }
      const reason = coversRecord(scope, name, record);
      if (reason) result.refused.push({ table: name, id: record.id, reason });
      else taken.push(record);
      if (!reason && name === 'inputs') takenInputs.add(record.id);
    }
    result.data.tables[name] = taken;
  }
  const evidence: Row[] = [];
  for (const record of incoming.tables.evidence ?? []) {
    if (!takenInputs.has(String(record.inputId))) {
      result.refused.push({ table: 'evidence', id: record.id, reason: '所属评分不在评价包声明的范围内' });
      continue;
    }
    evidence.push(record);
    const path = String(record.attachment);
    const bytes = incoming.attachments.get(path);
    if (bytes) result.data.attachments.set(path, bytes);
  }
  if (incoming.tables.evidence) result.data.tables.evidence = evidence;
  return result;
}

/** The refused records as lines for the user (zh-CN), one per reason with its count: `3 条记录不属于评价包声明的单位，未合并`. */
export function describeRefused(refused: RefusedRecord[]): string[] {
  const byReason = new Map<string, number>();
  for (const record of refused) byReason.set(record.reason, (byReason.get(record.reason) ?? 0) + 1);
  return [...byReason].map(([reason, count]) => `${count} 条记录${reason}，未合并`);
}
