// `kaoping pack | merge | unpack`: evaluation packages from the command line, same core as the app.
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';

import { contentHash, metaOf } from '#shared/domain/record-meta';
import {
  recordNamedInputs,
  type RubricEvaluationData,
  rubricEvaluationFromTables,
  rubricEvaluationTables,
  unitIdFor,
} from '#shared/exchange/evaluation-package';
import { mergePackageData, type PackageMerge, withRecords } from '#shared/exchange/merge-packages';
import { markResolved, resolveConflict } from '#shared/exchange/merge-records';
import { type LocalVersions, partitionByScope, type RefusedRecord } from '#shared/exchange/merge-scope';
import type { Manifest, PackageData, TableName } from '#shared/exchange/package-format';
import { readPackage } from '#shared/exchange/read-package';
import { describeDifferences } from '#shared/exchange/record-diff';
import { recordsOf } from '#shared/exchange/table-schemas';
import { buildPackage, type PackageInfo } from '#shared/exchange/write-package';
import { importRubricFile } from '#shared/rubric/import-rubric-file';
import { composedOf } from '#shared/scoring/rule-points';
import type { NamedInputs } from '#shared/scoring/score-inputs';

import { InputProblems } from './score-command';

const APP_VERSION = '0.1.0';

/** Package info; with `inspector` the package declares one inspector's scope (pack --base), otherwise the whole evaluation. */
function info(createdBy: string, description: string, evaluationId: string, inspector?: string): PackageInfo {
  const scope =
    inspector === undefined
      ? { kind: 'evaluation' as const, description, evaluationId }
      : { kind: 'inspector' as const, description, evaluationId, inspector };
  return { appVersion: APP_VERSION, createdBy, createdAt: new Date().toISOString(), scope };
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
  if (recorded.problems.length > 0)
    throw new InputProblems(`“${source}”有 ${recorded.problems.length} 处问题：\n${recorded.problems.join('\n')}`);
  return recorded.data;
}

/** pack --rubric: a new evaluation over the rubric for the named units, with optional inputs. */
export async function packNew(
  rubricPath: string,
  unitNames: string[],
  inputsPath: string | undefined,
  inspector: string,
  out: string,
): Promise<void> {
  const system = await importRubricFile(new Uint8Array(await readFile(rubricPath)), basename(rubricPath));
  const named = inputsPath ? await readNamedInputs(inputsPath) : { units: unitNames, inputs: [] };
  const names = unitNames.length > 0 ? unitNames : named.units;
  const now = new Date().toISOString();
  const units = names.map((name) => ({ id: unitIdFor(name), name, createdAt: now }));
  const evaluationId = `evaluation-${contentHash({ system: system.id, units: names })}`;
  let data: RubricEvaluationData = {
    system,
    units,
    evaluation: {
      id: evaluationId,
      name: system.title,
      systemId: system.id,
      unitIds: units.map((unit) => unit.id),
      tieRule: 'competition',
      notApplicable: 'rescale',
      createdAt: now,
    },
    inputs: [],
  };
  if (inputsPath) data = apply(data, { ...named, units: names }, inspector, basename(inputsPath));
  await writeFile(
    out,
    await buildPackage(rubricEvaluationTables(data), info(inspector, `${system.title}（${names.join('、')}）`, evaluationId)),
  );
}

/** pack --base: an inspector's inputs recorded on a copy of an existing evaluation (same ids, new revisions). */
export async function packFromBase(basePath: string, inputsPath: string, inspector: string, out: string): Promise<void> {
  const base = await readPackage(new Uint8Array(await readFile(basePath)), basename(basePath));
  const data = apply(rubricEvaluationFromTables(base.data), await readNamedInputs(inputsPath), inspector, basename(inputsPath));
  const tables = rubricEvaluationTables(data);
  const merged: PackageData = { tables: { ...base.data.tables, ...tables.tables }, attachments: base.data.attachments };
  await writeFile(out, await buildPackage(merged, info(inspector, `${inspector} 的评分`, data.evaluation.id, inspector)));
}

type Side = { changedBy: string; changedAt: string; value: unknown };

export type MergeJson = {
  stats: PackageMerge['stats'];
  /**
   * Records changed on both sides, and (`outOfScope: true`) changes to shared definitions from a
   * package whose scope does not cover them — those are never resolved by `--prefer newer`. The
   * incoming side's author is as the package claims it (`claimed: true`).
   */
  conflicts: Array<{
    table: string;
    id: string;
    mine: Side;
    theirs: Side & { claimed: true };
    resolved: 'mine' | 'theirs' | null;
    outOfScope?: true;
    differences?: string[];
  }>;
  /** Per-unit records outside the package's declared scope: not merged. */
  refused: Array<RefusedRecord & { file: string }>;
  unresolved: number;
};

/** The merged data's version of each record the incoming package holds (what "local" is for the scope check). */
function localVersions(data: PackageData, incoming: PackageData): LocalVersions {
  const local: LocalVersions = {};
  for (const [table, records] of Object.entries(incoming.tables) as Array<[TableName, Array<{ id: string } & Record<string, unknown>>]>) {
    const ids = new Set(records.map((record) => record.id));
    local[table] = new Map((data.tables[table] ?? []).filter((record) => ids.has(record.id)).map((record) => [record.id, record]));
  }
  if (incoming.tables.rubricEvaluations === undefined)
    local.rubricEvaluations = new Map((data.tables.rubricEvaluations ?? []).map((record) => [record.id, record]));
  return local;
}

/** The scope check of one incoming package against the data merged so far. */
function scoped(data: PackageData, next: { manifest: Manifest; data: PackageData }) {
  if (next.manifest.scope.kind === 'backup') throw new InputProblems('全部数据备份不能合并，只能在考评的“备份与恢复”中恢复。');
  return partitionByScope(next.manifest.scope, next.data, localVersions(data, next.data));
}

/**
 * merge: the first package, then each following one merged into it. With `prefer` ('newer' or
 * 'first') conflicts are resolved by that rule; without, the first package's version is kept in
 * the output and the conflict is reported as unresolved.
 */
export async function mergeFiles(paths: string[], out: string, prefer: 'newer' | 'first' | null, mergedBy: string): Promise<MergeJson> {
  const [first, ...rest] = await Promise.all(paths.map(async (path) => readPackage(new Uint8Array(await readFile(path)), basename(path))));
  let data = first!.data;
  const report: MergeJson = { stats: {}, conflicts: [], refused: [], unresolved: 0 };
  for (const [index, next] of rest.entries()) {
    const scope = scoped(data, next!);
    report.refused.push(...scope.refused.map((record) => ({ ...record, file: basename(paths[index + 1]!) })));
    for (const change of scope.review) {
      const resolved = prefer === 'first' ? 'mine' : null;
      if (resolved)
        data = withRecords(data, change.table, [
          markResolved(change.mine, change.theirs, metaOf(change.mine).changedBy, new Date().toISOString()),
        ]);
      const side = (record: typeof change.mine) => ({
        changedBy: metaOf(record).changedBy,
        changedAt: metaOf(record).changedAt,
        value: record.value ?? record.name ?? record.title ?? null,
      });
      report.conflicts.push({
        table: change.table,
        id: change.id,
        mine: side(change.mine),
        theirs: { ...side(change.theirs), claimed: true },
        resolved,
        outOfScope: true,
        differences: describeDifferences(change.mine, change.theirs),
      });
    }
    const merge = mergePackageData(data, scope.data);
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
      if (chosen)
        data = withRecords(data, conflict.table as TableName, [
          markResolved(
            chosen,
            chosen === conflict.mine ? conflict.theirs : conflict.mine,
            metaOf(chosen).changedBy,
            new Date().toISOString(),
          ),
        ]);
      const side = (record: typeof conflict.mine) => ({
        changedBy: metaOf(record).changedBy,
        changedAt: metaOf(record).changedAt,
        value: record.value ?? record.name ?? null,
      });
      report.conflicts.push({
        table: conflict.table,
        id: conflict.id,
        mine: side(conflict.mine),
        theirs: { ...side(conflict.theirs), claimed: true },
        resolved: chosen === null ? null : chosen === conflict.mine ? 'mine' : 'theirs',
      });
    }
  }
  report.unresolved = report.conflicts.filter((conflict) => conflict.resolved === null).length;
  const evaluationId = (data.tables.rubricEvaluations?.[0]?.id as string | undefined) ?? '';
  await writeFile(out, await buildPackage(data, info(mergedBy, `合并自 ${paths.map((path) => basename(path)).join('、')}`, evaluationId)));
  return report;
}

/**
 * unpack: the manifest and every table of a package as JSON (attachments listed by path and size),
 * and per indicator system the inputs each scored indicator takes (name, kind, label).
 */
export async function unpackFile(path: string): Promise<unknown> {
  const { manifest, data } = await readPackage(new Uint8Array(await readFile(path)), basename(path));
  const systems = recordsOf(data, 'indicatorSystems');
  const inputs = systems.map((system) => ({
    system: system.title,
    indicators: system.indicators
      .filter((indicator) => indicator.rule)
      .map((indicator) => ({
        indicator: indicator.name,
        inputs: composedOf(indicator.rule!, indicator.maxPoints).inputs.map(({ name, kind, label }) => ({ name, kind, label })),
      })),
  }));
  return {
    manifest,
    tables: data.tables,
    inputs,
    attachments: [...data.attachments].map(([name, bytes]) => ({ path: name, size: bytes.byteLength })),
  };
}
