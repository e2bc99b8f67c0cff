// Stored records from before the one evaluation model (schema v6, package format 1) into it
// (schema v7, package format 2): checklist inspections and rubric evaluations become Evaluations
// with a basis, assessments and rubric inputs become EvaluationInputs, rectifications name their
// source. Pure, so the database upgrade and the package reader convert the same way.
import type { Evaluation, EvaluationInput, NotApplicablePolicy } from './evaluation';
import { statusAsValue } from './evaluation';
import { contentHash, type RecordMeta } from './record-meta';
import type { Rectification } from './rectification';
import type { Assessment, TieRule } from './types';

/** A checklist inspection as v6 stored it (table `evaluations`; a revision only when a merge resolution stamped one). */
export type V6ChecklistEvaluation = {
  id: string;
  name: string;
  documentId: string;
  unitIds: string[];
  tieRule: TieRule;
  createdAt: string;
  meta?: RecordMeta;
};

/** A checklist status as v6 stored it (table `assessments`; a revision only when a merge resolution stamped one). */
export type V6Assessment = Assessment & { meta?: RecordMeta };

/** A rubric evaluation as v6 stored it (table `rubricEvaluations`). */
export type V6RubricEvaluation = Omit<Evaluation, 'basis'> & { systemId: string };

/** A rectification as v6 stored it: the evaluation and the measure or indicator side by side. */
export type V6Rectification = Omit<Rectification, 'source'> & { evaluationId: string; sourceId: string };

/** A merge conflict awaiting the user, as stored: both versions of one record of `table`. */
export type StoredConflictRecord = {
  id: string;
  table: string;
  recordId: string;
  mine: Record<string, unknown> & { id: string };
  theirs: Record<string, unknown> & { id: string };
} & Record<string, unknown>;

/** The v6 tables the one evaluation model rewrites. */
export type V6Records = {
  evaluations: V6ChecklistEvaluation[];
  assessments: V6Assessment[];
  rubricEvaluations: V6RubricEvaluation[];
  rubricInputs: EvaluationInput[];
  conflicts: StoredConflictRecord[];
  rectifications: V6Rectification[];
};

/** The same records in v7: one `evaluations` table, one `inputs` table. */
export type V7Records = {
  evaluations: Evaluation[];
  inputs: EvaluationInput[];
  conflicts: StoredConflictRecord[];
  rectifications: Rectification[];
};

/** Table names of v6 that v7 renames (the conflicts table names the table of each record). */
export const V7_TABLE_NAMES: Readonly<Record<string, string>> = {
  rubricEvaluations: 'evaluations',
  rubricInputs: 'inputs',
  assessments: 'inputs',
};

/**
 * A converted record's revision: the same number and history, the hash of its new content (so
 * the package reader's hash check holds), the pre-conversion hash first among its ancestors.
 * Two offices converting the same version get the same hash; versions that differed before the
 * conversion meet as a conflict for the user, never as a silent pick.
 */
function restamp<T extends { meta?: RecordMeta }>(converted: T, before: RecordMeta | undefined): T {
  if (!before) return converted;
  const hash = contentHash(converted);
  const ancestors = hash === before.hash ? before.ancestors : [before.hash, ...before.ancestors].slice(0, 64);
  return { ...converted, meta: { ...before, hash, ancestors } };
}

/** A v6 checklist inspection as an Evaluation over its document (不适用 left out of the rate: 'rescale'); a revision restamped. */
export function evaluationFromChecklist(record: V6ChecklistEvaluation): Evaluation {
  const { documentId, meta, ...rest } = record;
  const notApplicable: NotApplicablePolicy = 'rescale';
  return restamp({ ...rest, basis: { kind: 'checklist', documentId }, notApplicable, ...(meta ? { meta } : {}) }, meta);
}

/** A v6 rubric evaluation as an Evaluation over its indicator system; its revision restamped. */
export function evaluationFromRubric(record: V6RubricEvaluation): Evaluation {
  const { systemId, meta, ...rest } = record;
  return restamp({ ...rest, basis: { kind: 'indicatorSystem', systemId }, ...(meta ? { meta } : {}) }, meta);
}

/** A v6 assessment as a cell: the status as its level, the note kept (no inspector was recorded then); a revision restamped. */
export function inputFromAssessment(record: V6Assessment): EvaluationInput {
  const { itemId, status, meta, ...rest } = record;
  return restamp({ ...rest, indicatorId: itemId, value: statusAsValue(status), inspector: '', ...(meta ? { meta } : {}) }, meta);
}

/** A v6 rectification naming its source as { evaluationId, indicatorId }; its revision restamped. */
export function rectificationFromV6(record: V6Rectification): Rectification {
  const { evaluationId, sourceId, meta, ...rest } = record;
  return restamp({ ...rest, source: { evaluationId, indicatorId: sourceId }, ...(meta ? { meta } : {}) }, meta);
}

type Row = Record<string, unknown> & { id: string };

/** One record of a v6 table in its v7 form, by the v6 table's name; records of other tables unchanged. */
export function recordToV7(table: string, record: Row): Row {
  if (table === 'evaluations') return evaluationFromChecklist(record as unknown as V6ChecklistEvaluation) as unknown as Row;
  if (table === 'assessments') return inputFromAssessment(record as unknown as V6Assessment) as unknown as Row;
  if (table === 'rubricEvaluations') return evaluationFromRubric(record as unknown as V6RubricEvaluation) as unknown as Row;
  if (table === 'rectifications') return rectificationFromV6(record as unknown as V6Rectification) as unknown as Row;
  return record;
}

/** A stored conflict in v7: the table renamed, both versions converted. */
export function conflictToV7(conflict: StoredConflictRecord): StoredConflictRecord {
  return {
    ...conflict,
    id: `${V7_TABLE_NAMES[conflict.table] ?? conflict.table}|${conflict.recordId}`,
    table: V7_TABLE_NAMES[conflict.table] ?? conflict.table,
    mine: recordToV7(conflict.table, conflict.mine),
    theirs: recordToV7(conflict.table, conflict.theirs),
  };
}

/**
 * Converts every record v7 rewrites. Input: the v6 tables (any may be empty). Output: the v7
 * tables; ids are kept (a cell's id is `evaluation|unit|indicator` in both), so evidence, undo
 * history and packages still find their records. Throws nothing: every v6 record has a v7 form.
 */
export function upgradeToV7(v6: V6Records): V7Records {
  return {
    evaluations: [...v6.evaluations.map(evaluationFromChecklist), ...v6.rubricEvaluations.map(evaluationFromRubric)],
    inputs: [...v6.assessments.map(inputFromAssessment), ...v6.rubricInputs],
    conflicts: v6.conflicts.map(conflictToV7),
    rectifications: v6.rectifications.map(rectificationFromV6),
  };
}
