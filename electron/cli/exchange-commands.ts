// `kaoping pack | merge | unpack`: evaluation packages from the command line, same core as the app.
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { rubricEvaluationFromTables, rubricEvaluationTables, recordNamedInputs, unitIdFor, type RubricEvaluationData } from '../../shared/exchange/evaluation-package';
import { markResolved, resolveConflict } from '../../shared/exchange/merge-records';
import { mergePackageData, withRecords, type PackageMerge } from '../../shared/exchange/merge-packages';
import type { PackageData, TableName } from '../../shared/exchange/package-format';
import { readPackage } from '../../shared/exchange/read-package';
import { contentHash, metaOf } from '../../shared/exchange/record-meta';
import { buildPackage, type PackageInfo } from '../../shared/exchange/write-package';
import { importRubricFile } from '../../shared/rubric/import-rubric-file';
import type { NamedInputs } from '../../shared/scoring/score-inputs';
import { InputProblems } from './score-command';

const APP_VERSION = '0.1.0';

function info(createdBy: string, description: string, evaluationId: string): PackageInfo {
  return { appVersion: APP_VERSION, createdBy, createdAt: new Date().toISOString(), scope: { kind: 'evaluation', description, evaluationId } };
}

async function readNamedInputs(path: string): Promise<NamedInputs> {
  try {
    const named = JSON.parse(await readFile(path, 'utf8')) as NamedInputs;
    if (!Array.isArray(named?.units) || !Array.isArray(named?.inputs)) throw new Error('应为 {"units": [...], "inputs": [...]}');
    return named;
  } catch (error) {
    throw new InputProblems(`“${basename(path)}”无效：${error instanceof Error ? error.message : String(error)}`);
  }
}

function apply(data: RubricEvaluationData, named: NamedInputs, inspector: string, source: string): RubricEvaluationData {
  const recorded = recordNamedInputs(data, named, inspector, new Date().toISOString());
  if (recorded.problems.length > 0) throw new InputProblems(`“${source}”有 ${recorded.problems.length} 处问题：\n${recorded.problems.join('\n')}`);
  return recorded.data;
}

/** pack --rubric: a new evaluation over the rubric for the named units, with optional inputs. */
export async function packNew(rubricPath: string, unitNames: string[], inputsPath: string | undefined, inspector: string, out: string): Promise<void> {
  const system = await importRubricFile(new Uint8Array(await readFile(rubricPath)), basename(rubricPath));
  const named = inputsPath ? await readNamedInputs(inputsPath) : { units: unitNames, inputs: [] };
  const names = unitNames.length > 0 ? unitNames : named.units;
  const now = new Date().toISOString();
  const units = names.map((name) => ({ id: unitIdFor(name), name, createdAt: now }));
  const evaluationId = `evaluation-${contentHash({ system: system.id, units: names })}`;
  let data: RubricEvaluationData = {
    system,
    units,
    evaluation: { id: evaluationId, name: system.title, systemId: system.id, unitIds: units.map((unit) => unit.id), tieRule: 'competition', notApplicable: 'rescale', createdAt: now },
    inputs: [],
  };
  if (inputsPath) data = apply(data, { ...named, units: names }, inspector, basename(inputsPath));
  await writeFile(out, await buildPackage(rubricEvaluationTables(data), info(inspector, `${system.title}（${names.join('、')}）`, evaluationId)));
}

/** pack --base: an inspector's inputs recorded on a copy of an existing evaluation (same ids, new revisions). */
export async function packFromBase(basePath: string, inputsPath: string, inspector: string, out: string): Promise<void> {
  const base = await readPackage(new Uint8Array(await readFile(basePath)), basename(basePath));
  const data = apply(rubricEvaluationFromTables(base.data), await readNamedInputs(inputsPath), inspector, basename(inputsPath));
  const tables = rubricEvaluationTables(data);
  const merged: PackageData = { tables: { ...base.data.tables, ...tables.tables }, attachments: base.data.attachments };
  await writeFile(out, await buildPackage(merged, info(inspector, `${inspector} 的评分`, data.evaluation.id)));
}

export type MergeJson = {
  stats: PackageMerge['stats'];
  conflicts: Array<{ table: string; id: string; mine: { changedBy: string; changedAt: string; value: unknown }; theirs: { changedBy: string; changedAt: string; value: unknown }; resolved: 'mine' | 'theirs' | null }>;
  unresolved: number;
};

/**
 * merge: the first package, then each following one merged into it. With `prefer` ('newer' or
 * 'first') conflicts are resolved by that rule; without, the first package's version is kept in
 * the output and the conflict is reported as unresolved.
 */
export async function mergeFiles(paths: string[], out: string, prefer: 'newer' | 'first' | null, mergedBy: string): Promise<MergeJson> {
  const [first, ...rest] = await Promise.all(paths.map(async (path) => readPackage(new Uint8Array(await readFile(path)), basename(path))));
  let data = first!.data;
  const report: MergeJson = { stats: {}, conflicts: [], unresolved: 0 };
  for (const next of rest) {
    const merge = mergePackageData(data, next!.data);
    data = merge.data;
    for (const [table, stats] of Object.entries(merge.stats)) {
      const total = (report.stats[table as TableName] ??= { added: 0, updated: 0, unchanged: 0, conflicts: 0 });
      total.added += stats.added;
      total.updated += stats.updated;
      total.unchanged += stats.unchanged;
      total.conflicts += stats.conflicts;
    }
    for (const conflict of merge.conflicts) {
      const chosen = prefer ? resolveConflict(conflict, prefer === 'newer' ? 'newer' : 'mine') : null;
      if (chosen) data = withRecords(data, conflict.table as TableName, [markResolved(chosen, chosen === conflict.mine ? conflict.theirs : conflict.mine, mergedBy, new Date().toISOString())]);
      const side = (record: typeof conflict.mine) => ({ changedBy: metaOf(record).changedBy, changedAt: metaOf(record).changedAt, value: record.value ?? record.name ?? null });
      report.conflicts.push({ table: conflict.table, id: conflict.id, mine: side(conflict.mine), theirs: side(conflict.theirs), resolved: chosen === null ? null : chosen === conflict.mine ? 'mine' : 'theirs' });
    }
  }
  report.unresolved = report.conflicts.filter((conflict) => conflict.resolved === null).length;
  const evaluationId = (data.tables.rubricEvaluations?.[0]?.id as string | undefined) ?? '';
  await writeFile(out, await buildPackage(data, info(mergedBy, `合并自 ${paths.map((path) => basename(path)).join('、')}`, evaluationId)));
  return report;
}

/** unpack: the manifest and every table of a package as JSON (attachments listed by path and size). */
export async function unpackFile(path: string): Promise<unknown> {
  const { manifest, data } = await readPackage(new Uint8Array(await readFile(path)), basename(path));
  return { manifest, tables: data.tables, attachments: [...data.attachments].map(([name, bytes]) => ({ path: name, size: bytes.byteLength })) };
}
