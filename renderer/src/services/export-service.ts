// Exports as the user does it: gather the evaluation from storage, build the file with the
// shared core, hand the bytes to the platform (save dialog or download).
import dayjs from 'dayjs';

import type { Evaluation } from '#shared/domain/evaluation';
import type { IndicatorSystem } from '#shared/domain/indicator-system';
import type { Rectification } from '#shared/domain/rectification';
import type { PolicyDocument } from '#shared/domain/types';
import type { ChecklistEvaluationData } from '#shared/export/batch-reports';
import { categoryChartOption, compareCategories } from '#shared/export/charts/category-chart';
import { buildChecklistWorkbook } from '#shared/export/excel/checklist-workbook';
import { buildLedgerWorkbook } from '#shared/export/excel/ledger-workbook';
import { buildRubricWorkbook, type CellRecord } from '#shared/export/excel/rubric-workbook';
import { buildScoreWorkbook } from '#shared/export/excel/score-workbook';
import type { ExcelExport } from '#shared/export/excel/sheet-style';
import { buildEvaluationReport } from '#shared/export/word/evaluation-report';
import { officialDate } from '#shared/export/word/official-layout';
import { buildRectificationReport, rectificationReportParts } from '#shared/export/word/rectification-report';
import { buildDefaultTemplate, fillReportTemplate } from '#shared/export/word/report-template';
import { scoreChecklist } from '#shared/scoring/checklist-score';
import { collectFindings } from '#shared/scoring/findings';
import type { RubricScores } from '#shared/scoring/score-rubric';

import { db } from '../db/connection';
import { loadItems } from '../db/documents-repository';
import { loadInputs } from '../db/evaluations-repository';
import { t } from '../i18n';
import { platform } from '../platform';
import { useExportWarnings } from '../stores/export-warnings-store';
import { renderChartPng } from './chart-image';

/**
 * Saves a built workbook under `fileName`; when saved, its warnings (texts shortened to Excel's
 * cell limit) are reported for the ExportWarnings notice. Returns false when the user cancels.
 */
async function saveWorkbook(fileName: string, exported: ExcelExport): Promise<boolean> {
  const saved = await platform.saveFile(fileName, exported.bytes);
  if (saved) useExportWarnings.getState().report(fileName, exported.warnings);
  return saved;
}

/**
 * A checklist inspection as its exports need it: the document with its checklist, the units, the
 * cells and the ledger's items from it. Throws (zh-CN, naming the evaluation) when the evaluation
 * is over an indicator system or its document was deleted.
 */
async function loadEvaluationData(evaluation: Evaluation) {
  const { basis } = evaluation;
  if (basis.kind !== 'checklist')
    throw new Error(t('“{{name}}”按指标体系评分，没有任务清单的评分表和整改报告。', { name: evaluation.name }));
  const stored = await db.documents.get(basis.documentId);
  if (!stored) throw new Error(t('“{{name}}”所依据的文件已被删除，无法导出。', { name: evaluation.name }));
  const items = await loadItems(db, basis.documentId);
  const document: PolicyDocument = { ...stored, items };
  const units = (await db.units.bulkGet(evaluation.unitIds)).filter((unit) => unit !== undefined);
  const inputs = await loadInputs(db, evaluation.id);
  const rectifications = await db.rectifications.where('source.evaluationId').equals(evaluation.id).toArray();
  return { document, units, inputs, rectifications };
}

/** Saves the score workbook (评分表 + 汇总排名表). Returns false when the user cancels. */
export async function exportScoreWorkbook(evaluation: Evaluation): Promise<boolean> {
  const { document, units, inputs } = await loadEvaluationData(evaluation);
  const exported = await buildScoreWorkbook({ document, evaluation, units, inputs, exportedOn: dayjs().format('YYYY-MM-DD') });
  return saveWorkbook(t('{{name}}-评分表.xlsx', { name: evaluation.name }), exported);
}

/** What a Word report is signed with: 发文机关署名 (an office) and 成文日期 (ISO YYYY-MM-DD). */
export type ReportSigning = { issuer: string; reportedOn: string };

/** Saves one unit's rectification report (.docx), signed and dated as chosen. Returns false when the user cancels. */
export async function exportRectificationReport(evaluation: Evaluation, unitId: string, signing: ReportSigning): Promise<boolean> {
  const { document, units, inputs, rectifications } = await loadEvaluationData(evaluation);
  const unit = units.find((candidate) => candidate.id === unitId);
  if (!unit) throw new Error(t('该单位不在本次评价中。'));
  const score = scoreChecklist(document.items, units, inputs, evaluation.tieRule).find((entry) => entry.unitId === unitId);
  if (!score) throw new Error(t('该单位没有评分结果。'));
  const findings = collectFindings(document.items, [unit], inputs, rectifications);
  const bytes = await buildRectificationReport({ document, evaluationName: evaluation.name, unit, score, findings, ...signing });
  return platform.saveFile(t('{{name}}-整改报告.docx', { name: unit.name }), bytes);
}

/** Saves the rubric score workbook (汇总排名表 + 评分表 per unit). Returns false when the user cancels. */
export async function exportRubricWorkbook(evaluation: Evaluation, system: IndicatorSystem, scores: RubricScores): Promise<boolean> {
  const [inputs, evidence, units] = await Promise.all([
    loadInputs(db, evaluation.id),
    db.evidence.where('evaluationId').equals(evaluation.id).toArray(),
    db.units.bulkGet(scores.unitIds),
  ]);
  const records = new Map<string, CellRecord>(
    inputs.map((input) => [
      `${input.unitId}|${input.indicatorId}`,
      {
        note: input.note,
        inspector: input.inspector,
        updatedAt: input.updatedAt,
        evidence: evidence.filter((entry) => entry.inputId === input.id).map((entry) => entry.name),
      },
    ]),
  );
  const unitNames = new Map(units.filter((unit) => unit !== undefined).map((unit) => [unit.id, unit.name]));
  const exported = await buildRubricWorkbook({
    system,
    evaluationName: evaluation.name,
    unitNames,
    scores,
    records,
    exportedOn: dayjs().format('YYYY-MM-DD'),
  });
  return saveWorkbook(t('{{name}}-评分表.xlsx', { name: evaluation.name }), exported);
}

/** Saves one unit's 评价报告 (.docx) with its category chart, signed by the evaluating office. Returns false when the user cancels. */
export async function exportEvaluationReport(
  evaluation: Evaluation,
  system: IndicatorSystem,
  scores: RubricScores,
  unitId: string,
  signing: ReportSigning,
): Promise<boolean> {
  const [inputs, units] = await Promise.all([loadInputs(db, evaluation.id), db.units.bulkGet(scores.unitIds)]);
  const unitNames = new Map(units.filter((unit) => unit !== undefined).map((unit) => [unit.id, unit.name]));
  const notes = new Map(inputs.filter((input) => input.note).map((input) => [`${input.unitId}|${input.indicatorId}`, input.note]));
  const unitIndex = scores.unitIds.indexOf(unitId);
  const chart = await renderChartPng(categoryChartOption(unitNames.get(unitId) ?? '', compareCategories(system, scores, unitIndex)));
  const bytes = await buildEvaluationReport({
    system,
    evaluationName: evaluation.name,
    unitNames,
    scores,
    unitId,
    notes,
    chart,
    ...signing,
  });
  return platform.saveFile(t('{{value}}-评价报告.docx', { value: unitNames.get(unitId) ?? unitId }), bytes);
}

/** The 红头 fields of a report on a template, with its 成文日期 (ISO YYYY-MM-DD). */
export type OfficialFields = { issuingOrgan: string; docNumber: string; recipient: string; issuer: string; reportedOn: string };

/**
 * Saves a unit's 整改报告 on a template: the office's own .docx (asked for when `useOwnTemplate`)
 * or the default GB/T 9704 one. Returns false when the user cancels.
 */
export async function exportReportOnTemplate(
  evaluation: Evaluation,
  unitId: string,
  fields: OfficialFields,
  useOwnTemplate: boolean,
): Promise<boolean> {
  let template = await buildDefaultTemplate();
  let templateName = t('默认模板');
  if (useOwnTemplate) {
    const file = await platform.openFile([{ name: t('公文模板（.docx）'), extensions: ['docx'] }]);
    if (!file) return false;
    template = file.bytes;
    templateName = file.name;
  }
  const { document, units, inputs, rectifications } = await loadEvaluationData(evaluation);
  const unit = units.find((candidate) => candidate.id === unitId);
  const score = scoreChecklist(document.items, units, inputs, evaluation.tieRule).find((entry) => entry.unitId === unitId);
  if (!unit || !score) throw new Error(t('该单位不在本次评价中。'));
  const { reportedOn } = fields;
  const parts = rectificationReportParts({
    document,
    evaluationName: evaluation.name,
    unit,
    score,
    findings: collectFindings(document.items, [unit], inputs, rectifications),
    reportedOn,
  });
  const bytes = await fillReportTemplate(
    template,
    templateName,
    { ...fields, issuer: fields.issuer || parts.issuer, title: parts.title, date: officialDate(reportedOn) },
    parts.body,
    parts.annex,
  );
  return platform.saveFile(t('{{name}}-整改报告（公文）.docx', { name: unit.name }), bytes);
}

/** Saves the default GB/T 9704 template so an office can adapt it in Word. */
export async function saveDefaultTemplate(): Promise<boolean> {
  return platform.saveFile(t('考评默认公文模板（GBT9704）.docx'), await buildDefaultTemplate());
}

/** What a report job needs, read from storage, with the 署名 and 成文日期 chosen at export. */
export async function checklistJobData(evaluation: Evaluation, signing: ReportSigning): Promise<ChecklistEvaluationData> {
  return { ...(await loadEvaluationData(evaluation)), evaluation, ...signing };
}

/** Saves a document's checklist as a 重点任务清单 workbook (re-importable). */
export async function exportChecklistWorkbook(documentId: string): Promise<boolean> {
  const stored = await db.documents.get(documentId);
  if (!stored) throw new Error(t('该文件已被删除。'));
  const document: PolicyDocument = { ...stored, items: await loadItems(db, documentId) };
  return saveWorkbook(t('{{slice}}-重点任务清单.xlsx', { slice: stored.title.slice(0, 40) }), await buildChecklistWorkbook(document));
}

/** Saves the rectification ledger (as filtered on screen) as an Excel 整改台账. */
export async function exportLedgerWorkbook(rectifications: Rectification[]): Promise<boolean> {
  const today = dayjs().format('YYYY-MM-DD');
  return saveWorkbook(t('整改台账-{{today}}.xlsx', { today: today }), await buildLedgerWorkbook(rectifications, t('整改台账'), today));
}
