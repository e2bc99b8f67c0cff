// Long exports in batches: one Word report per unit, zipped, with progress and cancellation.
import { zipSync } from 'fflate';

import type { Evaluation, EvaluationInput } from '../domain/evaluation';
import type { Rectification } from '../domain/rectification';
import type { PolicyDocument, Unit } from '../domain/types';
import { scoreChecklist } from '../scoring/checklist-score';
import { collectFindings } from '../scoring/findings';
import { safeFileName } from '../text/file-name';
import { buildConsolidatedReport, buildRectificationReport } from './word/rectification-report';

/**
 * An evaluation's data for its reports. `reportedOn` is the 成文日期 (ISO); `issuer` the 发文机关署名
 * of the consolidated report (units sign their own reports); `rectifications` the evaluation's
 * ledger items, which the reports print in place of the measures' own wording.
 */
export type ChecklistEvaluationData = {
  document: PolicyDocument;
  evaluation: Evaluation;
  units: Unit[];
  /** The evaluation's cells (value = the status's level, null = 不适用). */
  inputs: EvaluationInput[];
  rectifications: Rectification[];
  reportedOn: string;
  issuer?: string;
};

/** Thrown when the user cancels a batch. */
export class ExportCancelled extends Error {
  constructor() {
    super('导出已取消。');
    this.name = 'ExportCancelled';
  }
}

/**
 * Builds every unit's 整改报告 and zips them (`<单位>-整改报告.docx`). Calls `onProgress(done,
 * total)` after each unit; checks `isCancelled()` before each and throws ExportCancelled, so a
 * worker can stop promptly. Output: the zip bytes.
 */
export async function buildReportBatch(
  data: ChecklistEvaluationData,
  onProgress: (done: number, total: number) => void,
  isCancelled: () => boolean = () => false,
): Promise<Uint8Array> {
  const scores = scoreChecklist(data.document.items, data.units, data.inputs, data.evaluation.tieRule);
  const files: Record<string, Uint8Array> = {};
  for (const [index, unit] of data.units.entries()) {
    if (isCancelled()) throw new ExportCancelled();
    const findings = collectFindings(data.document.items, [unit], data.inputs, data.rectifications);
    files[safeFileName(`${unit.name}-整改报告.docx`)] = await buildRectificationReport({
      document: data.document,
      evaluationName: data.evaluation.name,
      unit,
      score: scores[index]!,
      findings,
      reportedOn: data.reportedOn,
    });
    onProgress(index + 1, data.units.length);
  }
  return zipSync(files, { level: 0 });
}

/** The consolidated report of all units (one document). */
export async function buildConsolidated(data: ChecklistEvaluationData): Promise<Uint8Array> {
  const scores = scoreChecklist(data.document.items, data.units, data.inputs, data.evaluation.tieRule);
  const units = data.units.map((unit, index) => ({
    unit,
    score: scores[index]!,
    findings: collectFindings(data.document.items, [unit], data.inputs, data.rectifications),
  }));
  return buildConsolidatedReport({
    document: data.document,
    evaluationName: data.evaluation.name,
    units,
    reportedOn: data.reportedOn,
    ...(data.issuer ? { issuer: data.issuer } : {}),
  });
}
