// The v7 upgrade on a v6 database holding both kinds of evaluation: a checklist inspection with a
// cell of every status, a rubric evaluation with revisions and evidence, rectifications from both
// and a stored conflict. The upgraded database holds exactly the v7 records; a v6 database the
// upgrade cannot convert stays at v6, untouched.
import 'fake-indexeddb/auto';

import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';

import { contentHash, type RecordMeta } from '#shared/domain/record-meta';

import { openDatabase } from './database';
import { declareSchema } from './schema-history';

const meta = (content: Record<string, unknown>, rev: number, ancestors: string[], changedBy: string): RecordMeta => ({
  rev,
  hash: contentHash(content),
  ancestors,
  changedBy,
  changedAt: '2026-03-01T08:00:00.000Z',
});

const checklist = {
  id: 'c-1',
  name: '2026年清单督查',
  documentId: 'doc-1',
  unitIds: ['u-jia', 'u-yi'],
  tieRule: 'dense',
  createdAt: '2026-02-01T08:00:00.000Z',
};
const assessment = (itemId: string, status: string, note: string) => ({
  id: `c-1|u-jia|${itemId}`,
  evaluationId: 'c-1',
  unitId: 'u-jia',
  itemId,
  status,
  note,
  updatedAt: '2026-02-02T08:00:00.000Z',
});
const ASSESSMENTS = [
  assessment('m1', 'implemented', ''),
  assessment('m2', 'partial', '仅完成线上部分'),
  assessment('m3', 'notImplemented', '未见文件'),
  assessment('m4', 'notApplicable', '本区无口岸'),
];

const rubricContent = {
  id: 'r-1',
  name: '2026年度指标评分',
  systemId: 'sys-1',
  unitIds: ['u-jia'],
  tieRule: 'competition',
  notApplicable: 'zero',
  createdAt: '2026-02-03T08:00:00.000Z',
};
const rubric = { ...rubricContent, meta: meta(rubricContent, 2, ['h-first'], '王五') };
const inputContent = {
  id: 'r-1|u-jia|i1',
  evaluationId: 'r-1',
  unitId: 'u-jia',
  indicatorId: 'i1',
  value: 4,
  note: '材料齐全',
  inspector: '张三',
  updatedAt: '2026-02-04T08:00:00.000Z',
};
const rubricInput = { ...inputContent, meta: meta(inputContent, 1, [], '张三') };
const evidence = {
  id: 'ev-1',
  inputId: 'r-1|u-jia|i1',
  evaluationId: 'r-1',
  name: '现场照片.jpg',
  type: 'image/jpeg',
  size: 4,
  blob: new Blob(['jpeg'], { type: 'image/jpeg' }),
  addedAt: '2026-02-04T08:05:00.000Z',
  inspector: '张三',
};
const rectification = (id: string, evaluationId: string, sourceId: string, problem: string) => ({
  id,
  unitId: 'u-jia',
  unitName: '甲区',
  evaluationId,
  sourceId,
  problem,
  target: '',
  measures: '',
  responsibleUnits: ['市住建局'],
  owner: '',
  deadline: null,
  status: 'open',
  progress: [],
  closedOn: null,
  closedBy: null,
});
const checklistFinding = rectification('rect-c', 'c-1', 'm3', '未见文件');
const rubricFindingContent = rectification('rect-r', 'r-1', 'i1', '审批时限超过承诺');
const rubricFinding = { ...rubricFindingContent, meta: meta(rubricFindingContent, 1, [], '李四') };
const conflict = {
  id: 'rubricEvaluations|r-1',
  table: 'rubricEvaluations',
  recordId: 'r-1',
  evaluationId: 'r-1',
  mine: rubric,
  theirs: { ...rubric, name: '2026年度指标评分（复核）' },
  source: '乙区.kaoping',
  detectedAt: '2026-03-02T08:00:00.000Z',
  reason: 'bothChanged',
};

/** A v6 database named `name` holding `records` by table. */
async function v6Database(name: string, records: Record<string, unknown[]>): Promise<void> {
  const old = new Dexie(name);
  declareSchema(old, 6);
  await old.open();
  for (const [table, rows] of Object.entries(records)) await old.table(table).bulkAdd(rows);
  old.close();
}

/** `record` converted: its revision restamped over `content`, the old hash first among its ancestors. */
function restamped(content: Record<string, unknown>, before: RecordMeta): Record<string, unknown> {
  return { ...content, meta: { ...before, hash: contentHash(content), ancestors: [before.hash, ...before.ancestors] } };
}

const byId = <T extends { id: string }>(rows: T[]) => rows.sort((a, b) => a.id.localeCompare(b.id));

describe('schema v7 upgrade', () => {
  it('turns a v6 database with both kinds of evaluation into exactly the v7 records', async () => {
    const name = `v7-upgrade-${crypto.randomUUID()}`;
    await v6Database(name, {
      evaluations: [checklist],
      assessments: ASSESSMENTS,
      rubricEvaluations: [rubric],
      rubricInputs: [rubricInput],
      evidence: [evidence],
      rectifications: [checklistFinding, rubricFinding],
      conflicts: [conflict],
    });
    const db = openDatabase(name);
    await db.open();

    const rubricV7 = {
      id: 'r-1',
      name: '2026年度指标评分',
      basis: { kind: 'indicatorSystem', systemId: 'sys-1' },
      unitIds: ['u-jia'],
      tieRule: 'competition',
      notApplicable: 'zero',
      createdAt: '2026-02-03T08:00:00.000Z',
    };
    expect(byId(await db.evaluations.toArray())).toEqual([
      {
        id: 'c-1',
        name: '2026年清单督查',
        basis: { kind: 'checklist', documentId: 'doc-1' },
        unitIds: ['u-jia', 'u-yi'],
        tieRule: 'dense',
        notApplicable: 'rescale',
        createdAt: '2026-02-01T08:00:00.000Z',
      },
      restamped(rubricV7, rubric.meta),
    ]);
    const cell = (itemId: string, value: number | null, note: string) => ({
      id: `c-1|u-jia|${itemId}`,
      evaluationId: 'c-1',
      unitId: 'u-jia',
      indicatorId: itemId,
      value,
      note,
      inspector: '',
      updatedAt: '2026-02-02T08:00:00.000Z',
    });
    expect(byId(await db.inputs.toArray())).toEqual([
      cell('m1', 2, ''),
      cell('m2', 1, '仅完成线上部分'),
      cell('m3', 0, '未见文件'),
      cell('m4', null, '本区无口岸'),
      rubricInput,
    ]);
    const withoutSource = ({ evaluationId, sourceId, ...rest }: typeof checklistFinding) =>
      [rest, { evaluationId, indicatorId: sourceId }] as const;
    const [checklistRest, checklistSource] = withoutSource(checklistFinding);
    const [rubricRest, rubricSource] = withoutSource(rubricFindingContent);
    expect([checklistSource, rubricSource]).toEqual([
      { evaluationId: 'c-1', indicatorId: 'm3' },
      { evaluationId: 'r-1', indicatorId: 'i1' },
    ]);
    expect(byId(await db.rectifications.toArray())).toEqual([
      { ...checklistRest, source: checklistSource },
      restamped({ ...rubricRest, source: rubricSource }, rubricFinding.meta),
    ]);
    expect(await db.conflicts.toArray()).toEqual([
      {
        ...conflict,
        id: 'evaluations|r-1',
        table: 'evaluations',
        mine: restamped(rubricV7, rubric.meta),
        theirs: restamped({ ...rubricV7, name: '2026年度指标评分（复核）' }, rubric.meta),
      },
    ]);
    const stored = await db.evidence.get('ev-1');
    expect({ ...stored, blob: await stored!.blob.text() }).toEqual({ ...evidence, blob: 'jpeg' });
    expect(await db.inputs.where('[evaluationId+unitId]').equals(['c-1', 'u-jia']).count()).toBe(4);
    expect(await db.inputs.where('[evaluationId+indicatorId]').equals(['r-1', 'i1']).primaryKeys()).toEqual(['r-1|u-jia|i1']);
    expect(await db.evaluations.where('basis.kind').equals('checklist').primaryKeys()).toEqual(['c-1']);
    expect(await db.rectifications.where('source.evaluationId').equals('r-1').primaryKeys()).toEqual(['rect-r']);
    db.close();
    await Dexie.delete(name);
  });

  it('leaves a v6 database it cannot convert at v6 with every record as it was', async () => {
    const name = `v7-upgrade-refused-${crypto.randomUUID()}`;
    // Two evaluations of different kinds with one id cannot share the v7 table: the upgrade fails.
    await v6Database(name, { evaluations: [{ ...checklist, id: 'r-1' }], assessments: ASSESSMENTS, rubricEvaluations: [rubric] });
    await expect(openDatabase(name).open()).rejects.toThrow();

    const old = new Dexie(name);
    await old.open();
    expect(old.verno).toBe(6);
    expect(await old.table('evaluations').toArray()).toEqual([{ ...checklist, id: 'r-1' }]);
    expect(await old.table('assessments').count()).toBe(4);
    expect(await old.table('rubricEvaluations').toArray()).toEqual([rubric]);
    expect(old.tables.map((table) => table.name)).not.toContain('inputs');
    old.close();
    await Dexie.delete(name);
  });
});
