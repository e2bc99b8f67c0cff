// 评价批次: one evaluation model, whatever it scores against — the measures of a policy document's
// checklist (清单督查) or the indicators of an indicator system (指标评分) — and its cells.
import type { RecordMeta } from './record-meta';
import type { InputValue } from './rule-model';
import type { Assessment, ImplementationStatus, TieRule } from './types';

/** What an evaluation scores against: a document's checklist (each 改革举措 a cell) or an indicator system. */
export type EvaluationBasis = { kind: 'checklist'; documentId: string } | { kind: 'indicatorSystem'; systemId: string };

/** 不适用: 'rescale' leaves the indicator out and scales the base total to the full maximum; 'zero' scores it 0. */
export type NotApplicablePolicy = 'rescale' | 'zero';

export type Evaluation = {
  id: string;
  name: string;
  basis: EvaluationBasis;
  unitIds: string[];
  tieRule: TieRule;
  /** A checklist inspection always rescales: its rate leaves 不适用 measures out (docs/evaluation-methods.md). */
  notApplicable: NotApplicablePolicy;
  createdAt: string;
  meta?: RecordMeta;
};

/**
 * One cell: a unit's input on an indicator or a checklist measure (`indicatorId` is the measure's
 * item id), who entered it and when. `value` null = 不适用; a checklist status is stored as its
 * level (CHECKLIST_LEVELS). No record = not yet scored (未评).
 */
export type EvaluationInput = {
  id: string;
  evaluationId: string;
  unitId: string;
  indicatorId: string;
  value: InputValue | null;
  note: string;
  inspector: string;
  updatedAt: string;
  meta?: RecordMeta;
};

/** The level a checklist status is stored as (the levels rule of each measure: 1 = 部分落实, 2 = 落实; 0 = none). */
export const CHECKLIST_LEVELS: Record<Exclude<ImplementationStatus, 'notApplicable'>, number> = {
  notImplemented: 0,
  partial: 1,
  implemented: 2,
};

/** A checklist status as a cell value: its level, or null for 不适用. */
export function statusAsValue(status: ImplementationStatus): number | null {
  return status === 'notApplicable' ? null : CHECKLIST_LEVELS[status];
}

/** The checklist status a cell value stands for; undefined for a value no status is stored as. */
export function valueAsStatus(value: InputValue | null): ImplementationStatus | undefined {
  if (value === null) return 'notApplicable';
  const found = Object.entries(CHECKLIST_LEVELS).find(([, level]) => level === value);
  return found?.[0] as ImplementationStatus | undefined;
}

/** A checklist cell read as an Assessment (status and note); null when its value is no status. */
export function assessmentOf(input: EvaluationInput): Assessment | null {
  const status = valueAsStatus(input.value);
  if (status === undefined) return null;
  const { id, evaluationId, unitId, indicatorId: itemId, note, updatedAt } = input;
  return { id, evaluationId, unitId, itemId, status, note, updatedAt };
}

/** A cell's id: stable across machines for the same evaluation, unit and indicator (merges match on it). */
export function inputIdFor(evaluationId: string, unitId: string, indicatorId: string): string {
  return `${evaluationId}|${unitId}|${indicatorId}`;
}
