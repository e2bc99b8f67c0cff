// The fuzz checker must catch what it promises: each test feeds a real, valid result (seen valid
// first, so the checker is not simply strict) and then the same result deliberately broken.
import { beforeAll, describe, expect, it } from 'vitest';

import type { IndicatorSystem } from '#shared/domain/indicator-system';
import { revise } from '#shared/domain/record-meta';
import type { PackageData } from '#shared/exchange/package-format';
import { importPolicyFile, type ImportResult } from '#shared/import/import-policy-file';
import { importRubricFile } from '#shared/rubric/import-rubric-file';

import { SEED, seedBytes } from '../fixtures/seeds';
import { leadOffice, mergeIntoOffice, unitPackage } from './package-scenario';
import {
  checklistProblems,
  fillInProblems,
  indicatorSystemProblems,
  isCalendarDate,
  packageDataProblems,
  scopedMergeProblems,
  textProblems,
} from './result-checks';

const clone = <T>(value: T): T => structuredClone(value);

describe('textProblems', () => {
  it('finds U+0000, U+000B and lone surrogates at any depth, and passes tabs, newlines and CJK', () => {
    expect(textProblems({ a: ['甲区\t乙区\n丙区', { b: '😀' }] })).toEqual([]);
    expect(textProblems({ a: ['ok', { b: '甲\u000b区' }] })).toEqual(['a[1].b: XML-illegal character in "甲\\u000b区"']);
    expect(textProblems(['\u0000'])).toHaveLength(1);
    expect(textProblems({ name: 'x\ud800' })).toHaveLength(1);
  });
});

describe('isCalendarDate', () => {
  it('takes real dates only', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-1-1')).toBe(false);
  });
});

describe('checklistProblems', () => {
  let result: ImportResult;
  beforeAll(async () => {
    result = await importPolicyFile(seedBytes(SEED.luoyang2021), '政策.txt');
  });
  const withItems = (change: (items: ImportResult['documents'][number]['items']) => void) => {
    const broken = clone(result);
    change(broken.documents[0]!.items);
    return checklistProblems(broken);
  };

  it('passes a real import', () => {
    expect(result.documents[0]!.items.length).toBeGreaterThan(50);
    expect(checklistProblems(result)).toEqual([]);
  });
  it('catches a duplicate id', () => {
    expect(withItems((items) => (items[3]!.id = items[2]!.id))).toContain(`checklist: duplicate id "${result.documents[0]!.items[2]!.id}"`);
  });
  it('catches a parent that does not resolve', () => {
    expect(withItems((items) => (items[5]!.parentId = 'nowhere')).join('\n')).toMatch(/parent "nowhere" does not resolve/);
  });
  it('catches a deadline that is not a calendar date, and one with no shape', () => {
    expect(withItems((items) => (items[5]!.deadline = { text: '2月30日', date: '2026-02-30' })).join('\n')).toMatch(
      /deadline date "2026-02-30" is not a calendar date/,
    );
    expect(withItems((items) => (items[5]!.deadline = { date: null } as never)).join('\n')).toMatch(/deadline is neither null/);
  });
  it('catches an XML-illegal character in a title', () => {
    expect(withItems((items) => (items[1]!.title = `${items[1]!.title}\u000b`)).join('\n')).toMatch(
      /documents\[0\]\.items\[1\]\.title: XML-illegal/,
    );
  });
});

describe('indicatorSystemProblems', () => {
  let system: IndicatorSystem;
  beforeAll(async () => {
    system = await importRubricFile(seedBytes('office/004_办理建筑许可营商环境部门评分细则.xlsx'), '评分细则.xlsx');
  });
  const broken = (change: (indicators: IndicatorSystem['indicators']) => void) => {
    const copy = clone(system);
    change(copy.indicators);
    return indicatorSystemProblems(copy).join('\n');
  };
  const scored = (indicators: IndicatorSystem['indicators']) =>
    indicators.find((indicator) => indicator.rule?.kind === 'deduction' && indicator.warnings.length === 0)!;

  it('passes a real rubric', () => {
    expect(scored(system.indicators)).toBeDefined();
    expect(indicatorSystemProblems(system)).toEqual([]);
  });
  it('catches duplicate ids and parents that do not resolve', () => {
    expect(broken((indicators) => (indicators[1]!.id = indicators[0]!.id))).toMatch(/duplicate id/);
    expect(broken((indicators) => (indicators[2]!.parentId = 'gone'))).toMatch(/parent "gone" does not resolve/);
  });
  it('catches points that are not whole hundredths or out of bounds', () => {
    expect(broken((indicators) => (scored(indicators).maxPoints = 150.5))).toMatch(/maxPoints 150.5 is not whole hundredths/);
    expect(broken((indicators) => (scored(indicators).maxPoints = 1e12))).toMatch(/maxPoints 1000000000000 is not whole hundredths/);
    expect(broken((indicators) => (scored(indicators).rule = { kind: 'deduction', base: 300, per: 12.5 }))).toMatch(
      /rule amount rule.per = 12.5/,
    );
  });
  it('catches a rule that fails validation without being flagged 待核对, and passes it once flagged', () => {
    const invalid = {
      kind: 'bands' as const,
      bands: [
        { min: 0, minInclusive: true, max: 50, maxInclusive: false, points: 100 },
        { min: 40, minInclusive: true, max: null, maxInclusive: false, points: 200 },
      ],
    };
    expect(broken((indicators) => (scored(indicators).rule = invalid))).toMatch(/rule fails validation unflagged/);
    expect(broken((indicators) => Object.assign(scored(indicators), { rule: invalid, warnings: ['分档重叠，请核对。'] }))).toBe('');
  });
  it('catches a name the package schema refuses and an XML-illegal character', () => {
    expect(broken((indicators) => (indicators[0]!.name = '名'.repeat(32_001)))).toMatch(/fails the package schema at indicators.0.name/);
    expect(broken((indicators) => (indicators[0]!.name = '政务\u0000服务'))).toMatch(/indicators\[0\]\.name: XML-illegal/);
  });
});

describe('fillInProblems', () => {
  let system: IndicatorSystem;
  beforeAll(async () => {
    system = await importRubricFile(seedBytes('office/004_办理建筑许可营商环境部门评分细则.xlsx'), '评分细则.xlsx');
  });
  const units = [{ id: 'u1', name: '甲区', createdAt: '' }];
  const manual = () => system.indicators.find((indicator) => indicator.rule?.kind === 'manual' && indicator.maxPoints > 0)!;
  const reading = (inputs: Array<{ unitId: string; indicatorId: string; value: unknown; note?: string }>) => ({
    inputs: inputs.map((input) => ({ note: '', ...input })) as never,
    problems: [],
    warnings: [],
    filledBy: '王五',
  });

  it('passes valid inputs and 不适用', () => {
    expect(fillInProblems(reading([{ unitId: 'u1', indicatorId: manual().id, value: manual().maxPoints / 100 }]), system, units)).toEqual(
      [],
    );
    expect(fillInProblems(reading([{ unitId: 'u1', indicatorId: manual().id, value: null }]), system, units)).toEqual([]);
  });
  it('catches unknown units and indicators, a cell read twice, points past the 分值 and a control character in a note', () => {
    const id = manual().id;
    expect(fillInProblems(reading([{ unitId: 'u9', indicatorId: id, value: 0 }]), system, units).join('\n')).toMatch(/unknown unit/);
    expect(fillInProblems(reading([{ unitId: 'u1', indicatorId: 'nope', value: 0 }]), system, units).join('\n')).toMatch(
      /not a scored indicator/,
    );
    expect(
      fillInProblems(
        reading([
          { unitId: 'u1', indicatorId: id, value: 0 },
          { unitId: 'u1', indicatorId: id, value: 1 },
        ]),
        system,
        units,
      ).join('\n'),
    ).toMatch(/duplicate id/);
    expect(fillInProblems(reading([{ unitId: 'u1', indicatorId: id, value: manual().maxPoints }]), system, units).join('\n')).toMatch(
      /is not valid/,
    );
    expect(fillInProblems(reading([{ unitId: 'u1', indicatorId: id, value: 0, note: '见\u000b附件' }]), system, units).join('\n')).toMatch(
      /note: XML-illegal/,
    );
  });
});

describe('packageDataProblems', () => {
  const evidence = (change: Record<string, unknown>, bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0])): PackageData => ({
    tables: {
      evidence: [
        {
          id: 'ev',
          inputId: 'e|u|i',
          evaluationId: 'e',
          name: '照片.jpg',
          type: 'image/jpeg',
          size: bytes.byteLength,
          addedAt: '2026-11-01T08:00:00Z',
          inspector: '张三',
          attachment: 'attachments/ev',
          ...change,
        },
      ],
    },
    attachments: new Map([['attachments/ev', bytes]]),
  });

  it('passes a package as the reader returns it', async () => {
    const merge = await mergeIntoOffice(await unitPackage());
    expect(packageDataProblems(merge.incoming)).toEqual([]);
    expect(packageDataProblems(evidence({}))).toEqual([]);
  });
  it('catches a declared type its bytes do not show, a wrong size and a missing attachment', () => {
    expect(packageDataProblems(evidence({ type: 'text/html' }, new TextEncoder().encode('<script>alert(1)</script>'))).join('\n')).toMatch(
      /type "text\/html" is not the type its bytes show \(application\/octet-stream\)/,
    );
    expect(packageDataProblems(evidence({ size: 1 })).join('\n')).toMatch(/size 1 is not the attachment's 4 bytes/);
    expect(packageDataProblems(evidence({ attachment: 'attachments/none' })).join('\n')).toMatch(/attachment "attachments\/none" missing/);
  });
  it('catches hostile evidence names: bidi override, runnable extensions, paths, overlong', () => {
    expect(packageDataProblems(evidence({ name: '现场照片\u202egpj.exe' })).join('\n')).toMatch(
      /holds hiding, control or path characters[\s\S]*keeps a runnable extension/,
    );
    for (const name of ['a.hta', 'a.lnk', 'a.SCR', 'a.bat'])
      expect(packageDataProblems(evidence({ name })).join('\n')).toMatch(/runnable extension/);
    expect(packageDataProblems(evidence({ name: '..\\..\\a.jpg' })).join('\n')).toMatch(/path characters/);
    expect(packageDataProblems(evidence({ name: `${'照'.repeat(100)}.jpg` })).join('\n')).toMatch(/longer than 200 bytes/);
  });
  it('catches records that fail their table schema, duplicate ids and hidden characters in unit names', () => {
    const data: PackageData = {
      tables: {
        units: [
          { id: 'u1', name: '甲\u200b区' },
          { id: 'u1', name: { text: '乙区' } },
        ],
      },
      attachments: new Map(),
    };
    const problems = packageDataProblems(data).join('\n');
    expect(problems).toMatch(/units: duplicate id "u1"/);
    expect(problems).toMatch(/units "u1": fails its schema at name/);
    expect(problems).toMatch(/name "甲\u200b区" holds hiding characters/);
  });
});

describe('scopedMergeProblems', () => {
  const scope = { kind: 'units' as const, description: '涧西区', evaluationId: 'e1', unitIds: ['u1'] };
  const changed = (
    data: PackageData,
    table: 'indicatorSystems' | 'inputs',
    index: number,
    change: Record<string, unknown>,
  ): PackageData => {
    const records = data.tables[table]!.map((record, at) =>
      at === index ? revise({ ...record, ...change }, record, '组长', '2026-11-24T00:00:00Z') : record,
    );
    return { ...data, tables: { ...data.tables, [table]: records } };
  };

  it('passes the faithful one-unit package merged as the app merges it', async () => {
    const merge = await mergeIntoOffice(await unitPackage());
    expect(merge.outcome.merged.tables.inputs).toHaveLength(4);
    expect(scopedMergeProblems(merge.manifest.scope, merge.local, merge.incoming, merge.outcome)).toEqual([]);
  });
  it('catches a shared definition changed silently by a one-unit package', () => {
    const local = leadOffice();
    const incoming = changed(local, 'indicatorSystems', 0, { title: '改过的体系' });
    expect(scopedMergeProblems(scope, local, incoming, { merged: incoming, reported: new Set() })).toEqual([
      'indicatorSystems "s1": shared definition changed silently by a units package',
    ]);
    expect(scopedMergeProblems({ ...scope, kind: 'evaluation' }, local, incoming, { merged: incoming, reported: new Set() })).toEqual([]);
  });
  it("catches another unit's score taken, and an incoming change dropped unreported", () => {
    const local = leadOffice();
    const incoming = changed(local, 'inputs', 0, { value: 0 });
    expect(scopedMergeProblems(scope, local, incoming, { merged: incoming, reported: new Set() })).toEqual([
      'inputs "e1|u2|i1": taken from outside the units package\'s scope',
    ]);
    expect(scopedMergeProblems(scope, local, incoming, { merged: local, reported: new Set() })).toEqual([
      'inputs "e1|u2|i1": incoming change dropped without being reported',
    ]);
    expect(scopedMergeProblems(scope, local, incoming, { merged: local, reported: new Set(['inputs|e1|u2|i1']) })).toEqual([]);
  });
  it("catches a merged record that is neither side's, and evidence for an input outside the scope", () => {
    const local = leadOffice();
    const invented = changed(local, 'inputs', 1, { value: 7 });
    expect(scopedMergeProblems(scope, local, local, { merged: invented, reported: new Set() })).toEqual([
      'inputs "e1|u2|i2": merged content is neither the local nor the incoming version',
    ]);
    const photo = { id: 'ev', inputId: 'e1|u2|i1', evaluationId: 'e1', name: 'a.png', attachment: 'attachments/ev' };
    const incoming = { ...local, tables: { ...local.tables, evidence: [photo] } };
    expect(scopedMergeProblems(scope, local, incoming, { merged: incoming, reported: new Set() })).toEqual([
      'evidence "ev": evidence taken for an input outside the scope',
    ]);
  });
});
