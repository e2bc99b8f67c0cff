import { describe, expect, it } from 'vitest';

import { revise } from '../domain/record-meta';
import { mergePackageData } from './merge-packages';
import { describeRefused, type LocalVersions, partitionByScope } from './merge-scope';
import type { PackageData, PackageScope, TableName } from './package-format';
import { describeDifferences } from './record-diff';

type Row = { id: string } & Record<string, unknown>;
const at = '2026-11-23T08:00:00Z';
const later = '2026-11-24T08:00:00Z';

/** An evaluation of 甲区 and 乙区 over one indicator of 3 points, as the lead office holds it. */
function leadOffice(): PackageData {
  const system = { id: 's1', title: '评分细则', indicators: [{ id: 'i1', role: 'indicator', maxPoints: 300 }] };
  const evaluation = {
    id: 'e1',
    basis: { kind: 'indicatorSystem', systemId: 's1' },
    unitIds: ['u甲', 'u乙'],
    tieRule: 'competition',
    notApplicable: 'rescale',
  };
  const input = (unitId: string) =>
    revise({ id: `e1|${unitId}|i1`, evaluationId: 'e1', unitId, indicatorId: 'i1', value: 100, inspector: '张三' }, undefined, '张三', at);
  return {
    tables: {
      indicatorSystems: [system],
      evaluations: [evaluation],
      units: [
        { id: 'u甲', name: '甲区' },
        { id: 'u乙', name: '乙区' },
      ],
      inputs: [input('u甲'), input('u乙')],
    },
    attachments: new Map(),
  };
}

/** The local version of every record the incoming package holds. */
function localOf(local: PackageData, incoming: PackageData): LocalVersions {
  const versions: LocalVersions = {};
  for (const table of Object.keys(incoming.tables) as TableName[])
    versions[table] = new Map((local.tables[table] ?? []).map((record) => [record.id, record]));
  return versions;
}

/** A one-unit package for 甲区 that raises the indicator to 30 points, drops 乙区, switches the tie rule, and rescores 乙区 — with forged histories. */
function hostileUnitPackage(local: PackageData): { scope: PackageScope; data: PackageData } {
  const [system] = local.tables.indicatorSystems as Row[];
  const [evaluation] = local.tables.evaluations as Row[];
  const [inputA, inputB] = local.tables.inputs as Row[];
  const forged = (record: Row, change: Record<string, unknown>) => revise({ ...record, ...change }, record, '组长', later);
  return {
    scope: { kind: 'units', description: '甲区', evaluationId: 'e1', unitIds: ['u甲'] },
    data: {
      tables: {
        indicatorSystems: [forged(system!, { indicators: [{ id: 'i1', role: 'indicator', maxPoints: 3000 }] })],
        evaluations: [forged(evaluation!, { unitIds: ['u甲'], tieRule: 'dense' })],
        units: local.tables.units,
        inputs: [forged(inputA!, { value: 250 }), forged(inputB!, { value: 0 })],
        evidence: [{ id: 'ev', inputId: inputB!.id, evaluationId: 'e1', name: 'x.jpg', attachment: 'attachments/ev' }],
      },
      attachments: new Map([['attachments/ev', new Uint8Array([0xff, 0xd8, 0xff])]]),
    },
  };
}

describe('partitionByScope', () => {
  it('keeps a one-unit package to its unit: shared definitions go to review, other units are refused', () => {
    const local = leadOffice();
    const hostile = hostileUnitPackage(local);
    const scoped = partitionByScope(hostile.scope, hostile.data, localOf(local, hostile.data));
    expect(scoped.review.map((change) => change.table)).toEqual(['indicatorSystems', 'evaluations']);
    expect(scoped.refused.map((record) => [record.table, record.id])).toEqual([
      ['inputs', 'e1|u乙|i1'],
      ['evidence', 'ev'],
    ]);
    expect(scoped.data.attachments.size).toBe(0);
    const merged = mergePackageData(local, scoped.data);
    expect(merged.stats.inputs).toEqual({ added: 0, updated: 1, unchanged: 0, conflicts: 0 });
    expect(merged.data.tables.indicatorSystems).toEqual(local.tables.indicatorSystems);
    expect(merged.data.tables.evaluations).toEqual(local.tables.evaluations);
    expect((merged.data.tables.inputs as Row[]).map((input) => input.value)).toEqual([250, 100]);
    expect(describeRefused(scoped.refused)).toEqual([
      '1 条记录不属于评价包声明的单位，未合并',
      '1 条记录所属评分不在评价包声明的范围内，未合并',
    ]);
    expect(describeDifferences(scoped.review[1]!.mine, scoped.review[1]!.theirs)).toEqual([
      'unitIds.1："u乙" → （无）',
      'tieRule："competition" → "dense"',
    ]);
  });

  it('lets a full-scope package of the same evaluation change its own definitions, not others', () => {
    const local = leadOffice();
    local.tables.indicatorSystems!.push({ id: 's2', title: '另一套细则', indicators: [] });
    const hostile = hostileUnitPackage(local);
    const other = revise({ id: 's2', title: '被改的细则', indicators: [] }, local.tables.indicatorSystems![1]!, '组长', later);
    const data = {
      ...hostile.data,
      tables: { ...hostile.data.tables, indicatorSystems: [...hostile.data.tables.indicatorSystems!, other] },
    };
    const scoped = partitionByScope({ kind: 'evaluation', description: '全部', evaluationId: 'e1' }, data, localOf(local, data));
    expect(scoped.review.map((change) => change.id)).toEqual(['s2']);
    expect(scoped.refused).toEqual([]);
    expect(scoped.data.tables.indicatorSystems!.map((system) => system.id)).toEqual(['s1']);
  });

  it('adds shared definitions that are new (an inspector receiving the evaluation) and skips unchanged ones', () => {
    const lead = leadOffice();
    const scope: PackageScope = { kind: 'units', description: '甲区', evaluationId: 'e1', unitIds: ['u甲'] };
    const scoped = partitionByScope(scope, lead, {});
    expect(scoped.review).toEqual([]);
    expect(scoped.data.tables.indicatorSystems).toEqual(lead.tables.indicatorSystems);
    expect(scoped.refused.map((record) => record.id)).toEqual(['e1|u乙|i1']);
  });

  it("takes an inspector package's own inputs only", () => {
    const local = leadOffice();
    const inputs = (local.tables.inputs as Row[]).map((input, index) =>
      revise({ ...input, value: 5, inspector: index === 0 ? '李四' : '王五' }, input, '李四', later),
    );
    const data: PackageData = { tables: { inputs: inputs }, attachments: new Map() };
    const scoped = partitionByScope(
      { kind: 'inspector', description: '李四', evaluationId: 'e1', inspector: '李四' },
      data,
      localOf(local, data),
    );
    expect(scoped.data.tables.inputs!.map((input) => input.id)).toEqual(['e1|u甲|i1']);
    expect(scoped.refused).toEqual([{ table: 'inputs', id: 'e1|u乙|i1', reason: '不是评价员“李四”的评分' }]);
  });
});

describe('partitionByScope of a checklist inspection', () => {
  /** A checklist inspection of 甲区 and 乙区 over document d1 (items m1, m2), with a ledger item of 乙区. */
  function office(): PackageData {
    const item = (id: string) => ({ id, kind: 'measure', number: id, title: `举措${id}`, text: '', documentId: 'd1', order: 0 });
    return {
      tables: {
        documents: [{ id: 'd1', title: '实施方案' }],
        items: [item('m1'), item('m2'), { ...item('x1'), documentId: 'd2' }],
        evaluations: [{ id: 'c1', basis: { kind: 'checklist', documentId: 'd1' }, unitIds: ['u甲', 'u乙'], tieRule: 'competition' }],
        units: [
          { id: 'u甲', name: '甲区' },
          { id: 'u乙', name: '乙区' },
        ],
        rectifications: [{ id: 'c1|u乙|m1', unitId: 'u乙', source: { evaluationId: 'c1', indicatorId: 'm1' }, problem: '尚未落实' }],
      },
      attachments: new Map(),
    };
  }
  const changed = (record: Row, change: Record<string, unknown>) => revise({ ...record, ...change }, record, '组长', later);

  it('lets its full-scope package change its document and that document’s items, never another document’s', () => {
    const local = office();
    const [m1, , x1] = local.tables.items as Row[];
    const incoming: PackageData = {
      tables: {
        documents: [changed(local.tables.documents![0]!, { title: '实施方案（修订）' })],
        items: [changed(m1!, { text: '新' }), changed(x1!, { text: '改' })],
      },
      attachments: new Map(),
    };
    const versions = { ...localOf(local, incoming), evaluations: new Map(local.tables.evaluations!.map((record) => [record.id, record])) };
    const scoped = partitionByScope({ kind: 'evaluation', description: '全部', evaluationId: 'c1' }, incoming, versions);
    expect(scoped.data.tables.documents!.map((record) => record.title)).toEqual(['实施方案（修订）']);
    expect(scoped.data.tables.items!.map((record) => record.id)).toEqual(['m1']);
    expect(scoped.review.map((change) => [change.table, change.id])).toEqual([['items', 'x1']]);
  });

  it('takes a unit package’s ledger items of its unit in its evaluation, by the source they name', () => {
    const local = office();
    const [ledger] = local.tables.rectifications as Row[];
    const incoming: PackageData = {
      tables: {
        rectifications: [
          changed(ledger!, { status: 'inProgress' }),
          { ...ledger!, id: 'c9|u乙|m1', source: { evaluationId: 'c9', indicatorId: 'm1' } },
        ],
      },
      attachments: new Map(),
    };
    const scope: PackageScope = { kind: 'units', description: '乙区', evaluationId: 'c1', unitIds: ['u乙'] };
    const scoped = partitionByScope(scope, incoming, localOf(local, incoming));
    expect(scoped.data.tables.rectifications!.map((record) => record.id)).toEqual(['c1|u乙|m1']);
    expect(scoped.refused).toEqual([{ table: 'rectifications', id: 'c9|u乙|m1', reason: '不属于评价包声明的单位' }]);
  });
});
