// Evaluation packages against the database: gather an evaluation into package data, and merge
// an incoming package in one transaction, keeping conflicts for the user.
import type { Table } from 'dexie';

import type { Evaluation } from '#shared/domain/evaluation';
import { metaOf, type Versioned } from '#shared/domain/record-meta';
import { basisMismatch } from '#shared/exchange/basis-mismatch';
import { markResolved, mergeTable } from '#shared/exchange/merge-records';
import { describeRefused, type LocalVersions, partitionByScope } from '#shared/exchange/merge-scope';
import type { PackageData, PackageScope } from '#shared/exchange/package-format';
import { recordsOf } from '#shared/exchange/table-schemas';

import { t } from '../i18n';
import type { KaopingDatabase, StoredConflict } from './database';
import { loadItems } from './documents-repository';
import { storedInputs } from './local-versions';
import { writeInChunks, yieldToWindow } from './write-in-chunks';

type Row = { id: string } & Record<string, unknown>;

/** Which part of an evaluation a package carries: some units (for one inspector) or one inspector's results. */
export type EvaluationScope = { unitIds?: string[]; inspector?: string };

/** The definitions an evaluation scores against: its indicator system, or its document and that document's checklist items. */
async function basisTables(db: KaopingDatabase, evaluation: Evaluation): Promise<PackageData['tables']> {
  if (evaluation.basis.kind === 'indicatorSystem') {
    const system = await db.indicatorSystems.get(evaluation.basis.systemId);
    return { indicatorSystems: system ? [system] : [] };
  }
  const document = await db.documents.get(evaluation.basis.documentId);
  return { documents: document ? [document] : [], items: document ? await loadItems(db, document.id) : [] };
}

/**
 * The tables of one evaluation of either basis (optionally narrowed to a scope), evidence bytes as
 * attachments: its basis (basisTables), its units, the evaluation, its cells (of the scope's units,
 * read through the [evaluationId+unitId] index; of the scope's inspector) and their evidence.
 */
export async function collectEvaluation(db: KaopingDatabase, evaluation: Evaluation, scope: EvaluationScope = {}): Promise<PackageData> {
  const unitIds = scope.unitIds ?? evaluation.unitIds;
  const units = (await db.units.bulkGet(unitIds)).filter((unit) => unit !== undefined);
  const cells = await db.inputs
    .where('[evaluationId+unitId]')
    .anyOf(unitIds.map((unitId) => [evaluation.id, unitId]))
    .toArray();
  const inputs = cells.filter((input) => scope.inspector === undefined || input.inspector === scope.inspector);
  const evidence = await db.evidence
    .where('inputId')
    .anyOf(inputs.map((input) => input.id))
    .toArray();
  const attachments = new Map<string, Uint8Array>();
  const evidenceRecords: Row[] = [];
  for (const { blob, ...record } of evidence) {
    const path = `attachments/${record.id}`;
    attachments.set(path, new Uint8Array(await blob.arrayBuffer()));
    evidenceRecords.push({ ...record, attachment: path });
  }
  return {
    tables: { ...(await basisTables(db, evaluation)), units, evaluations: [evaluation], inputs, evidence: evidenceRecords },
    attachments,
  };
}

/** One unit's rectification ledger (the 'ledger' package scope), with the unit. */
export async function collectLedger(db: KaopingDatabase, unitId: string): Promise<PackageData> {
  const unit = await db.units.get(unitId);
  const rectifications = await db.rectifications.where('unitId').equals(unitId).toArray();
  return {
    tables: { units: unit ? [unit] : [], rectifications },
    attachments: new Map(),
  };
}

export type ImportSummary = {
  /** Records added, evidence files included. */
  added: number;
  /** Of `added`, the evidence files (佐证材料). */
  evidenceAdded: number;
  updated: number;
  unchanged: number;
  conflicts: number;
  /** Records outside the package's declared scope, not merged, and why (zh-CN lines with counts). */
  refused: number;
  refusedReasons: string[];
  evaluationId: string | null;
};

/** The tables a merge writes, in order (definitions first; evidence follows its inputs). */
const MERGED_TABLES = ['documents', 'items', 'indicatorSystems', 'units', 'evaluations', 'inputs', 'rectifications'] as const;
type MergedTable = (typeof MERGED_TABLES)[number];

/** The local version of each record the package brings (and the evaluation its scope names), for the scope check. */
async function localVersions(db: KaopingDatabase, data: PackageData, scope: PackageScope): Promise<LocalVersions> {
  const local: LocalVersions = {};
  for (const name of MERGED_TABLES) {
    const incoming = (data.tables[name] ?? []) as Row[];
    if (name === 'inputs') {
      local[name] = await storedInputs(db.inputs as unknown as Table<Row, string>, incoming);
      continue;
    }
    const ids = incoming.map((record) => record.id);
    if (name === 'evaluations' && scope.evaluationId) ids.push(scope.evaluationId);
    const found = (await db.table(name).bulkGet(ids)).filter((record): record is Row => record !== undefined);
    local[name] = new Map(found.map((record) => [record.id, record]));
  }
  return local;
}

/** Throws (zh-CN, naming the file) when an evaluation of the package scores against another basis than this office's copy. */
async function refuseOtherBasis(db: KaopingDatabase, data: PackageData, fileName: string): Promise<void> {
  const problems: string[] = [];
  for (const incoming of recordsOf(data, 'evaluations')) {
    const local = await db.evaluations.get(incoming.id);
    if (!local) continue;
    const items = local.basis.kind === 'checklist' ? await loadItems(db, local.basis.documentId) : [];
    problems.push(...basisMismatch(local, items, data, fileName));
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

/** The evaluation a record belongs to: an input's `evaluationId`, a rectification's `source.evaluationId`. */
function evaluationOf(record: Row): unknown {
  const source = record.source as { evaluationId?: unknown } | undefined;
  return source?.evaluationId ?? record.evaluationId;
}

/**
 * Merges a package into the database in one read-write transaction. First the package is held
 * to its manifest's scope (see merge-scope.ts): records outside it are refused, changes to shared
 * definitions it does not cover are stored as conflicts for the side-by-side review, never applied.
 * Then record by record: new records added, records changed only in the package updated, records
 * changed on both sides left as they are with both versions stored as conflicts. Units are
 * matched by id, then by name (the same unit created in two offices). Authorship stays as the
 * package claims it. `onProgress(done, total)` (records taken from the package, after the scope
 * check) follows the writes chunk by chunk, yielding to the window between chunks. Before any
 * write, each evaluation the package brings that this office has too must score against the same
 * basis (basisMismatch: same kind, same indicator system, or the same document with the same
 * measures); otherwise an Error lists every difference, naming `fileName`, and nothing is written.
 * Throws (and writes nothing) if anything fails.
 */
export async function mergePackage(
  db: KaopingDatabase,
  data: PackageData,
  source: string,
  scope: PackageScope,
  onProgress: (done: number, total: number) => void = () => {},
  fileName: string = source,
): Promise<ImportSummary> {
  const tables = MERGED_TABLES.map((name) => db.table(name));
  return db.transaction('rw', [...tables, db.evidence, db.conflicts], async () => {
    await refuseOtherBasis(db, data, fileName);
    // Read once, before any write: each table is written only in its own step below, so these stay current.
    const local = await localVersions(db, data, scope);
    const scoped = partitionByScope(scope, data, local);
    const evaluationId = scope.evaluationId ?? (data.tables.evaluations?.[0]?.id as string | undefined) ?? null;
    const summary: ImportSummary = {
      added: 0,
      evidenceAdded: 0,
      updated: 0,
      unchanged: 0,
      conflicts: 0,
      refused: scoped.refused.length,
      refusedReasons: describeRefused(scoped.refused),
      evaluationId,
    };
    const now = new Date().toISOString();
    const keepConflict = async (name: MergedTable, mine: Row, theirs: Row, reason: StoredConflict['reason']) => {
      const record: StoredConflict = {
        id: `${name}|${theirs.id}`,
        table: name,
        recordId: theirs.id,
        evaluationId: String(evaluationOf(mine) ?? evaluationId ?? ''),
        mine,
        theirs,
        source,
        detectedAt: now,
        reason,
      };
      await db.conflicts.put(record);
      summary.conflicts += 1;
    };
    for (const change of scoped.review) {
      if ((MERGED_TABLES as readonly string[]).includes(change.table))
        await keepConflict(change.table as MergedTable, change.mine, change.theirs, 'outOfScope');
    }
    const total =
      MERGED_TABLES.reduce((sum, name) => sum + (scoped.data.tables[name]?.length ?? 0), 0) + (scoped.data.tables.evidence?.length ?? 0);
    let done = 0;
    for (const name of MERGED_TABLES) {
      const incoming = (scoped.data.tables[name] ?? []) as Array<Row & Versioned>;
      if (incoming.length === 0) continue;
      const table = db.table(name);
      const stored = incoming.flatMap((record) => local[name]?.get(record.id) ?? []) as Array<Row & Versioned>;
      if (name === 'units') {
        for (const unit of incoming) {
          const sameName = await db.units.where('name').equals(String(unit.name)).first();
          if (sameName && sameName.id !== unit.id)
            throw new Error(
              t('评价包中的单位“{{String}}”与本机同名单位编号不同，请先在两边统一单位后再合并。', { String: String(unit.name) }),
            );
        }
      }
      const merge = mergeTable(name, stored, incoming);
      // Written records advance the bar chunk by chunk; the unchanged ones count once the table is done.
      await writeInChunks(table, merge.writes, 'put', (written) => onProgress(done + written, total));
      for (const conflict of merge.conflicts) await keepConflict(name, conflict.mine, conflict.theirs, 'bothChanged');
      summary.added += merge.added;
      summary.updated += merge.updated;
      summary.unchanged += merge.unchanged;
      done += incoming.length;
      onProgress(done, total);
    }
    for (const record of recordsOf(scoped.data, 'evidence')) {
      done += 1;
      if (done % 100 === 0) {
        onProgress(done, total);
        await yieldToWindow();
      }
      if (await db.evidence.get(record.id)) continue;
      const { attachment, ...rest } = record;
      const bytes = scoped.data.attachments.get(attachment) ?? new Uint8Array();
      // The reader typed the evidence from its bytes; the stored Blob carries that type only.
      await db.evidence.add({ ...rest, blob: new Blob([bytes as BlobPart], { type: rest.type }) });
      summary.added += 1;
      summary.evidenceAdded += 1;
    }
    onProgress(total, total);
    return summary;
  });
}

/**
 * Resolves a stored conflict by keeping one side; the kept record descends from both and keeps
 * its own author and time (a change is never credited to whoever picked it).
 */
export async function resolveStoredConflict(db: KaopingDatabase, conflictId: string, keep: 'mine' | 'theirs'): Promise<void> {
  await db.transaction('rw', [db.conflicts, ...MERGED_TABLES.map((name) => db.table(name))], async () => {
    const conflict = await db.conflicts.get(conflictId);
    if (!conflict) return;
    const [chosen, other] = keep === 'mine' ? [conflict.mine, conflict.theirs] : [conflict.theirs, conflict.mine];
    const kept = metaOf(chosen as Row & Versioned);
    const resolved = markResolved(
      chosen as Row & Versioned,
      other as Row & Versioned,
      kept.changedBy,
      kept.changedAt || new Date().toISOString(),
    );
    await db.table(conflict.table).put(resolved);
    await db.conflicts.delete(conflictId);
  });
}
