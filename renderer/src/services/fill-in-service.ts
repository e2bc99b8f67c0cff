// The Excel fill-in round trip as the user does it: save a sheet for an office without the app,
// open the returned sheet, see every problem, apply the valid rows.
import type { IndicatorSystem } from '#shared/domain/indicator-system';
import { buildFillInWorkbook } from '#shared/exchange/fill-in-workbook';
import { type FillInReading, readFillInWorkbook } from '#shared/exchange/read-fill-in';

import { db } from '../db/connection';
import type { Evaluation } from '../db/database';
import { applyFillIn, loadInputs } from '../db/evaluations-repository';
import { t } from '../i18n';
import { platform } from '../platform';

/**
 * Saves the fill-in workbook (填报表) with the current inputs; `system` is the evaluation's indicator
 * system, for a checklist inspection its checklist as one. Returns false when the user cancels.
 */
export async function exportFillIn(evaluation: Evaluation, system: IndicatorSystem): Promise<boolean> {
  const units = (await db.units.bulkGet(evaluation.unitIds)).filter((unit) => unit !== undefined);
  const inputs = await loadInputs(db, evaluation.id);
  const bytes = await buildFillInWorkbook({
    system,
    basisKind: evaluation.basis.kind,
    evaluationId: evaluation.id,
    evaluationName: evaluation.name,
    units,
    inputs,
  });
  return platform.saveFile(t('{{name}}-填报表.xlsx', { name: evaluation.name }), bytes);
}

/** Opens a returned fill-in workbook and checks it; null when the user cancels. Nothing is applied yet. */
export async function readReturnedFillIn(
  evaluation: Evaluation,
  system: IndicatorSystem,
): Promise<(FillInReading & { fileName: string }) | null> {
  const file = await platform.openFile([{ name: t('填报表（.xlsx）'), extensions: ['xlsx'] }]);
  if (!file) return null;
  const units = (await db.units.bulkGet(evaluation.unitIds)).filter((unit) => unit !== undefined);
  return { ...readFillInWorkbook(file.bytes, file.name, system, evaluation.id, units, evaluation.basis.kind), fileName: file.name };
}

/** Applies the valid rows after the user confirmed. */
export function applyReturnedFillIn(evaluation: Evaluation, reading: FillInReading, inspector: string): Promise<number> {
  return applyFillIn(db, evaluation.id, reading.inputs, reading.filledBy || inspector);
}
