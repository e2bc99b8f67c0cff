import { describe, expect, it } from 'vitest';

import type { Evaluation } from '../domain/evaluation';
import { contentHash } from '../domain/record-meta';
import { basisMismatch } from './basis-mismatch';
import {
  type EvaluationData,
  evaluationFromTables,
  evaluationTables,
  type PackagedItem,
  recordChecklistInputs,
  recordIndicatorInputs,
  scoringSystemOf,
} from './evaluation-package';
import { readPackage } from './read-package';
import { buildPackage } from './write-package';

const AT = '2026-06-01T08:00:00.000Z';
const LATER = '2026-06-02T10:00:00.000Z';

function measure(id: string, number: string, text: string, order: number): PackagedItem {
  return {
    id,
    parentId: 's1',
    kind: 'measure',
    number,
    title: text.slice(0, 8),
    text,
    leadUnits: [],
    responsibleUnits: [],
    supportingUnits: [],
    owner: null,
    deadline: null,
    source: { line: order + 2 },
    documentId: 'doc1',
    order,
  };
}

// Measures 1, 2 and two printed 3 (a document numbering its annex table again from 1…): the two 3s are told apart by their text.
const ITEMS: PackagedItem[] = [
  { ...measure('s1', '一', '优化政务服务', 0), parentId: null, kind: 'section', title: '优化政务服务' },
  measure('m1', '1', '推行企业开办全程网上办理，压缩办理时间至1个工作日。', 1),
  measure('m2', '2', '设立综合窗口，实行一窗受理、集成服务。', 2),
  measure('m3', '3', '推行容缺受理，对非关键材料缺失的事项先行受理并限期补齐。', 3),
  measure('m4', '3', '推行告知承诺制，对可以通过事中事后监管纠正的事项实行告知承诺。', 4),
];

function checklistData(): EvaluationData {
  const units = [
    { id: 'u1', name: '甲区', createdAt: AT },
    { id: 'u2', name: '乙区', createdAt: AT },
  ];
  const evaluation: Evaluation = {
    id: 'c1',
    name: '政务服务督查',
    basis: { kind: 'checklist', documentId: 'doc1' },
    unitIds: ['u1', 'u2'],
    tieRule: 'competition',
    notApplicable: 'rescale',
    createdAt: AT,
  };
  const document = {
    id: 'doc1',
    title: '某市优化政务服务实施方案',
    docNumber: null,
    url: null,
    issuer: null,
    issuedOn: null,
    printedOn: null,
    closingText: [],
    findings: [],
    unparsedLines: [],
    fingerprint: 'f1',
    fileName: '方案.txt',
    importedAt: AT,
    itemCount: ITEMS.length,
  };
  return { evaluation, basis: { kind: 'checklist', document, items: ITEMS }, units, inputs: [] };
}

describe('recordChecklistInputs', () => {
  it('records statuses as levels by printed number or, for a shared number, the first 20 characters of the text', () => {
    const { data, problems } = recordChecklistInputs(
      checklistData(),
      {
        units: ['甲区', '乙区'],
        inputs: [
          { measure: '1', unit: '甲区', status: '落实', note: '已出台方案' },
          { measure: 2, unit: '乙区', status: '部分落实' },
          { measure: '推行容缺受理，对非关键材料缺失的事项先行', unit: '甲区', status: '不适用' },
          { measure: '推行告知承诺制，对可以通过事中事后监管纠', unit: '乙区', status: '未落实', note: '未见文件' },
        ],
      },
      '张三',
      AT,
    );
    expect(problems).toEqual([]);
    expect(data.inputs.map((input) => [input.id, input.value, input.note, input.inspector])).toEqual([
      ['c1|u1|m1', 2, '已出台方案', '张三'],
      ['c1|u2|m2', 1, '', '张三'],
      ['c1|u1|m3', null, '', '张三'],
      ['c1|u2|m4', 0, '未见文件', '张三'],
    ]);
    expect(data.inputs[0]!.meta).toEqual({ rev: 1, hash: contentHash(data.inputs[0]), ancestors: [], changedBy: '张三', changedAt: AT });

    const again = recordChecklistInputs(
      data,
      {
        units: ['甲区', '乙区'],
        inputs: [
          { measure: '1', unit: '甲区', status: '落实' },
          { measure: '2', unit: '乙区', status: '落实' },
        ],
      },
      '李四',
      LATER,
    );
    expect(again.data.inputs[0]).toBe(data.inputs[0]);
    expect(again.data.inputs[1]).toMatchObject({ value: 2, inspector: '李四', meta: { rev: 2, ancestors: [data.inputs[1]!.meta!.hash] } });
  });

  it('lists every problem with its place and records nothing', () => {
    const before = checklistData();
    const { data, problems } = recordChecklistInputs(
      before,
      {
        units: ['甲区', '丙区'],
        inputs: [
          { measure: '9', unit: '甲区', status: '落实' },
          { measure: '3', unit: '甲区', status: '落实' },
          { measure: '1', unit: '乙区', status: '落实' },
          { measure: '1', unit: '甲区', status: '完成' },
          { measure: '2', unit: '甲区', status: '落实', note: 5 },
          { measure: '2', unit: '甲区', status: '落实' },
          { measure: '2', unit: '甲区', status: '未落实' },
        ],
      },
      '张三',
      AT,
    );
    expect(problems).toEqual([
      'units：单位“丙区”不在该评价中',
      'inputs[0]：改革举措“9”在清单中不存在（应为清单所印编号或正文的前 20 个字）',
      'inputs[1]：编号“3”有 2 条改革举措共用，请改用该举措正文的前 20 个字',
      'inputs[2]：单位“乙区”不在 units 列表中或不在该评价中',
      'inputs[3]：落实情况“完成”无效（应为 落实、部分落实、未落实、不适用 之一）',
      'inputs[4]：说明（note）应为文字',
      'inputs[6]：甲区 × 第 2 项“设立综合窗口，实”重复输入',
    ]);
    expect(data).toBe(before);
  });

  it('refuses indicator inputs on a checklist, and checklist inputs on an indicator system, as one problem', () => {
    const checklist = checklistData();
    expect(recordIndicatorInputs(checklist, { units: [], inputs: [] }, '张三', AT).problems).toEqual([
      '该评价为清单督查，输入应按改革举措给出落实情况（measure、unit、status）',
    ]);
    const system = scoringSystemOf(checklist.basis);
    const rubric: EvaluationData = { ...checklist, basis: { kind: 'indicatorSystem', system } };
    expect(recordChecklistInputs(rubric, { units: [], inputs: [] }, '张三', AT).problems).toEqual([
      '该评价按指标体系评分，输入应按指标给出（indicator、unit、value）',
    ]);
  });
});

describe('a checklist evaluation as a package', () => {
  it('carries its document and that document’s items, and reads back the same', async () => {
    const { data } = recordChecklistInputs(
      checklistData(),
      { units: ['甲区'], inputs: [{ measure: '1', unit: '甲区', status: '部分落实', note: '仅线下' }] },
      '张三',
      AT,
    );
    const tables = evaluationTables(data);
    expect(Object.keys(tables.tables)).toEqual(['documents', 'items', 'units', 'evaluations', 'inputs']);
    const info = {
      appVersion: '0.1.0',
      createdBy: '张三',
      createdAt: AT,
      scope: { kind: 'evaluation' as const, description: '督查', evaluationId: 'c1' },
    };
    const read = await readPackage(await buildPackage(tables, info), '督查.kaoping');
    expect(evaluationFromTables(read.data)).toEqual(data);
    expect(() => evaluationFromTables({ tables: { ...read.data.tables, items: [] }, attachments: new Map() })).toThrow(
      '评价包缺少政策文件“某市优化政务服务实施方案”的改革举措。',
    );
  });
});

describe('basisMismatch', () => {
  const local = checklistData();
  const tablesWith = (change: (data: EvaluationData) => EvaluationData) => evaluationTables(change(checklistData()));

  it('gives nothing for a package of the same evaluation over the same checklist', () => {
    expect(
      basisMismatch(
        local.evaluation,
        ITEMS,
        tablesWith((data) => data),
        '张三.kaoping',
      ),
    ).toEqual([]);
  });

  it('names the file when the package’s evaluation is of the other basis', () => {
    const incoming = tablesWith((data) => ({
      ...data,
      evaluation: { ...data.evaluation, basis: { kind: 'indicatorSystem', systemId: 's9' } },
      basis: { kind: 'indicatorSystem', system: { id: 's9', title: '细则', indicators: [] } },
    }));
    expect(basisMismatch(local.evaluation, ITEMS, incoming, '张三.kaoping')).toEqual([
      '“张三.kaoping”中的评价“政务服务督查”为指标评分（按指标体系），本机的同一评价为清单督查（按政策文件的改革举措），不能合并。',
    ]);
  });

  it('names each measure added, changed or missing when the package’s document differs from the office’s copy', () => {
    const incoming = tablesWith((data) => {
      if (data.basis.kind !== 'checklist') return data;
      const items = [
        ...data.basis.items
          .filter((item) => item.id !== 'm3')
          .map((item) => (item.id === 'm2' ? { ...item, text: '设立综合窗口。' } : item)),
        measure('m5', '4', '推行帮办代办服务。', 5),
      ];
      return { ...data, basis: { ...data.basis, items } };
    });
    expect(basisMismatch(local.evaluation, ITEMS, incoming, '张三.kaoping')).toEqual([
      '“张三.kaoping”的政策文件与本机版本不同：第 2 项“设立综合窗口，实”的内容已改动',
      '“张三.kaoping”的政策文件与本机版本不同：新增了第 4 项“推行帮办代办服务”',
      '“张三.kaoping”的政策文件与本机版本不同：缺少第 3 项“推行容缺受理，对”',
    ]);
  });
});
