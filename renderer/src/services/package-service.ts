// Evaluation packages as the user handles them: save one for another office, open one and merge.
import dayjs from 'dayjs';
import { readPackage } from '../../../shared/exchange/read-package';
import { buildPackage } from '../../../shared/exchange/write-package';
import type { OpenedFile } from '../../../shared/ipc/contract';
import { db } from '../db/connection';
import type { RubricEvaluation } from '../db/database';
import { collectEvaluation, mergePackage, type EvaluationScope, type ImportSummary } from '../db/package-repository';
import { platform } from '../platform';
import { backupNow } from './backup-service';

import { APP_VERSION } from '../app/version';

/**
 * Saves the evaluation as a .kaoping package: all of it, some units (to hand to one inspector), or
 * one inspector's results. Returns false when the user cancels.
 */
export async function exportEvaluationPackage(evaluation: RubricEvaluation, createdBy: string, scope: EvaluationScope = {}): Promise<boolean> {
  const data = await collectEvaluation(db, evaluation, scope);
  const kind = scope.inspector !== undefined ? 'inspector' : scope.unitIds ? 'units' : 'evaluation';
  const description = kind === 'inspector' ? `${evaluation.name}：${scope.inspector} 的评分` : kind === 'units' ? `${evaluation.name}：部分单位` : evaluation.name;
  const bytes = await buildPackage(data, { appVersion: APP_VERSION, createdBy, createdAt: new Date().toISOString(), scope: { kind, description, evaluationId: evaluation.id, ...(scope.unitIds ? { unitIds: scope.unitIds } : {}), ...(scope.inspector !== undefined ? { inspector: scope.inspector } : {}) } });
  return platform.saveFile(`${evaluation.name}-${createdBy || '评价包'}-${dayjs().format('YYYYMMDD-HHmm')}.kaoping`, bytes);
}

/** Opens a .kaoping package and merges it; null when the user cancels. Throws PackageError with the reason. */
export async function importEvaluationPackage(): Promise<ImportSummary | null> {
  const file = await platform.openFile([{ name: '考评评价包（.kaoping）', extensions: ['kaoping'] }]);
  return file && mergePackageFile(file);
}

/**
 * Merges a .kaoping evaluation package already in hand (picked, dropped or handed over by the OS),
 * after a backup. Throws PackageError with the reason, or an Error when the file is a whole-data
 * backup (those are restored on the backup screen, never merged unasked).
 */
export async function mergePackageFile(file: OpenedFile): Promise<ImportSummary> {
  const { manifest, data } = await readPackage(file.bytes, file.name);
  if (manifest.scope.kind === 'backup') throw new Error(`“${file.name}”是全部数据备份，不是评价包；如需恢复，请在“备份与恢复”中用“从备份文件恢复”。`);
  await backupNow(`合并“${file.name}”前自动备份`);
  return mergePackage(db, data, `${file.name}（${manifest.createdBy || '未署名'}，${manifest.createdAt.slice(0, 16).replace('T', ' ')}）`);
}
