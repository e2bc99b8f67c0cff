// Evaluation packages against the database: gather an evaluation into package data, and merge
// an incoming package in one transaction, keeping conflicts for the user.
import type { Table } from 'dexie';
import { mergeTable, markResolved } from '../../../shared/exchange/merge-records';
import type { PackageData } from '../../../shared/exchange/package-format';
import type { Versioned } from '../../../shared/exchange/record-meta';
import type { Evidence, KaopingDatabase, RubricEvaluation, StoredConflict } from './database';
import { writeInChunks } from './write-in-chunks';
import { t } from '../i18n';

type Row = { id: string } & Record<string, unknown>;

/** Which part of an evaluation a package carries: some units (for one inspector) or one inspector's results. */
export type EvaluationScope = { unitIds?: string[]; inspector?: string };

/** The tables of one rubric evaluation (optionally narrowed to a scope), evidence bytes as attachments. */
export async function collectEvaluation(db: KaopingDatabase, evaluation: RubricEvaluation, scope: EvaluationScope = {}): Promise<PackageData> {
  const system = await db.indicatorSystems.get(evaluation.systemId);
  const unitIds = scope.unitIds ?? evaluation.unitIds;
  const units = (await db.units.bulkGet(unitIds)).filter((unit) => unit !== undefined);
  const inScope = (record: { unitId: string; inspector: string }) => unitIds.includes(record.unitId) && (scope.inspector === undefined || record.inspector === scope.inspector);
  const inputs = (await db.rubricInputs.where('evaluationId').equals(evaluation.id).toArray()).filter(inScope);
  const inputIds = new Set(inputs.map((input) => input.id));
  const evidence = (await db.evidence.where('evaluationId').equals(evaluation.id).toArray()).filter((entry) => inputIds.has(entry.inputId));
  const attachments = new Map<string, Uint8Array>();
  const evidenceRecords: Row[] = [];
  for (const { blob, ...record } of evidence) {
    const path = `attachments/${record.id}`;
    attachments.set(path, new Uint8Array(await blob.arrayBuffer()));
    evidenceRecords.push({ ...record, attachment: path });
  }
  return {
    tables: { indicatorSystems: system ? [system as unknown as Row] : [], units: units as unknown as Row[], rubricEvaluations: [evaluation as unknown as Row], rubricInputs: inputs as unknown as Row[], evidence: evidenceRecords },
    attachments,
  };
}

/** One unit's rectification ledger (the 'ledger' package scope), with the unit. */
export async function collectLedger(db: KaopingDatabase, unitId: string): Promise<PackageData> {
  const unit = await db.units.get(unitId);
  const rectifications = await db.rectifications.where('unitId').equals(unitId).toArray();
  return { tables: { units: unit ? [unit as unknown as Row] : [], rectifications: rectifications as unknown as Row[] }, attachments: new Map() };
}

export type ImportSummary = { added: number; updated: number; unchanged: number; conflicts: number; evaluationId: string | null };

/**
 * Merges a package into the database in one read-write transaction: new records added, records
 * changed only in the package updated, records changed on both sides left as they are with both
 * versions stored as conflicts. Units are matched by id, then by name (the same unit created in
 * two offices). Throws (and writes nothing) if anything fails.
 */
export async function mergePackage(db: KaopingDatabase, data: PackageData, source: string): Promise<ImportSummary> {
  return db.transaction('rw', [db.indicatorSystems, db.units, db.rubricEvaluations, db.rubricInputs, db.evidence, db.conflicts, db.rectifications], async () => {
    const summary: ImportSummary = { added: 0, updated: 0, unchanged: 0, conflicts: 0, evaluationId: (data.tables.rubricEvaluations?.[0]?.id as string | undefined) ?? null };
    const now = new Date().toISOString();
    const tables = [
      ['indicatorSystems', db.indicatorSystems],
      ['units', db.units],
      ['rubricEvaluations', db.rubricEvaluations],
      ['rubricInputs', db.rubricInputs],
      ['rectifications', db.rectifications],
    ] as const;
    for (const [name, table] of tables) {
      const incoming = (data.tables[name] ?? []) as Array<Row & Versioned>;
      if (incoming.length === 0) continue;
      const local = (await table.bulkGet(incoming.map((record) => record.id))).filter((record) => record !== undefined) as unknown as Array<Row & Versioned>;
      if (name === 'units') {
        for (const unit of incoming) {
          const sameName = await db.units.where('name').equals(String(unit.name)).first();
          if (sameName && sameName.id !== unit.id) throw new Error(t('评价包中的单位“{{String}}”与本机同名单位编号不同，请先在两边统一单位后再合并。', { String: String(unit.name) }));
        }
      }
      const merge = mergeTable(name, local, incoming);
      await writeInChunks(table as unknown as Table<unknown>, merge.writes, 'put');
      for (const conflict of merge.conflicts) {
        const record: StoredConflict = { id: `${name}|${conflict.id}`, table: name, recordId: conflict.id, evaluationId: String(conflict.mine.evaluationId ?? summary.evaluationId ?? ''), mine: conflict.mine, theirs: conflict.theirs, source, detectedAt: now };
        await db.conflicts.put(record);
      }
      summary.added += merge.added;
      summary.updated += merge.updated;
      summary.unchanged += merge.unchanged;
      summary.conflicts += merge.conflicts.length;
    }
    for (const record of (data.tables.evidence ?? []) as Array<Row & { attachment: string }>) {
      if (await db.evidence.get(record.id)) continue;
      const { attachment, ...rest } = record;
      const bytes = data.attachments.get(attachment) ?? new Uint8Array();
      await db.evidence.add({ ...(rest as unknown as Omit<Evidence, 'blob'>), blob: new Blob([bytes as BlobPart], { type: String(rest.type ?? 'application/octet-stream') }) });
    }
    return summary;
  });
}

/** Resolves a stored conflict by keeping one side; the kept record descends from both. */
export async function resolveStoredConflict(db: KaopingDatabase, conflictId: string, keep: 'mine' | 'theirs', resolvedBy: string): Promise<void> {
  await db.transaction('rw', [db.conflicts, db.rubricInputs, db.units, db.rubricEvaluations, db.indicatorSystems, db.rectifications], async () => {
    const conflict = await db.conflicts.get(conflictId);
    if (!conflict) return;
    const [chosen, other] = keep === 'mine' ? [conflict.mine, conflict.theirs] : [conflict.theirs, conflict.mine];
    const resolved = markResolved(chosen as Row & Versioned, other as Row & Versioned, resolvedBy, new Date().toISOString());
    await (db.table(conflict.table) as unknown as { put(record: unknown): Promise<unknown> }).put(resolved);
    await db.conflicts.delete(conflictId);
  });
}
