// An evaluation over an indicator system (评价批次) and its cells, as stored and as exchanged.
import type { RecordMeta } from './record-meta';
import type { InputValue } from './rule-model';
import type { TieRule } from './types';

/** 不适用: 'rescale' leaves the indicator out and scales the base total to the full maximum; 'zero' scores it 0. */
export type NotApplicablePolicy = 'rescale' | 'zero';

export type RubricEvaluation = {
  id: string;
  name: string;
  systemId: string;
  unitIds: string[];
  tieRule: TieRule;
  notApplicable: NotApplicablePolicy;
  createdAt: string;
  meta?: RecordMeta;
};

/** One cell: a unit's input on an indicator (null value = 不适用), who entered it and when. */
export type RubricInput = {
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
