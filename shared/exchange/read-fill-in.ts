// Reads a returned fill-in workbook (SheetJS): every cell checked, every problem reported with
// its sheet, cell and reason; valid rows come back as inputs to apply after the user confirms.
import * as XLSX from 'xlsx';

import { type EvaluationBasis, statusAsValue } from '../domain/evaluation';
import type { IndicatorSystem } from '../domain/indicator-system';
import { IMPLEMENTATION_STATUS_LABELS, type ImplementationStatus, type Unit } from '../domain/types';
import { fittedSheet } from '../read/fit-sheet';
import { readWorkbook } from '../read/read-workbook';
import { scoredIndicators } from '../scoring/score-rubric';
import { plausibilityWarnings, validateInput } from '../scoring/validate-input';
import { safeName } from '../text/safe-text';
import { CHECKLIST_CHOICES, FILL_COLUMNS, FILL_HEADER_ROW, type FillInInput, NOT_APPLICABLE_MARK } from './fill-in-workbook';

/** warnings: values taken but far outside the other units' (shown before applying, not refused). */
export type FillInReading = { inputs: FillInInput[]; problems: string[]; warnings: string[]; filledBy: string };

const cellRef = (sheet: string, row: number, column: number) => `${sheet}!${XLSX.utils.encode_cell({ r: row - 1, c: column - 1 })}`;

const STATUS_BY_CHOICE = new Map(
  (Object.entries(IMPLEMENTATION_STATUS_LABELS) as Array<[ImplementationStatus, string]>)
    .filter(([, label]) => CHECKLIST_CHOICES.includes(label))
    .map(([status, label]) => [label, status]),
);

/**
 * Input: the returned bytes, file name, the evaluation's system (for a checklist, the checklist as
 * a system), id, units and basis kind. Output: the inputs of every valid row (blank value and not
 * 不适用 = not filled, skipped; a checklist choice as its status's level), problems such as
 * "丙区!G12：得分 6 超过分值 3", "甲区!G5：推行…：落实情况“完成”无效" or a deleted row, and the 填表人. Throws ImportError (zh-CN, naming the
 * file) when the bytes are not a workbook or not a fill-in sheet of this evaluation.
 */
export function readFillInWorkbook(
  bytes: Uint8Array,
  fileName: string,
  system: IndicatorSystem,
  evaluationId: string,
  units: Unit[],
  basisKind: EvaluationBasis['kind'],
): FillInReading {
  const workbook = readWorkbook(bytes, fileName);
  const guide = fittedSheet(workbook, workbook.SheetNames[0] ?? '');
  const marker = guide ? String(guide['A20']?.v ?? '') : '';
  if (!marker.startsWith('kaoping-fill-in:')) throw new Error(`“${fileName}”不是考评生成的填报表（缺少填表说明页的标记）。`);
  if (marker !== `kaoping-fill-in:${evaluationId}`) throw new Error(`“${fileName}”属于另一次评价，不能导入到当前评价。`);
  const filledBy = safeName(String(guide?.['B7']?.v ?? ''));
  const indicators = scoredIndicators(system);
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const unitById = new Map(units.map((unit) => [unit.id, unit]));
  const problems: string[] = [];
  const inputs: FillInInput[] = [];
  const seenUnits = new Set<string>();
  const places = new Map<FillInInput, string>();
  for (const name of workbook.SheetNames.slice(1)) {
    const sheet = fittedSheet(workbook, name);
    if (!sheet) {
      problems.push(`${name}：工作表内容缺失或已损坏，整张表未导入`);
      continue;
    }
    const unitId = String(sheet['A2']?.v ?? '').replace(/^kaoping-unit:/, '');
    if (!unitById.has(unitId)) {
      problems.push(`${name}：不是本次评价的单位工作表（标记缺失或已改动），整张表未导入`);
      continue;
    }
    seenUnits.add(unitId);
    const seen = new Set<string>();
    const range = XLSX.utils.decode_range(sheet['!ref'] ?? 'A1');
    for (let row = FILL_HEADER_ROW + 1; row <= range.e.r + 1; row++) {
      const at = (column: number) => sheet[XLSX.utils.encode_cell({ r: row - 1, c: column - 1 })] as XLSX.CellObject | undefined;
      const indicatorId = String(at(FILL_COLUMNS.indicatorId)?.v ?? '');
      if (!indicatorId) continue;
      const indicator = byId.get(indicatorId);
      if (!indicator) {
        problems.push(`${cellRef(name, row, FILL_COLUMNS.indicator)}：指标“${String(at(FILL_COLUMNS.indicator)?.v ?? '')}”不在评分细则中`);
        continue;
      }
      seen.add(indicatorId);
      const raw = at(FILL_COLUMNS.value)?.v;
      const notApplicable = String(at(FILL_COLUMNS.notApplicable)?.v ?? '').trim();
      const note = String(at(FILL_COLUMNS.note)?.v ?? '').trim();
      if (notApplicable && notApplicable !== NOT_APPLICABLE_MARK) {
        problems.push(`${cellRef(name, row, FILL_COLUMNS.notApplicable)}：“不适用”只能填“是”或留空（收到“${notApplicable}”）`);
        continue;
      }
      if (notApplicable) {
        if (raw !== undefined && String(raw).trim() !== '')
          problems.push(`${cellRef(name, row, FILL_COLUMNS.value)}：已选不适用，填写值应留空`);
        else inputs.push({ unitId, indicatorId, value: null, note });
        continue;
      }
      const cell = at(FILL_COLUMNS.value);
      if (basisKind === 'checklist') {
        const choice = String(raw ?? '').trim();
        const status = STATUS_BY_CHOICE.get(choice);
        if (!choice) continue;
        if (status) inputs.push({ unitId, indicatorId, value: statusAsValue(status), note });
        else
          problems.push(
            `${cellRef(name, row, FILL_COLUMNS.value)}：${indicator.name}：落实情况“${choice}”无效（应为${CHECKLIST_CHOICES.join('、')}之一）`,
          );
        continue;
      }
      const check = validateInput(indicator, { value: raw, shown: cell?.w, format: typeof cell?.z === 'string' ? cell.z : undefined });
      if (check.status === 'blank') continue;
      if (check.status === 'invalid') {
        const shown = cell?.w ?? String(raw);
        problems.push(
          `${cellRef(name, row, FILL_COLUMNS.value)}：${indicator.name}：${check.error.replace(/^得分 (\S+) 超出 0–(\S+) 分$/, '得分 $1 超过分值 $2')}（填写的是“${shown}”）`,
        );
      } else {
        inputs.push({ unitId, indicatorId, value: check.value, note });
        places.set(inputs.at(-1)!, cellRef(name, row, FILL_COLUMNS.value));
      }
    }
    for (const indicator of indicators) {
      if (!seen.has(indicator.id)) problems.push(`${name}：缺少指标“${indicator.name}”的行（可能被删除），该项未导入`);
    }
  }
  for (const unit of units) if (!seenUnits.has(unit.id)) problems.push(`缺少单位“${unit.name}”的工作表`);
  return { inputs, problems, warnings: farOutliers(inputs, places, byId), filledBy };
}

/** A warning, by place, for each value far outside the other units' values on its indicator. */
function farOutliers(inputs: FillInInput[], places: Map<FillInInput, string>, byId: Map<string, { name: string }>): string[] {
  const byIndicator = new Map<string, Array<FillInInput & { value: number }>>();
  for (const input of inputs) {
    if (typeof input.value !== 'number') continue;
    const column = byIndicator.get(input.indicatorId) ?? [];
    column.push(input as FillInInput & { value: number });
    byIndicator.set(input.indicatorId, column);
  }
  const warnings: string[] = [];
  for (const [indicatorId, column] of byIndicator) {
    plausibilityWarnings(column.map((input) => input.value)).forEach((warning, index) => {
      if (warning) warnings.push(`${places.get(column[index]!)}：${byId.get(indicatorId)?.name ?? ''}：${warning}`);
    });
  }
  return warnings;
}
