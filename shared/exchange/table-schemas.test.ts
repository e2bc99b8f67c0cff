import { describe, expect, it } from 'vitest';

import { PackageError } from './package-error';
import type { PackageData, TableName } from './package-format';
import { readPackage } from './read-package';
import { type PackageRecord, TABLE_SCHEMAS } from './table-schemas';
import { buildPackage } from './write-package';

const INFO = {
  appVersion: '0.1.0',
  createdBy: '张三',
  createdAt: '2026-11-23T08:00:00Z',
  scope: { kind: 'backup' as const, description: '全部数据备份' },
};
const AT = '2026-11-20T08:00:00.000Z';
const DEADLINE = { text: '2026年12月底前', date: '2026-12-31' };

/** One valid record of every table, as the app stores them (typed by the schemas' inferred types). */
function validTables(): { [T in TableName]: Array<PackageRecord<T>> } {
  return {
    documents: [
      {
        id: 'doc1',
        title: '关于优化营商环境的实施方案',
        docNumber: '某政办〔2026〕1号',
        url: null,
        issuer: '某市人民政府办公室',
        issuedOn: '2026-03-01',
        printedOn: null,
        closingText: [],
        findings: [
          {
            area: '商事登记',
            problems: ['办理时限偏长'],
            targets: ['压缩至1个工作日'],
            measures: [{ text: '推行全程网办', responsibleUnits: ['市市场监管局'], owner: null, deadline: DEADLINE, line: 12 }],
            line: 10,
          },
        ],
        unparsedLines: [{ line: 40, text: '附件略' }],
        conventions: ['排在第一位的为牵头单位'],
        fingerprint: 'f1',
        fileName: '方案.docx',
        importedAt: AT,
        itemCount: 1,
      },
    ],
    items: [
      {
        id: 'item1',
        parentId: null,
        kind: 'measure',
        number: '1',
        title: '推行全程网办',
        text: '推行企业开办全程网办。',
        leadUnits: ['市市场监管局'],
        responsibleUnits: ['各区政府'],
        supportingUnits: [],
        owner: null,
        deadline: DEADLINE,
        source: { line: 3, excerpt: '推行企业开办全程网办' },
        readAs: { owners: 'convention' },
        documentId: 'doc1',
        order: 0,
      },
    ],
    units: [{ id: 'u1', name: '甲区', createdAt: AT }],
    evaluations: [
      {
        id: 'ev1',
        name: '清单督查',
        basis: { kind: 'checklist', documentId: 'doc1' },
        unitIds: ['u1'],
        tieRule: 'dense',
        notApplicable: 'rescale',
        createdAt: AT,
      },
      {
        id: 'r1',
        name: '年度评价',
        basis: { kind: 'indicatorSystem', systemId: 's1' },
        unitIds: ['u1'],
        tieRule: 'competition',
        notApplicable: 'zero',
        createdAt: AT,
      },
    ],
    inputs: [
      {
        id: 'ev1|u1|item1',
        evaluationId: 'ev1',
        unitId: 'u1',
        indicatorId: 'item1',
        value: 1,
        note: '部分落实',
        inspector: '',
        updatedAt: AT,
      },
      {
        id: 'r1|u1|i1',
        evaluationId: 'r1',
        unitId: 'u1',
        indicatorId: 'i1',
        value: { 次数: 2 },
        note: '',
        inspector: '张三',
        updatedAt: AT,
      },
    ],
    indicatorSystems: [
      {
        id: 's1',
        title: '评分细则',
        fileName: '细则.xlsx',
        importedAt: AT,
        indicators: [
          {
            id: 'i1',
            parentId: null,
            role: 'indicator',
            name: '企业开办',
            maxPoints: 300,
            capped: false,
            ruleText: '每超时1天扣0.5分，扣完为止。',
            rule: {
              kind: 'composed',
              terms: [{ kind: 'deduction', base: 300, rates: [{ input: '次数', label: '超时天数', per: 50 }], cap: null }],
              floor: 0,
              ceiling: null,
            },
            dataSource: { kind: 'department', department: '市市场监管局' },
            warnings: [],
            checklistItemIds: ['item1'],
            review: { state: 'reviewed', by: '李四', at: AT },
          },
          {
            id: 'i2',
            parentId: null,
            role: 'indicator',
            name: '网办率',
            maxPoints: 200,
            capped: false,
            ruleText: '按网办率分档计分。',
            rule: { kind: 'bands', bands: [{ min: 90, minInclusive: true, max: null, maxInclusive: false, points: 200 }] },
            dataSource: { kind: 'system' },
            warnings: [],
            checklistItemIds: [],
          },
        ],
      },
    ],
    evidence: [
      {
        id: 'e1',
        inputId: 'r1|u1|i1',
        evaluationId: 'r1',
        name: '照片.jpg',
        type: 'image/jpeg',
        size: 3,
        addedAt: AT,
        inspector: '张三',
        attachment: 'attachments/e1',
      },
    ],
    rectifications: [
      {
        id: 'k1',
        unitId: 'u1',
        unitName: '甲区',
        source: { evaluationId: 'ev1', indicatorId: 'item1' },
        problem: '办理时限偏长',
        target: '',
        measures: '推行全程网办',
        responsibleUnits: ['市市场监管局'],
        owner: '',
        deadline: DEADLINE,
        status: 'inProgress',
        progress: [{ date: '2026-11-21', note: '已部署', by: '王五', status: 'inProgress' }],
        closedOn: null,
        closedBy: null,
        openedOn: '2026-11-20',
        edits: [{ field: 'owner', from: '', to: '王五', by: '王五', at: AT }],
      },
    ],
    unitAliases: [{ id: '甲区政府', canonical: '甲区', mergedAt: AT }],
  };
}

const JPEG = new Uint8Array([0xff, 0xd8, 0xff]);

async function packageOf(tables: PackageData['tables']): Promise<Uint8Array> {
  return buildPackage({ tables, attachments: new Map([['attachments/e1', JPEG]]) }, INFO);
}

/** The message readPackage refuses the package with (fails the test when it is accepted). */
async function refusal(tables: PackageData['tables']): Promise<string> {
  try {
    await readPackage(await packageOf(tables), '甲区.kaoping');
  } catch (error) {
    expect(error).toBeInstanceOf(PackageError);
    return (error as PackageError).message;
  }
  throw new Error('package was accepted');
}

type Hostile = { table: TableName; change: (record: Record<string, unknown>) => void; message: string };

const indicator = (record: Record<string, unknown>) => (record.indicators as Array<Record<string, unknown>>)[0]!;
const firstTerm = (record: Record<string, unknown>) =>
  (indicator(record).rule as { terms: Array<Record<string, unknown>> }).terms[0] as Record<string, unknown> & { rates: unknown[] };

const HOSTILE: Hostile[] = [
  {
    table: 'indicatorSystems',
    change: (record) => void (indicator(record).name = { text: '质量' }),
    message: '指标体系（indicatorSystems）第 1 条记录（id “s1”）字段 indicators[0].name：应为文字，实为对象',
  },
  {
    table: 'indicatorSystems',
    change: (record) => void ((firstTerm(record).rates[0] as { per: number }).per = 50.5),
    message: '指标体系（indicatorSystems）第 1 条记录（id “s1”）字段 indicators[0].rule.terms[0].rates[0].per：应为整数，实为数字 50.5',
  },
  {
    table: 'indicatorSystems',
    change: (record) => void (firstTerm(record).kind = 'lottery'),
    message:
      '指标体系（indicatorSystems）第 1 条记录（id “s1”）字段 indicators[0].rule.terms[0].kind：未知的类型 “lottery”（应为 “manual”、“base”、' +
      '“deduction”、“occurrence”、“linear”、“bands”、“levels”、“itemSum”、“rankingTiers”、“rankPoints”、“relativeToBest”、“frontier”、' +
      '“proportional”、“condition”、“veto”、“reference” 之一）',
  },
  {
    table: 'indicatorSystems',
    change: (record) => void (indicator(record).maxPoints = 1e12),
    message: '指标体系（indicatorSystems）第 1 条记录（id “s1”）字段 indicators[0].maxPoints：应不大于 10000000，实为 1000000000000',
  },
  {
    table: 'indicatorSystems',
    change: (record) => void (indicator(record).ruleText = '扣'.repeat(40_000)),
    message: '指标体系（indicatorSystems）第 1 条记录（id “s1”）字段 indicators[0].ruleText：超过 32000 个字符（有 40000 个）',
  },
  {
    table: 'indicatorSystems',
    change: (record) => void (firstTerm(record).script = 'alert(1)'),
    message:
      '指标体系（indicatorSystems）第 1 条记录（id “s1”）字段 indicators[0].rule.terms[0]：含有不认识的字段 “script”（可能由更新版本的考评写入或被篡改）',
  },
  {
    table: 'rectifications',
    change: (record) => void (record.responsibleUnits = '住建局'),
    message: '整改事项（rectifications）第 1 条记录（id “k1”）字段 responsibleUnits：应为列表，实为文字',
  },
  {
    table: 'rectifications',
    change: (record) => void (record.status = 'forgotten'),
    message:
      '整改事项（rectifications）第 1 条记录（id “k1”）字段 status：应为 “notStarted”、“inProgress”、“done”、“closed” 之一，实为 “forgotten”',
  },
  {
    table: 'rectifications',
    change: (record) => void (record.deadline = { text: '年底', date: '2026-02-30' }),
    message: '整改事项（rectifications）第 1 条记录（id “k1”）字段 deadline.date：应为日期（如 2026-11-30 或 2026-11-30T08:00:00Z）',
  },
  {
    table: 'rectifications',
    change: (record) => void (record.source = { evaluationId: 'ev1' }),
    message: '整改事项（rectifications）第 1 条记录（id “k1”）字段 source.indicatorId：缺少该字段',
  },
  {
    table: 'rectifications',
    change: (record) => void (record.sourceId = 'item1'),
    message: '整改事项（rectifications）第 1 条记录（id “k1”）：含有不认识的字段 “sourceId”（可能由更新版本的考评写入或被篡改）',
  },
  {
    table: 'evaluations',
    change: (record) => void (record.tieRule = 'coinflip'),
    message: '评价批次（evaluations）第 1 条记录（id “ev1”）字段 tieRule：应为 “competition”、“dense” 之一，实为 “coinflip”',
  },
  {
    table: 'evaluations',
    change: (record) => void (record.basis = { kind: 'rubric', systemId: 's1' }),
    message:
      '评价批次（evaluations）第 1 条记录（id “ev1”）字段 basis.kind：未知的类型 “rubric”（应为 “checklist”、“indicatorSystem” 之一）',
  },
  {
    table: 'evaluations',
    change: (record) => void (record.basis = { kind: 'checklist', systemId: 's1' }),
    message: '评价批次（evaluations）第 1 条记录（id “ev1”）字段 basis.documentId：缺少该字段',
  },
  {
    table: 'evaluations',
    change: (record) => void (record.documentId = 'doc1'),
    message: '评价批次（evaluations）第 1 条记录（id “ev1”）：含有不认识的字段 “documentId”（可能由更新版本的考评写入或被篡改）',
  },
  {
    table: 'inputs',
    change: (record) => void (record.value = '五分'),
    message: '评分（inputs）第 1 条记录（id “ev1|u1|item1”）字段 value：应为数字、列表、对象、空值（null）之一，实为文字',
  },
  {
    table: 'units',
    change: (record) => void (record.name = { first: '甲' }),
    message: '被评价单位（units）第 1 条记录（id “u1”）字段 name：应为文字，实为对象',
  },
  {
    table: 'units',
    change: (record) => void (record.name = '区'.repeat(201)),
    message: '被评价单位（units）第 1 条记录（id “u1”）字段 name：超过 200 个字符（有 201 个）',
  },
  {
    table: 'units',
    change: (record) => void (record.id = 42),
    message: '被评价单位（units）第 1 条记录字段 id：应为文字，实为数字 42',
  },
  {
    table: 'documents',
    change: (record) => void (record.closingText = '特此通知'),
    message: '政策文件（documents）第 1 条记录（id “doc1”）字段 closingText：应为列表，实为文字',
  },
  {
    table: 'items',
    change: (record) => void (record.leadUnits = [['市市场监管局']]),
    message: '任务清单条目（items）第 1 条记录（id “item1”）字段 leadUnits[0]：应为文字，实为列表',
  },
  {
    table: 'evaluations',
    change: (record) => void (record.unitIds = { u1: true }),
    message: '评价批次（evaluations）第 1 条记录（id “ev1”）字段 unitIds：应为列表，实为对象',
  },
  {
    table: 'evidence',
    change: (record) => void (record.size = -1),
    message: '佐证材料（evidence）第 1 条记录（id “e1”）字段 size：应不小于 0，实为 -1',
  },
  {
    table: 'unitAliases',
    change: (record) => void (record.canonical = ''),
    message: '单位名录（unitAliases）第 1 条记录（id “甲区政府”）字段 canonical：不能为空',
  },
];

describe('the full record schemas', () => {
  it('take one valid record of every table, and a package of them reads back as written', async () => {
    const tables = validTables();
    for (const [table, records] of Object.entries(tables) as Array<[TableName, unknown[]]>) {
      for (const record of records) expect(TABLE_SCHEMAS[table].safeParse(record).error?.issues).toBeUndefined();
    }
    const { data } = await readPackage(await packageOf(tables), '甲区.kaoping');
    expect(data.tables).toEqual(tables);
  });

  it.each(HOSTILE.map((entry) => [entry.message, entry] as const))('refuses: %s', async (_, { table, change, message }) => {
    const tables = validTables();
    const record = structuredClone(tables[table][0]) as Record<string, unknown>;
    change(record);
    (tables as Record<TableName, unknown[]>)[table] = [record];
    expect(await refusal(tables)).toBe(`无法导入评价包“甲区.kaoping”（data/${table}.json）：${message}。`);
  });

  it('refuses nesting deeper than any record has, a record that is not an object, and names its position', async () => {
    let deep: unknown = '底';
    for (let level = 0; level < 40; level++) deep = [deep];
    const tables = validTables();
    expect(await refusal({ ...tables, units: [tables.units[0]!, { id: 'u2', name: '乙区', createdAt: AT, extra: deep }] })).toBe(
      '无法导入评价包“甲区.kaoping”（data/units.json）：被评价单位（units）第 2 条记录（id “u2”）含有不允许的字段名“（嵌套过深）”。',
    );
    expect(await refusal({ ...tables, units: ['甲区' as unknown as PackageRecord<'units'>] })).toBe(
      '无法导入评价包“甲区.kaoping”（data/units.json）：被评价单位（units）第 1 条记录：应为对象，实为文字。',
    );
  });
});

describe('a union failing inside the branch it took', () => {
  it('names the inner field, not the union', async () => {
    const tables = validTables();
    tables.inputs = [tables.inputs[0]!, { ...tables.inputs[1]!, value: { 次数: [1.5] } }];
    expect(await refusal(tables)).toBe(
      '无法导入评价包“甲区.kaoping”（data/inputs.json）：评分（inputs）第 2 条记录（id “r1|u1|i1”）字段 value.次数[0]：应为整数，实为数字 1.5。',
    );
  });
});
