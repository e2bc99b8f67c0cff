// The ledger's file round trips: a unit's 整改进展反馈表 out and back, and its ledger as a package.
import dayjs from 'dayjs';

import { buildProgressFeedback, type ProgressUpdate, readProgressFeedback } from '#shared/exchange/progress-feedback';
import { buildPackage } from '#shared/exchange/write-package';

import { APP_VERSION } from '../app/version';
import { db } from '../db/connection';
import { applyFeedback } from '../db/ledger-repository';
import { collectLedger } from '../db/package-repository';
import { t } from '../i18n';
import { platform } from '../platform';

/** Saves a unit's feedback sheet (open items only). Returns false when the user cancels. */
export async function exportFeedbackSheet(unitId: string, unitName: string): Promise<boolean> {
  const open = (await db.rectifications.where('unitId').equals(unitId).toArray()).filter((item) => item.status !== 'closed');
  const bytes = await buildProgressFeedback(unitName, open, dayjs().format('YYYY-MM-DD'));
  return platform.saveFile(t('{{unitName}}-整改进展反馈表.xlsx', { unitName: unitName }), bytes);
}

/** Opens a returned feedback sheet and checks it against the unit's ledger; null when cancelled. */
export async function readFeedbackSheet(
  unitId: string,
): Promise<{ fileName: string; updates: ProgressUpdate[]; problems: string[] } | null> {
  const file = await platform.openFile([{ name: t('整改进展反馈表（.xlsx）'), extensions: ['xlsx'] }]);
  if (!file) return null;
  const ledger = await db.rectifications.where('unitId').equals(unitId).toArray();
  return { fileName: file.name, ...readProgressFeedback(file.bytes, file.name, ledger) };
}

export function applyFeedbackSheet(updates: ProgressUpdate[], by: string): Promise<number> {
  return applyFeedback(db, updates, by);
}

/** Saves a unit's ledger as a .kaoping package (scope 'ledger'). */
export async function exportLedgerPackage(unitId: string, unitName: string, createdBy: string): Promise<boolean> {
  const data = await collectLedger(db, unitId);
  const bytes = await buildPackage(data, {
    appVersion: APP_VERSION,
    createdBy,
    createdAt: new Date().toISOString(),
    scope: { kind: 'ledger', description: t('{{unitName}} 整改台账', { unitName: unitName }), unitIds: [unitId] },
  });
  return platform.saveFile(t('{{unitName}}-整改台账.kaoping', { unitName: unitName }), bytes);
}
