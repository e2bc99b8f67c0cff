import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { contentHash, metaOf, revise } from '../domain/record-meta';
import { evaluationFromTables } from './evaluation-package';
import { PackageError } from './package-error';
import { readPackage } from './read-package';
import { sha256Hex } from './sha256';
import { buildPackage } from './write-package';

// Written by the format-1 CLI: `pack --rubric format-1-rubric.txt --units 甲区,乙区` with four inputs by 张三, then
// `pack --base` by 李四 revising 乙区's 群众满意度 from 93 to 94.
const FIXTURE = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'packages', 'format-1-rubric.kaoping');
const AT = '2026-05-01T08:00:00.000Z';

/** A package as a format-1 build wrote it: the tables as given (format-1 names), manifest formatVersion 1. */
async function format1Package(tables: Record<string, unknown[]>, scopeKind = 'backup'): Promise<Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const [table, records] of Object.entries(tables)) files[`data/${table}.json`] = strToU8(JSON.stringify(records));
  const entries = await Promise.all(
    Object.entries(files).map(async ([path, bytes]) => ({ path, size: bytes.byteLength, sha256: await sha256Hex(bytes) })),
  );
  const manifest = {
    type: 'kaoping-package',
    formatVersion: 1,
    appVersion: '0.1.0',
    createdBy: '张三',
    createdAt: AT,
    scope: { kind: scopeKind, description: '全部数据备份' },
    entries,
  };
  return zipSync({ 'manifest.json': strToU8(JSON.stringify(manifest)), ...files });
}

describe('a format-1 package from the field', () => {
  it('reads into format 2 intact: the rubric evaluation with its basis, the same cells, ids and revisions', async () => {
    const { manifest, data } = await readPackage(new Uint8Array(readFileSync(FIXTURE)), 'format-1-rubric.kaoping');
    expect(manifest.formatVersion).toBe(1);
    expect(Object.keys(data.tables).sort()).toEqual(['evaluations', 'indicatorSystems', 'inputs', 'units']);
    expect(data.tables.evaluations).toEqual([
      {
        id: 'evaluation-002c2a91f73a68',
        name: '政务服务评分细则',
        basis: { kind: 'indicatorSystem', systemId: 'rubric-41a5fcaeb98c9f67' },
        unitIds: ['unit-1cb9194e6ce46c', 'unit-0f2749ffc1c5cf'],
        tieRule: 'competition',
        notApplicable: 'rescale',
        createdAt: '2026-11-30T06:55:51.072Z',
      },
    ]);
    const evaluation = evaluationFromTables(data);
    expect(evaluation.units.map((unit) => unit.name)).toEqual(['甲区', '乙区']);
    expect(evaluation.inputs.map((input) => [input.unitId, input.indicatorId, input.value, input.inspector, input.meta?.rev])).toEqual([
      ['unit-1cb9194e6ce46c', 'rubric-41a5fcaeb98c9f67-2', 98, '张三', 1],
      ['unit-0f2749ffc1c5cf', 'rubric-41a5fcaeb98c9f67-2', 91, '张三', 1],
      ['unit-1cb9194e6ce46c', 'rubric-41a5fcaeb98c9f67-3', 96, '张三', 1],
      ['unit-0f2749ffc1c5cf', 'rubric-41a5fcaeb98c9f67-3', 94, '李四', 2],
    ]);
    const revised = evaluation.inputs[3]!;
    expect(revised.id).toBe('evaluation-002c2a91f73a68|unit-0f2749ffc1c5cf|rubric-41a5fcaeb98c9f67-3');
    expect(revised.meta).toEqual({
      rev: 2,
      hash: '1454f8d5785358',
      ancestors: ['145e1ee49e1a46'],
      changedBy: '李四',
      changedAt: '2026-11-30T06:55:54.672Z',
    });
    expect(contentHash(revised)).toBe('1454f8d5785358');
    expect(evaluation.basis.kind === 'indicatorSystem' && evaluation.basis.system.indicators.map((indicator) => indicator.name)).toEqual([
      '政务服务',
      '网上可办率',
      '群众满意度',
    ]);
  });

  it('restores a format-1 backup of a checklist inspection: statuses as levels, sources named, revisions restamped and consistent', async () => {
    const item = (id: string, number: string, title: string, order: number) => ({
      id,
      parentId: null,
      kind: 'measure',
      number,
      title,
      text: `${title}。`,
      leadUnits: ['市政务服务中心'],
      responsibleUnits: [],
      supportingUnits: [],
      owner: null,
      deadline: null,
      source: { line: order + 3 },
      documentId: 'doc1',
      order,
    });
    const stampedAssessment = revise(
      { id: 'c1|u1|m2', evaluationId: 'c1', unitId: 'u1', itemId: 'm2', status: 'partial', note: '仅部分窗口', updatedAt: AT },
      undefined,
      '张三',
      AT,
    );
    const rectification = revise(
      {
        id: 'c1|u1|m2',
        evaluationId: 'c1',
        unitId: 'u1',
        unitName: '甲区',
        sourceId: 'm2',
        problem: '“推行综合窗口”落实不到位：仅部分窗口',
        target: '按期全面落实',
        measures: '推行综合窗口。',
        responsibleUnits: ['市政务服务中心'],
        owner: '',
        deadline: null,
        status: 'inProgress',
        progress: [{ date: '2026-05-02', note: '已部署', by: '王五', status: 'inProgress' }],
        closedOn: null,
        closedBy: null,
      },
      undefined,
      '王五',
      AT,
    );
    const bytes = await format1Package({
      documents: [
        {
          id: 'doc1',
          title: '某市优化政务服务实施方案',
          docNumber: null,
          issuer: null,
          issuedOn: null,
          printedOn: null,
          closingText: [],
          fingerprint: 'f1',
          fileName: '方案.txt',
          importedAt: AT,
          itemCount: 3,
        },
      ],
      items: [item('m1', '1', '推行全程网办', 0), item('m2', '2', '推行综合窗口', 1), item('m3', '3', '推行容缺受理', 2)],
      units: [{ id: 'u1', name: '甲区', createdAt: AT }],
      evaluations: [{ id: 'c1', name: '2026年清单督查', documentId: 'doc1', unitIds: ['u1'], tieRule: 'competition', createdAt: AT }],
      assessments: [
        { id: 'c1|u1|m1', evaluationId: 'c1', unitId: 'u1', itemId: 'm1', status: 'implemented', note: '', updatedAt: AT },
        stampedAssessment,
        { id: 'c1|u1|m3', evaluationId: 'c1', unitId: 'u1', itemId: 'm3', status: 'notApplicable', note: '无此事项', updatedAt: AT },
      ],
      rectifications: [rectification],
    });
    const { data } = await readPackage(bytes, '备份.kaoping');
    const evaluation = evaluationFromTables(data);
    expect(evaluation.evaluation).toEqual({
      id: 'c1',
      name: '2026年清单督查',
      basis: { kind: 'checklist', documentId: 'doc1' },
      unitIds: ['u1'],
      tieRule: 'competition',
      notApplicable: 'rescale',
      createdAt: AT,
    });
    expect(evaluation.basis.kind === 'checklist' && evaluation.basis.items.map((entry) => entry.id)).toEqual(['m1', 'm2', 'm3']);
    expect(evaluation.inputs.map((input) => [input.id, input.indicatorId, input.value, input.note, input.inspector])).toEqual([
      ['c1|u1|m1', 'm1', 2, '', ''],
      ['c1|u1|m2', 'm2', 1, '仅部分窗口', ''],
      ['c1|u1|m3', 'm3', null, '无此事项', ''],
    ]);
    const cell = evaluation.inputs[1]!;
    expect(cell.meta).toEqual({
      rev: 1,
      hash: contentHash(cell),
      ancestors: [metaOf(stampedAssessment).hash],
      changedBy: '张三',
      changedAt: AT,
    });
    const [restored] = data.tables.rectifications!;
    expect(restored).toMatchObject({ id: 'c1|u1|m2', source: { evaluationId: 'c1', indicatorId: 'm2' } });
    expect(restored).not.toHaveProperty('sourceId');
    expect(restored!.meta).toEqual({ ...metaOf(rectification), hash: contentHash(restored), ancestors: [metaOf(rectification).hash] });
    // Written again as format 2, every restamped hash still verifies.
    const again = await readPackage(
      await buildPackage(data, { appVersion: '0.1.0', createdBy: '张三', createdAt: AT, scope: { kind: 'backup', description: '备份' } }),
      '再次.kaoping',
    );
    expect(again.data.tables).toEqual(data.tables);
  });

  it('checks the records as format 1 wrote them: a forged hash or a format-2 field is refused in format-1 words', async () => {
    const input = revise(
      { id: 'r|u|i', evaluationId: 'r', unitId: 'u', indicatorId: 'i', value: 3, note: '', inspector: '张三', updatedAt: AT },
      undefined,
      '张三',
      AT,
    );
    const refusal = async (tables: Record<string, unknown[]>) =>
      readPackage(await format1Package(tables), '旧包.kaoping').then(
        () => 'accepted',
        (error: unknown) => (error instanceof PackageError ? error.message : String(error)),
      );
    expect(await refusal({ rubricInputs: [{ ...input, value: 30 }] })).toBe(
      `无法导入评价包“旧包.kaoping”（data/rubricInputs.json）：评分（rubricInputs）第 1 条记录（id “r|u|i”）：记录“r|u|i”声明的修订哈希 ${metaOf(input).hash} 与其内容（${contentHash({ ...input, value: 30 })}）不符，内容可能被篡改。`,
    );
    expect(
      await refusal({
        evaluations: [
          { id: 'c1', name: '督查', basis: { kind: 'checklist', documentId: 'd' }, unitIds: [], tieRule: 'dense', createdAt: AT },
        ],
      }),
    ).toBe(
      '无法导入评价包“旧包.kaoping”（data/evaluations.json）：清单评价（evaluations）第 1 条记录（id “c1”）字段 documentId：缺少该字段。',
    );
  });
});
