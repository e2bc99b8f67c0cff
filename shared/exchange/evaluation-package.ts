// One evaluation as package data and back, whatever its basis: the evaluation, its units, its
// cells (each with its revision) and its basis — the indicator system, or the policy document and
// that document's checklist items. Also how an inspector's named inputs are recorded on it.
import { type Evaluation, type EvaluationInput, inputIdFor, statusAsValue } from '../domain/evaluation';
import type { IndicatorSystem } from '../domain/indicator-system';
import { contentHash, type RecordMeta, revise } from '../domain/record-meta';
import { type ChecklistItem, IMPLEMENTATION_STATUS_LABELS, type ImplementationStatus, type Unit } from '../domain/types';
import { checklistToIndicatorSystem } from '../scoring/checklist-system';
import { type NamedInputs, resolveNamedInputs } from '../scoring/score-inputs';
import type { PackageData } from './package-format';
import { type PackageRecord, recordsOf } from './table-schemas';

/** A policy document as packages carry it (without its items). */
export type PackagedDocument = PackageRecord<'documents'>;
/** A checklist item as packages carry it: with its document and reading order. */
export type PackagedItem = ChecklistItem & { documentId: string; order: number; meta?: RecordMeta };

/** What an evaluation scores against, with its definitions: one document and its items, or one indicator system. */
export type BasisData =
  { kind: 'checklist'; document: PackagedDocument; items: PackagedItem[] } | { kind: 'indicatorSystem'; system: IndicatorSystem };

/** One evaluation with everything a package of it carries but evidence. */
export type EvaluationData = { evaluation: Evaluation; basis: BasisData; units: Unit[]; inputs: EvaluationInput[] };

/** A unit's id from its name, stable across machines (so two offices packing 甲区 agree). */
export function unitIdFor(name: string): string {
  return `unit-${contentHash(name)}`;
}

/**
 * The indicator system an evaluation scores with: its own for an indicator-system basis; for a
 * checklist, the checklist as a system (one levels indicator per measure, same ids as the items).
 */
export function scoringSystemOf(basis: BasisData): IndicatorSystem {
  if (basis.kind === 'indicatorSystem') return basis.system;
  return checklistToIndicatorSystem(basis.document.id, basis.document.title, basis.items);
}

/** Package tables for one evaluation (no evidence): its basis's definitions, units, the evaluation and its cells. */
export function evaluationTables(data: EvaluationData): PackageData {
  const basis: PackageData['tables'] =
    data.basis.kind === 'checklist'
      ? { documents: [{ ...data.basis.document }], items: data.basis.items.map((item) => ({ ...item })) }
      : { indicatorSystems: [{ ...data.basis.system }] };
  return {
    tables: {
      ...basis,
      units: data.units.map((unit) => ({ ...unit })),
      evaluations: [{ ...data.evaluation }],
      inputs: data.inputs.map((input) => ({ ...input })),
    },
    attachments: new Map(),
  };
}

/**
 * One evaluation of package data (`evaluationId`, or the first the package holds) with its basis,
 * units and cells; items in their reading order. Throws Error (zh-CN) when the package holds no
 * such evaluation, or lacks its indicator system, its document or that document's items.
 */
export function evaluationFromTables(data: PackageData, evaluationId?: string): EvaluationData {
  const evaluations = recordsOf(data, 'evaluations');
  const evaluation = evaluationId === undefined ? evaluations[0] : evaluations.find((entry) => entry.id === evaluationId);
  if (!evaluation) throw new Error(evaluationId === undefined ? '评价包中没有评价批次。' : `评价包中没有评价批次“${evaluationId}”。`);
  const units = recordsOf(data, 'units').filter((unit) => evaluation.unitIds.includes(unit.id));
  const inputs = recordsOf(data, 'inputs').filter((input) => input.evaluationId === evaluation.id);
  return { evaluation, basis: basisFromTables(data, evaluation), units, inputs };
}

function basisFromTables(data: PackageData, evaluation: Evaluation): BasisData {
  if (evaluation.basis.kind === 'indicatorSystem') {
    const { systemId } = evaluation.basis;
    const system = recordsOf(data, 'indicatorSystems').find((entry) => entry.id === systemId);
    if (!system) throw new Error(`评价包缺少评价“${evaluation.name}”的指标体系。`);
    return { kind: 'indicatorSystem', system };
  }
  const { documentId } = evaluation.basis;
  const document = recordsOf(data, 'documents').find((entry) => entry.id === documentId);
  if (!document) throw new Error(`评价包缺少评价“${evaluation.name}”的政策文件。`);
  const items: PackagedItem[] = recordsOf(data, 'items')
    .filter((item) => item.documentId === documentId)
    .sort((a, b) => a.order - b.order)
    .map((item) => ({ ...item, owner: item.owner ?? null }));
  if (!items.some((item) => item.kind === 'measure')) throw new Error(`评价包缺少政策文件“${document.title}”的改革举措。`);
  return { kind: 'checklist', document, items };
}

/** The outcome of recording named inputs: the data with the new revisions, or the problems (zh-CN, each with its place) and the data unchanged. */
export type Recorded = { data: EvaluationData; problems: string[] };

/**
 * A cell recorded as `inspector` at `at` (ISO): a new revision when its value or note changed,
 * otherwise the previous version kept as it was.
 */
function recordCell(
  current: Map<string, EvaluationInput>,
  cell: Pick<EvaluationInput, 'evaluationId' | 'unitId' | 'indicatorId' | 'value' | 'note'>,
  inspector: string,
  at: string,
): void {
  const id = inputIdFor(cell.evaluationId, cell.unitId, cell.indicatorId);
  const previous = current.get(id);
  const next: EvaluationInput = { id, ...cell, inspector, updatedAt: at };
  const changed = !previous || JSON.stringify(previous.value) !== JSON.stringify(next.value) || previous.note !== next.note;
  current.set(id, changed ? revise(next, previous, inspector, at) : previous);
}

/** `units：单位“x”不在该评价中` for each named unit the evaluation does not hold. */
function unknownUnits(data: EvaluationData, names: readonly unknown[]): string[] {
  const known = new Set(data.units.map((unit) => unit.name));
  return names.filter((name) => !known.has(String(name))).map((name) => `units：单位“${String(name)}”不在该评价中`);
}

/**
 * Records named inputs of an indicator-system evaluation (as the `score` command reads them:
 * units and indicators by name, values as the indicator's rule takes them) as an inspector
 * would: each changed cell gets a new revision by `inspector` at `at` (ISO); unchanged cells keep
 * theirs; a cell's note is kept. Output: the data and every problem found (nothing applied when
 * any; a checklist evaluation is refused as one problem).
 */
export function recordIndicatorInputs(data: EvaluationData, named: NamedInputs, inspector: string, at: string): Recorded {
  if (data.basis.kind !== 'indicatorSystem')
    return { data, problems: ['该评价为清单督查，输入应按改革举措给出落实情况（measure、unit、status）'] };
  const unitByName = new Map(data.units.map((unit) => [unit.name, unit.id]));
  const resolved = resolveNamedInputs(data.basis.system, { units: named.units, inputs: named.inputs });
  const problems = [...unknownUnits(data, named.units), ...resolved.problems.filter((problem) => !problem.startsWith('缺少输入'))];
  if (problems.length > 0) return { data, problems };
  const current = new Map(data.inputs.map((input) => [input.id, input]));
  for (const input of resolved.inputs) {
    const unitId = unitByName.get(input.unitId)!;
    const previous = current.get(inputIdFor(data.evaluation.id, unitId, input.indicatorId));
    const cell = { evaluationId: data.evaluation.id, unitId, indicatorId: input.indicatorId, value: input.value };
    recordCell(current, { ...cell, note: previous?.note ?? '' }, inspector, at);
  }
  return { data: { ...data, inputs: [...current.values()] }, problems: [] };
}

/**
 * Checklist inputs as a person writes them: the units, and per cell the measure (its number as
 * printed in the checklist, e.g. "12" or "3.2"; for a number two measures share, the first 20
 * characters of its text), the unit by name, the status (落实/部分落实/未落实/不适用) and a note.
 */
export type NamedChecklistInputs = {
  units: string[];
  inputs: Array<{ measure: unknown; unit: unknown; status: unknown; note?: unknown }>;
};

/** How many characters of a measure's text name it when its number is shared. */
const MEASURE_TEXT_KEY = 20;

const STATUS_BY_LABEL = new Map(
  (Object.entries(IMPLEMENTATION_STATUS_LABELS) as Array<[ImplementationStatus, string]>).map(([status, label]) => [label, status]),
);

/** The number a measure is printed with: its own, or (without one) its position among the measures, 1-based. */
function printedNumber(measure: PackagedItem, position: number): string {
  return measure.number.trim() || String(position + 1);
}

/** What a measure is named by in messages (zh-CN): `第 12 项“标题”`, or `“标题”` for a measure without a number. */
export function measureLabel(measure: Pick<PackagedItem, 'number' | 'title' | 'text'>): string {
  const title = (measure.title || measure.text).slice(0, 30);
  return `${measure.number ? `第 ${measure.number} 项` : ''}“${title}”`;
}

/** Finds a measure by its printed number or, when shared or absent, the start of its text. Output: the measure or the reason (zh-CN). */
function measureFinder(items: readonly PackagedItem[]): (key: string) => PackagedItem | string {
  const measures = items.filter((item) => item.kind === 'measure');
  const byNumber = new Map<string, PackagedItem[]>();
  measures.forEach((measure, position) => {
    const number = printedNumber(measure, position);
    byNumber.set(number, [...(byNumber.get(number) ?? []), measure]);
  });
  return (key) => {
    const numbered = byNumber.get(key) ?? [];
    if (numbered.length === 1) return numbered[0]!;
    if (numbered.length > 1) return `编号“${key}”有 ${numbered.length} 条改革举措共用，请改用该举措正文的前 ${MEASURE_TEXT_KEY} 个字`;
    const byText = measures.filter((measure) => {
      const text = (measure.text || measure.title).trim();
      return key.length >= Math.min(MEASURE_TEXT_KEY, text.length) && text.startsWith(key);
    });
    if (byText.length === 1) return byText[0]!;
    if (byText.length > 1) return `“${key}”可指 ${byText.length} 条改革举措，请写出更多正文`;
    return `改革举措“${key}”在清单中不存在（应为清单所印编号或正文的前 ${MEASURE_TEXT_KEY} 个字）`;
  };
}

/**
 * Records named checklist inputs on a checklist evaluation as an inspector would: each cell's
 * status stored as its level (不适用 = null), its note as given (absent: the cell's note kept);
 * a changed cell gets a new revision by `inspector` at `at` (ISO), unchanged cells keep theirs.
 * Output: the data and every problem found, each with its place (`inputs[3]：…`): a measure that
 * does not exist or is ambiguous, a unit not in `units` or not in the evaluation, an unknown
 * status, a note that is not text, a cell given twice. Nothing is applied when there is any.
 */
export function recordChecklistInputs(data: EvaluationData, named: NamedChecklistInputs, inspector: string, at: string): Recorded {
  if (data.basis.kind !== 'checklist') return { data, problems: ['该评价按指标体系评分，输入应按指标给出（indicator、unit、value）'] };
  const problems = unknownUnits(data, named.units);
  const listed = new Set(named.units.map(String));
  const unitByName = new Map(data.units.map((unit) => [unit.name, unit.id]));
  const find = measureFinder(data.basis.items);
  const cells: Array<Parameters<typeof recordCell>[1]> = [];
  const seen = new Set<string>();
  named.inputs.forEach((input, position) => {
    const place = `inputs[${position}]`;
    const before = problems.length;
    const measure = find(String(input.measure ?? '').trim());
    if (typeof measure === 'string') problems.push(`${place}：${measure}`);
    const unitId = listed.has(String(input.unit)) ? unitByName.get(String(input.unit)) : undefined;
    if (!unitId) problems.push(`${place}：单位“${String(input.unit)}”不在 units 列表中或不在该评价中`);
    const status = STATUS_BY_LABEL.get(String(input.status));
    if (!status) problems.push(`${place}：落实情况“${String(input.status)}”无效（应为 落实、部分落实、未落实、不适用 之一）`);
    if (input.note !== undefined && typeof input.note !== 'string') problems.push(`${place}：说明（note）应为文字`);
    if (problems.length > before || typeof measure === 'string' || !unitId || !status) return;
    const key = `${unitId}|${measure.id}`;
    if (seen.has(key)) problems.push(`${place}：${String(input.unit)} × ${measureLabel(measure)}重复输入`);
    seen.add(key);
    const previous = data.inputs.find((cell) => cell.unitId === unitId && cell.indicatorId === measure.id);
    const note = typeof input.note === 'string' ? input.note : (previous?.note ?? '');
    cells.push({ evaluationId: data.evaluation.id, unitId, indicatorId: measure.id, value: statusAsValue(status), note });
  });
  if (problems.length > 0) return { data, problems };
  const current = new Map(data.inputs.map((input) => [input.id, input]));
  for (const cell of cells) recordCell(current, cell, inspector, at);
  return { data: { ...data, inputs: [...current.values()] }, problems: [] };
}
