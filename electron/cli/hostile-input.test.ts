/* eslint-disable no-control-regex -- the test looks for control characters */
// The CLI meets files other offices sent: merges held to the package's scope, terminal-safe output.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { revise } from '#shared/domain/record-meta';
import type { PackageScope } from '#shared/exchange/package-format';
import { readPackage } from '#shared/exchange/read-package';
import { buildPackage } from '#shared/exchange/write-package';

import { mergeFiles } from './exchange-commands';
import { forTerminal, jsonForTerminal } from './terminal-text';

const at = '2026-11-23T08:00:00Z';
const indicator = {
  id: 'i1',
  parentId: null,
  name: '质量管理情况',
  role: 'indicator',
  maxPoints: 300,
  capped: false,
  ruleText: '由评价组打分',
  rule: { kind: 'manual' },
  dataSource: { kind: 'onSite' },
  warnings: [],
  checklistItemIds: [],
};
const system = { id: 's1', title: '评分细则', indicators: [indicator] };
const evaluation = {
  id: 'e1',
  name: '评价',
  basis: { kind: 'indicatorSystem' as const, systemId: 's1' },
  unitIds: ['u甲', 'u乙'],
  tieRule: 'competition',
  notApplicable: 'rescale',
  createdAt: at,
};
const input = (unitId: string, value: number) =>
  revise(
    { id: `e1|${unitId}|i1`, evaluationId: 'e1', unitId, indicatorId: 'i1', value, note: '', inspector: '张三', updatedAt: at },
    undefined,
    '张三',
    at,
  );

async function write(dir: string, name: string, tables: Record<string, unknown[]>, scope: PackageScope): Promise<string> {
  const path = join(dir, name);
  writeFileSync(
    path,
    await buildPackage(
      { tables: tables as never, attachments: new Map() },
      { appVersion: '0.1.0', createdBy: '张三', createdAt: at, scope },
    ),
  );
  return path;
}

describe('kaoping merge holds a package to its scope', () => {
  it('a one-unit package cannot raise an indicator, drop a unit, switch the tie rule or rescore another unit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kaoping-hostile-'));
    const units = [
      { id: 'u甲', name: '甲区', createdAt: at },
      { id: 'u乙', name: '乙区', createdAt: at },
    ];
    const lead = await write(
      dir,
      'lead.kaoping',
      { indicatorSystems: [system], evaluations: [evaluation], units, inputs: [input('u甲', 100), input('u乙', 100)] },
      { kind: 'evaluation', description: '全部', evaluationId: 'e1' },
    );
    const forged = (record: { id: string } & Record<string, unknown>, change: Record<string, unknown>) =>
      revise({ ...record, ...change }, record, '组长', '2026-11-24T00:00:00Z');
    const hostile = await write(
      dir,
      'zhang.kaoping',
      {
        indicatorSystems: [forged(system, { indicators: [{ ...system.indicators[0], maxPoints: 3000 }] })],
        evaluations: [forged(evaluation, { unitIds: ['u甲'], tieRule: 'dense' })],
        units,
        inputs: [forged(input('u甲', 100), { value: 250 }), forged(input('u乙', 100), { value: 0 })],
      },
      { kind: 'units', description: '甲区', evaluationId: 'e1', unitIds: ['u甲'] },
    );
    const out = join(dir, 'merged.kaoping');
    const report = await mergeFiles([lead, hostile], out, 'newer', '组长');
    expect(report.unresolved).toBe(2);
    expect(report.conflicts.map((conflict) => [conflict.table, conflict.outOfScope, conflict.resolved, conflict.theirs.claimed])).toEqual([
      ['evaluations', true, null, true],
      ['indicatorSystems', true, null, true],
    ]);
    expect(report.conflicts[1]!.differences).toEqual(['indicators.0.maxPoints：300 → 3000']);
    expect(report.refused).toEqual([{ table: 'inputs', id: 'e1|u乙|i1', reason: '不属于评价包声明的单位', file: 'zhang.kaoping' }]);
    const merged = (await readPackage(new Uint8Array(readFileSync(out)), 'merged.kaoping')).data;
    expect(merged.tables.indicatorSystems![0]).toEqual(system);
    expect(merged.tables.evaluations![0]).toEqual(evaluation);
    expect(merged.tables.inputs!.map((record) => [record.unitId, record.value])).toEqual([
      ['u甲', 250],
      ['u乙', 100],
    ]);
  });
});

describe('terminal output', () => {
  it('strips escape sequences and control characters from text, and escapes them in JSON', () => {
    const name = '甲区\u001b[2J\u001b]0;pwned\u0007\u009b31m\u202e乙';
    expect(forTerminal(`单位：${name}\n`)).toBe('单位：甲区31m乙\n');
    const json = jsonForTerminal(JSON.stringify({ name }));
    expect(json).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
    expect(JSON.parse(json)).toEqual({ name });
  });
});
