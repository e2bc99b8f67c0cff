// Evaluation packages as the user handles them: save one for another office, open one and merge.
import dayjs from 'dayjs';

import type { Manifest, PackageData } from '#shared/exchange/package-format';
import { type PackageSizes, packageSizes } from '#shared/exchange/package-sizes';
import { readPackage } from '#shared/exchange/read-package';
import { buildPackage } from '#shared/exchange/write-package';
import type { OpenedFile } from '#shared/ipc/contract';

import { APP_VERSION } from '../app/version';
import { db } from '../db/connection';
import type { Evaluation } from '../db/database';
import { collectEvaluation, type EvaluationScope, type ImportSummary, mergePackage } from '../db/package-repository';
import { t } from '../i18n';
import { platform } from '../platform';
import { backupNow } from './backup-service';
import { clearUndo } from './undo-service';

/**
 * Saves the evaluation (of either basis, the basis travelling with it) as a .kaoping package: all
 * of it, some units (to hand to one inspector), or one inspector's results. Returns false when
 * the user cancels.
 */
export async function exportEvaluationPackage(evaluation: Evaluation, createdBy: string, scope: EvaluationScope = {}): Promise<boolean> {
  const data = await collectEvaluation(db, evaluation, scope);
  const kind = scope.inspector !== undefined ? 'inspector' : scope.unitIds ? 'units' : 'evaluation';
  const description =
    kind === 'inspector'
      ? t('{{name}}：{{inspector}} 的评分', { name: evaluation.name, inspector: scope.inspector })
      : kind === 'units'
        ? t('{{name}}：部分单位', { name: evaluation.name })
        : evaluation.name;
  const bytes = await buildPackage(data, {
    appVersion: APP_VERSION,
    createdBy,
    createdAt: new Date().toISOString(),
    scope: {
      kind,
      description,
      evaluationId: evaluation.id,
      ...(scope.unitIds ? { unitIds: scope.unitIds } : {}),
      ...(scope.inspector !== undefined ? { inspector: scope.inspector } : {}),
    },
  });
  return platform.saveFile(`${evaluation.name}-${createdBy || t('评价包')}-${dayjs().format('YYYYMMDD-HHmm')}.kaoping`, bytes);
}

/** What the user is told about records a merge refused as outside the package's declared scope; null when none. */
export function refusedNotice(name: string, summary: ImportSummary): string | null {
  if (summary.refused === 0) return null;
  return t('“{{name}}”中有 {{count}} 条记录超出其声明的范围，未合并：{{reasons}}', {
    name,
    count: summary.refused,
    reasons: summary.refusedReasons.join('；'),
  });
}

/** A package read and checked, not yet merged: what the merge dialog shows before the user confirms. */
export type OpenedPackage = { fileName: string; manifest: Manifest; data: PackageData; sizes: PackageSizes };

/** Lets the user pick a .kaoping package and reads it; null when the user cancels. Throws as `readPackageFile`. */
export async function pickEvaluationPackage(): Promise<OpenedPackage | null> {
  const file = await platform.openFile([{ name: t('考评评价包（.kaoping）'), extensions: ['kaoping'] }]);
  return file && readPackageFile(file);
}

/**
 * Reads a .kaoping evaluation package already in hand (picked, dropped or handed over by the OS)
 * and counts what it brings; nothing is stored. Throws PackageError with the reason, or an Error
 * when the file is a whole-data backup (those are restored on the backup screen, never merged unasked).
 */
export async function readPackageFile(file: OpenedFile): Promise<OpenedPackage> {
  const { manifest, data } = await readPackage(file.bytes, file.name);
  if (manifest.scope.kind === 'backup')
    throw new Error(t('“{{name}}”是全部数据备份，不是评价包；如需恢复，请在“备份与恢复”中用“从备份文件恢复”。', { name: file.name }));
  return { fileName: file.name, manifest, data, sizes: packageSizes(data) };
}

/**
 * Merges a read package after a backup, reporting `onProgress(done, total)` (records written).
 * Output: the merge's summary. Throws (having written nothing of the package) what the merge throws.
 */
export async function mergeOpenedPackage(
  opened: OpenedPackage,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<ImportSummary> {
  const [summary] = await mergeOpenedPackages([opened], (_index, done, total) => onProgress(done, total));
  return summary!;
}

/**
 * Merges read packages one after another after ONE backup taken before the first (an office
 * merging its inspectors' packages in one run), each package in its own transaction (all or
 * nothing per package). `onProgress(index, done, total)`: the package under way and its records
 * written. Output: each package's summary, in order. Throws what a merge throws; packages merged
 * before the failing one stay merged, the failing one writes nothing.
 */
export async function mergeOpenedPackages(
  packages: readonly OpenedPackage[],
  onProgress: (index: number, done: number, total: number) => void = () => {},
): Promise<ImportSummary[]> {
  if (packages.length === 0) return [];
  const names = packages.map((opened) => opened.fileName).join('、');
  await backupNow(t('合并“{{name}}”前自动备份', { name: names }));
  clearUndo(); // the merged records replace what 撤销 would restore
  const summaries: ImportSummary[] = [];
  for (const [index, { fileName, manifest, data }] of packages.entries()) {
    summaries.push(
      await mergePackage(
        db,
        data,
        `${fileName}（${t('据包声明')}：${manifest.createdBy || t('未署名')}，${manifest.createdAt.slice(0, 16).replace('T', ' ')}）`,
        manifest.scope,
        (done, total) => onProgress(index, done, total),
        fileName,
      ),
    );
  }
  return summaries;
}
