import { describe, expect, it } from 'vitest';

import type { Evaluation, EvaluationInput } from './evaluation';
import { contentHash, type RecordMeta, revise } from './record-meta';
import type { Rectification } from './rectification';
import {
  conflictToV7,
  type StoredConflictRecord,
  upgradeToV7,
  type V6Assessment,
  type V6Records,
  type V6Rectification,
  type V6RubricEvaluation,
} from './schema-v7';

const AT = '2026-03-01T08:00:00.000Z';
const LATER = '2026-03-02T09:30:00.000Z';

/** The meta a converted record must carry: same revision and author, its new content's hash (meta aside), the old hash first among ancestors. */
function restamped(record: object, before: RecordMeta): RecordMeta {
  return { ...before, hash: contentHash(record), ancestors: [before.hash, ...before.ancestors] };
}

/** The record without the named fields. */
function without(record: object, ...fields: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([field]) => !fields.includes(field)));
}

// A v6 database holding both kinds, written out by hand.
const checklist = { id: 'c1', name: '2026年清单督查', documentId: 'doc1', unitIds: ['u1', 'u2'], tieRule: 'dense' as const, createdAt: AT };
const assessment = (unitId: string, itemId: string, status: V6Assessment['status'], note = ''): V6Assessment => ({
  id: `c1|${unitId}|${itemId}`,
  evaluationId: 'c1',
  unitId,
  itemId,
  status,
  note,
  updatedAt: AT,
});
const assessments = [
  assessment('u1', 'm1', 'implemented', '已出台实施方案'),
  assessment('u1', 'm2', 'partial'),
  assessment('u2', 'm1', 'notImplemented', '未见文件'),
  assessment('u2', 'm2', 'notApplicable'),
];
const rubric: V6RubricEvaluation = revise(
  {
    id: 'r1',
    name: '年度营商环境评价',
    systemId: 's1',
    unitIds: ['u1'],
    tieRule: 'competition',
    notApplicable: 'zero',
    createdAt: AT,
  },
  undefined,
  '组长',
  AT,
);
const firstInput: EvaluationInput = {
  id: 'r1|u1|i1',
  evaluationId: 'r1',
  unitId: 'u1',
  indicatorId: 'i1',
  value: 80,
  note: '',
  inspector: '张三',
  updatedAt: AT,
};
const input1 = revise(firstInput, undefined, '张三', AT);
const revisedInput = revise({ ...input1, value: 85, inspector: '李四', updatedAt: LATER }, input1, '李四', LATER);
const rectificationBody = {
  unitName: '乙区',
  problem: '“推行全程网办”尚未落实：未见文件',
  target: '按期全面落实',
  measures: '推行全程网办。',
  responsibleUnits: ['市市场监管局'],
  owner: '',
  deadline: { text: '2026年3月31日前', date: '2026-03-31' },
  status: 'notStarted' as const,
  progress: [],
  closedOn: null,
  closedBy: null,
  openedOn: '2026-03-01',
};
const fromChecklist: V6Rectification = { id: 'c1|u2|m1', evaluationId: 'c1', unitId: 'u2', sourceId: 'm1', ...rectificationBody };
const fromRubric: V6Rectification = revise(
  { ...rectificationBody, id: 'r1|u1|i1', evaluationId: 'r1', unitId: 'u1', sourceId: 'i1', unitName: '甲区', owner: '王五' },
  undefined,
  '王五',
  LATER,
);
const inputConflict: StoredConflictRecord = {
  id: 'rubricInputs|r1|u1|i1',
  table: 'rubricInputs',
  recordId: 'r1|u1|i1',
  evaluationId: 'r1',
  mine: revisedInput,
  theirs: revise({ ...input1, value: 90, inspector: '赵六' }, input1, '赵六', LATER),
  source: '赵六.kaoping',
  detectedAt: LATER,
  reason: 'bothChanged',
};
const theirsRubric = revise({ ...rubric, tieRule: 'dense' as const }, rubric, '赵六', LATER);
const evaluationConflict: StoredConflictRecord = {
  id: 'rubricEvaluations|r1',
  table: 'rubricEvaluations',
  recordId: 'r1',
  evaluationId: 'r1',
  mine: rubric,
  theirs: theirsRubric,
  source: '赵六.kaoping',
  detectedAt: LATER,
  reason: 'outOfScope',
};

const V6: V6Records = {
  evaluations: [checklist],
  assessments,
  rubricEvaluations: [rubric],
  rubricInputs: [revisedInput],
  conflicts: [inputConflict, evaluationConflict],
  rectifications: [fromChecklist, fromRubric],
};

describe('upgradeToV7', () => {
  const v7 = upgradeToV7(V6);

  it('makes both kinds one Evaluation with a basis, ids kept, a stamped revision restamped on its new content', () => {
    const rubricContent = {
      id: 'r1',
      name: '年度营商环境评价',
      basis: { kind: 'indicatorSystem', systemId: 's1' },
      unitIds: ['u1'],
      tieRule: 'competition',
      notApplicable: 'zero',
      createdAt: AT,
    } satisfies Omit<Evaluation, 'meta'>;
    expect(v7.evaluations).toEqual([
      {
        id: 'c1',
        name: '2026年清单督查',
        basis: { kind: 'checklist', documentId: 'doc1' },
        unitIds: ['u1', 'u2'],
        tieRule: 'dense',
        notApplicable: 'rescale',
        createdAt: AT,
      },
      { ...rubricContent, meta: restamped(rubricContent, rubric.meta!) },
    ]);
    expect(v7.evaluations[1]!.meta).toMatchObject({ rev: 1, changedBy: '组长', changedAt: AT });
    expect(v7.evaluations[1]!.meta!.hash).not.toBe(rubric.meta!.hash);
  });

  it('stores each checklist status as its level (落实 2, 部分落实 1, 未落实 0, 不适用 null), note kept, no inspector; rubric cells unchanged', () => {
    const cell = (unitId: string, itemId: string, value: number | null, note = ''): EvaluationInput => ({
      id: `c1|${unitId}|${itemId}`,
      evaluationId: 'c1',
      unitId,
      indicatorId: itemId,
      value,
      note,
      inspector: '',
      updatedAt: AT,
    });
    expect(v7.inputs).toEqual([
      cell('u1', 'm1', 2, '已出台实施方案'),
      cell('u1', 'm2', 1),
      cell('u2', 'm1', 0, '未见文件'),
      cell('u2', 'm2', null),
      revisedInput,
    ]);
    expect(v7.inputs[4]!.meta).toEqual({
      rev: 2,
      hash: contentHash(revisedInput),
      ancestors: [input1.meta!.hash],
      changedBy: '李四',
      changedAt: LATER,
    });
  });

  it('names every rectification’s source as { evaluationId, indicatorId }, restamping a revised one', () => {
    const checklistSourced: Rectification = {
      id: 'c1|u2|m1',
      unitId: 'u2',
      source: { evaluationId: 'c1', indicatorId: 'm1' },
      ...rectificationBody,
    };
    const rubricSourced = { ...without(fromRubric, 'meta', 'evaluationId', 'sourceId'), source: { evaluationId: 'r1', indicatorId: 'i1' } };
    expect(v7.rectifications).toEqual([checklistSourced, { ...rubricSourced, meta: restamped(rubricSourced, fromRubric.meta!) }]);
    expect(v7.rectifications[1]!.meta!.ancestors).toEqual([fromRubric.meta!.hash]);
  });

  it('renames the tables of stored conflicts and converts both versions of a conflicting evaluation', () => {
    expect(v7.conflicts.map((conflict) => [conflict.id, conflict.table, conflict.recordId])).toEqual([
      ['inputs|r1|u1|i1', 'inputs', 'r1|u1|i1'],
      ['evaluations|r1', 'evaluations', 'r1'],
    ]);
    expect(v7.conflicts[0]).toEqual({ ...inputConflict, id: 'inputs|r1|u1|i1', table: 'inputs' });
    const [, converted] = v7.conflicts;
    expect(converted!.mine).toEqual(v7.evaluations[1]);
    const theirsContent = { ...without(theirsRubric, 'systemId', 'meta'), basis: { kind: 'indicatorSystem', systemId: 's1' } };
    expect(converted!.theirs).toEqual({ ...theirsContent, meta: restamped(theirsContent, theirsRubric.meta!) });
    expect(converted).toMatchObject({ source: '赵六.kaoping', reason: 'outOfScope', evaluationId: 'r1' });
  });

  it('converts the same version the same way in two offices, and versions that differed still differ', () => {
    const again = upgradeToV7(structuredClone(V6));
    expect(again).toEqual(v7);
    const [, converted] = v7.conflicts;
    expect((converted!.mine.meta as RecordMeta).hash).not.toBe((converted!.theirs.meta as RecordMeta).hash);
  });

  it('restamps a checklist record that a merge resolution had stamped', () => {
    const stamped = revise(assessment('u1', 'm1', 'partial'), undefined, '张三', LATER);
    const [cell] = upgradeToV7({ ...V6, assessments: [stamped] }).inputs;
    expect(cell!.meta).toEqual(restamped(cell!, stamped.meta!));
    expect(conflictToV7({ ...evaluationConflict, table: 'assessments', mine: stamped, theirs: stamped }).table).toBe('inputs');
  });
});
