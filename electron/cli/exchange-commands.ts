// `kaoping pack | merge | unpack`: evaluation packages from the command line, same core as the app.
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';

import type { Evaluation } from '#shared/domain/evaluation';
import { contentHash, metaOf } from '#shared/domain/record-meta';
import { basisMismatch } from '#shared/exchange/basis-mismatch';
import {
  type EvaluationData,
  evaluationTables,
  type NamedChecklistInputs,
  recordChecklistInputs,
  type Recorded,
  recordIndicatorInputs,
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
import { importPolicyFile } from '#shared/import/import-policy-file';
import { importRubricFile } from '#shared/rubric/import-rubric-file';
import { composedOf } from '#shared/scoring/rule-points';
import type { NamedInputs } from '#shared/scoring/score-inputs';

import { InputProblems, readEvaluationPackage } from './score-command';

const APP_VERSION = '0.1.0';

/** Package info; with `inspector` the package declares one inspector's scope (pack --base), otherwise the whole evaluation. */
function info(createdBy: string, description: string, evaluationId: string, inspector?: string): PackageInfo {
  const scope =
    inspector === undefined
      ? { kind: 'evaluation' as const, description, evaluationId }
      : { kind: 'inspector' as const, description, evaluationId, inspector };
  return { appVersion: APP_VERSION, createdBy, createdAt: new Date().toISOString(), scope };
}

/** The inputs file as `{units, inputs}` (each input an object); InputProblems naming the file otherwise. */
async function readInputsFile(path: string): Promise<{ units: string[]; inputs: Array<Record<string, unknown>> }> {
  try {
    const named = JSON.parse(await readFile(path, 'utf8')) as unknown;
    const valid =
      named !== null &&
      typeof named === 'object' &&
      'units' in named &&
      'inputs' in named &&
      Array.isArray(named.units) &&
      Array.isArray(named.inputs) &&
      named.inputs.every((input) => input !== null && typeof input === 'object');
    if (!valid) throw new Error('应为 {"units": [...], "inputs": [{...}, ...]}');
    return named as { units: string[]; inputs: Array<Record<string, unknown>> };
  } catch (error) {
    throw new InputProblems(`“${basename(path)}”无效：${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Records the inputs file on the evaluation by its basis; InputProblems listing every problem (nothing recorded) otherwise. */
async function recordInputsFile(data: EvaluationData, path: string, inspector: string): Promise<EvaluationData> {
  const named = await readInputsFile(path);
  const at = new Date().toISOString();
  const recorded: Recorded =
    data.basis.kind === 'checklist'
      ? recordChecklistInputs(data, named as NamedChecklistInputs, inspector, at)
      : recordIndicatorInputs(data, named as NamedInputs, inspector, at);
  if (recorded.problems.length > 0)
    throw new InputProblems(`“${basename(path)}”有 ${recorded.problems.length} 处问题：\n${recorded.problems.join('\n')}`);
  return recorded.data;
}

/** The package bytes, read back through the package reader before anything is written (so a package the app would refuse is never written). */
async function writeChecked(out: string, data: PackageData, packageInfo: PackageInfo): Promise<void> {
  const bytes = await buildPackage(data, packageInfo);
  await readPackage(bytes, basename(out));
  await writeFile(out, bytes);
}

/** A new evaluation's record for the named units (id stable for the same basis and units). */
function newEvaluation(name: string, basis: Evaluation['basis'], unitIds: string[], createdAt: string): Evaluation {
  const id = `evaluation-${contentHash({ basis, units: unitIds })}`;
  return { id, name, basis, unitIds, tieRule: 'competition', notApplicable: 'rescale', createdAt };
}

/** The units of a new evaluation, by name; InputProblems when a name is given twice. */
function unitsNamed(names: string[], createdAt: string) {
  const twice = names.filter((name, index) => names.indexOf(name) !== index);
  if (twice.length > 0) throw new InputProblems(`--units 中单位“${[...new Set(twice)].join('”“')}”重复。`);
  return names.map((name) => ({ id: unitIdFor(name), name, createdAt }));
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
  const names = unitNames.length > 0 || !inputsPath ? unitNames : (await readInputsFile(inputsPath)).units.map(String);
  const now = new Date().toISOString();
  const units = unitsNamed(names, now);
  const basis = { kind: 'indicatorSystem' as const, systemId: system.id };
  const evaluation = newEvaluation(
    system.title,
    basis,
    units.map((unit) => unit.id),
    now,
  );
  let data: EvaluationData = { evaluation, basis: { kind: 'indicatorSystem', system }, units, inputs: [] };
  if (inputsPath) data = await recordInputsFile(data, inputsPath, inspector);
  await writeChecked(out, evaluationTables(data), info(inspector, `${system.title}（${names.join('、')}）`, evaluation.id));
}

/**
 * pack --document: a new checklist inspection of the named units over the policy document in
 * `documentPath`, imported as `kaoping import` reads it (the package carries the document and its
 * items). Throws ImportError for an unreadable file, InputProblems for a unit named twice or a
 * file that holds no document or several (a compilation: each would be its own inspection).
 */
export async function packDocument(documentPath: string, unitNames: string[], inspector: string, out: string): Promise<void> {
  const fileName = basename(documentPath);
  const now = new Date().toISOString();
  const units = unitsNamed(unitNames, now);
  const result = await importPolicyFile(new Uint8Array(await readFile(documentPath)), fileName);
  if (result.documents.length !== 1)
    throw new InputProblems(
      `“${fileName}”含 ${result.documents.length} 份政策文件（${result.documents.map((entry) => entry.title).join('、')}），清单督查按一份文件进行，请先拆分。`,
    );
  const { items, ...document } = result.documents[0]!;
  const basis = { kind: 'checklist' as const, documentId: document.id };
  const evaluation = newEvaluation(
    document.title,
    basis,
    units.map((unit) => unit.id),
    now,
  );
  const data: EvaluationData = {
    evaluation,
    basis: {
      kind: 'checklist',
      document: { ...document, fingerprint: result.fingerprint, fileName, importedAt: now, itemCount: items.length },
      items: items.map((item, order) => ({ ...item, documentId: document.id, order })),
    },
    units,
    inputs: [],
  };
  await writeChecked(out, evaluationTables(data), info(inspector, `${document.title}（${unitNames.join('、')}）`, evaluation.id));
}

/** pack --base: an inspector's inputs recorded on a copy of an existing evaluation of either basis (same ids, new revisions). */
export async function packFromBase(basePath: string, inputsPath: string, inspector: string, out: string): Promise<void> {
  const base = await readEvaluationPackage(basePath);
  const data = await recordInputsFile(base.evaluation, inputsPath, inspector);
  const tables = evaluationTables(data);
  const merged: PackageData = { tables: { ...base.data.tables, ...tables.tables }, attachments: base.data.attachments };
  await writeChecked(out, merged, info(inspector, `${inspector} 的评分`, data.evaluation.id, inspector));
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
  if (incoming.tables.evaluations === undefined)
    local.evaluations = new Map((data.tables.evaluations ?? []).map((record) => [record.id, record]));
  return local;
}

const BASIS_NAMES = { checklist: '清单督查', indicatorSystem: '指标评分' } as const;

/**
 * Refuses (InputProblems, naming the file) a package that cannot merge into the data merged so
 * far: its version of the same evaluation has another basis or another copy of the document
 * (basisMismatch); or, the first evaluation of each being different, one is a checklist
 * inspection and the other an indicator-system evaluation, or both are checklist inspections of
 * different documents or versions of one document (their items would not match).
 */
function refuseMismatch(data: PackageData, incoming: PackageData, fileName: string, firstName: string): void {
  const ours = recordsOf(data, 'evaluations')[0];
  const theirs = recordsOf(incoming, 'evaluations')[0];
  if (!ours || !theirs) return;
  if (ours.id === theirs.id) {
    const documentId = ours.basis.kind === 'checklist' ? ours.basis.documentId : null;
    const items = recordsOf(data, 'items').filter((item) => item.documentId === documentId);
    const problems = basisMismatch(ours, items, incoming, fileName);
    if (problems.length > 0) throw new InputProblems(problems.join('\n'));
    return;
  }
  if (ours.basis.kind !== theirs.basis.kind)
    throw new InputProblems(
      `“${fileName}”是${BASIS_NAMES[theirs.basis.kind]}“${theirs.name}”的评价包，“${firstName}”是${BASIS_NAMES[ours.basis.kind]}“${ours.name}”的评价包，不能合并。`,
    );
  if (ours.basis.kind === 'checklist' && theirs.basis.kind === 'checklist' && ours.basis.documentId !== theirs.basis.documentId)
    throw new InputProblems(
      `“${fileName}”依据的政策文件“${theirs.name}”与“${firstName}”依据的不是同一份文件（或是同一文件的不同版本），不能合并。`,
    );
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
    refuseMismatch(data, next!.data, basename(paths[index + 1]!), basename(paths[0]!));
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
  const evaluationId = (data.tables.evaluations?.[0]?.id as string | undefined) ?? '';
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
