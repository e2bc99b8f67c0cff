// Every importer hands on clean text: control characters, NULs and broken surrogates from a
// hostile or damaged file never reach a stored record, and a zero-width character cannot make a
// second 甲区. UTF-16 text files are read whether or not they start with a BOM.
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';

import { SEED, seedBytes } from '../../test/fixtures/seeds';
import { importRubricFile } from '../rubric/import-rubric-file';
import { importPolicyFile } from './import-policy-file';

/* eslint-disable no-control-regex -- finding control characters is what these tests check */
/** Characters no entering text may keep: C0/C1 controls other than \t \n, lone surrogates, U+FFFE/U+FFFF. */
const UNSAFE =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/* eslint-enable no-control-regex */

/** Every string inside a value, with its path. */
function strings(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((entry, index) => strings(entry, `${path}[${index}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, entry]) => strings(entry, `${path}.${key}`));
  return [];
}

const unsafeStrings = (value: unknown) => strings(value).filter(([, text]) => UNSAFE.test(text));

/** A short plan in the usual layout; `x` marks where the hostile characters go. */
const plan = (x: (name: string) => string) =>
  [
    '关于进一步优化营商环境的实施方案',
    '一、提升政务服务效能',
    `（一）推行企业开办一日办结，压缩${x('办理')}时间。（牵头单位：${x('甲区')}政务服务中心；责任单位：乙区市场监管局；完成时限：2025年6月底前）`,
    '（二）推行不动产登记当日办结。（牵头单位：丙区自然资源局；完成时限：2025年12月底前）',
  ].join('\n');

/** Hostile characters inside a word: NUL and a lone surrogate; a unit name gets a zero-width space as well. */
const HOSTILE = (word: string) => (word === '甲区' ? `甲\u200b\u0000区` : `${word[0]}\u0000${word.slice(1)}\ud800`);
const HOSTILE_NAME = (word: string) => `${word[0]}\u200b${word.slice(1)}`;

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(bytes.buffer);
  const units = (bom ? '\ufeff' : '') + text;
  for (let index = 0; index < units.length; index++) view.setUint16(index * 2, units.charCodeAt(index), order === 'le');
  return bytes;
}

const EXPECTED_LEADS = [[], ['甲区政务服务中心'], ['丙区自然资源局']];

describe('policy import: the text-safety step at each reader', () => {
  it('a UTF-8 .txt with a vertical tab, NUL and zero-width space in a unit name gives clean text and the plain unit name', async () => {
    const text = plan((word) => (word === '甲区' ? HOSTILE_NAME(word) : `${word[0]}\u000b\u0000${word.slice(1)}`));
    const result = await importPolicyFile(new TextEncoder().encode(text), '方案.txt');
    expect(unsafeStrings(result)).toEqual([]);
    expect(result.documents[0]!.items.map((item) => item.leadUnits)).toEqual(EXPECTED_LEADS);
  });

  it.each([
    ['le', true],
    ['be', true],
    ['le', false],
    ['be', false],
  ] as const)(
    'a UTF-16 %s .txt (BOM: %s) imports as its UTF-8 copy does; a NUL and a lone surrogate in it are dropped',
    async (order, bom) => {
      const clean = await importPolicyFile(new TextEncoder().encode(plan((word) => word)), '方案.txt');
      const hostile = await importPolicyFile(utf16(plan(HOSTILE), order, bom), '方案.txt');
      expect(unsafeStrings(hostile)).toEqual([]);
      const items = (result: typeof clean) =>
        result.documents[0]!.items.map(({ title, text, leadUnits, responsibleUnits, deadline }) => ({
          title,
          text,
          leadUnits,
          responsibleUnits,
          deadline,
        }));
      expect(items(hostile)).toEqual(items(clean));
    },
  );

  it('a real seed saved as UTF-16 LE without a BOM imports exactly as the UTF-8 seed', async () => {
    const text = new TextDecoder().decode(seedBytes(SEED.luoyang2021));
    const fromUtf8 = await importPolicyFile(seedBytes(SEED.luoyang2021), 'a.txt');
    const fromUtf16 = await importPolicyFile(utf16(text, 'le', false), 'a.txt');
    expect(fromUtf16.documents.map((document) => document.items.map((item) => [item.title, item.leadUnits, item.deadline]))).toEqual(
      fromUtf8.documents.map((document) => document.items.map((item) => [item.title, item.leadUnits, item.deadline])),
    );
  });

  it('a binary file with NULs on both byte parities is still refused as binary', async () => {
    const bytes = new Uint8Array(4096).map((_, index) => (index % 3 === 0 ? 0 : (index * 37) % 256));
    await expect(importPolicyFile(bytes, '图片.txt')).rejects.toThrow('无法导入“图片.txt”：这不是文本文件（含有二进制内容）');
  });

  it('a .docx whose text holds a zero-width space, a bidi override and a BOM inside a unit name gives the plain name', async () => {
    const lines = plan((word) => (word === '甲区' ? `甲\u200b\u202e\ufeff区` : word)).split('\n');
    const bytes = new Uint8Array(
      await Packer.toArrayBuffer(new Document({ sections: [{ children: lines.map((line) => new Paragraph(line)) }] })),
    );
    const result = await importPolicyFile(bytes, '方案.docx');
    expect(unsafeStrings(result)).toEqual([]);
    expect(result.documents[0]!.items.map((item) => item.leadUnits)).toEqual(EXPECTED_LEADS);
  });

  it.each(['xlsx', 'xls'] as const)(
    'a .%s task list whose cells carry U+000B, U+0000, a lone surrogate and U+200B gives clean text',
    async (bookType) => {
      const rows = [
        ['序号', '重点任务', '牵头单位', '责任单位', '完成时限'],
        [
          '1',
          `推行企业开办一日\u000b办结\u0000${bookType === 'xls' ? '\ud800' : ''}`,
          '甲\u200b区政务服务中心',
          '乙区市场监管局',
          '2025年6月底前',
        ],
        ['2', '推行不动产登记当日办结', '丙区自然资源局', '丁区税务局', '2025年12月底前'],
      ];
      const workbook = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rows), '任务清单');
      const bytes = new Uint8Array(XLSX.write(workbook, { type: 'array', bookType }) as ArrayBuffer);
      const result = await importPolicyFile(bytes, `清单.${bookType}`);
      expect(unsafeStrings(result)).toEqual([]);
      const tasks = result.documents[0]!.items.filter((item) => item.kind !== 'section');
      expect(tasks.filter((item) => item.kind === 'measure').map((item) => [item.title, item.leadUnits])).toEqual([
        ['推行企业开办一日办结', ['甲区政务服务中心']],
        ['推行不动产登记当日办结', ['丙区自然资源局']],
      ]);
    },
  );
});

describe('rubric import: the text-safety step at each reader', () => {
  const rubricRows = (x: (text: string) => string) => [
    ['类别', '指标', '分值', '评分标准'],
    [x('系统运行情况'), x('质量管理情况'), '3', x('未按规定开展质量检查的，每次扣1分，扣完为止。')],
    ['系统运行情况', '办理时限', '2', '平均办理时间超过10个工作日的，不得分。'],
  ];
  /** Names get a zero-width space and a NUL, standards a vertical tab; a lone surrogate where the format can carry one (UTF-16). */
  const hostile = (text: string) => `${text.slice(0, 2)}${text.length > 8 ? '\u000b' : '\u200b'}\u0000${text.slice(2)}`;
  const withSurrogate = (text: string) => `${hostile(text)}\ud800`;

  it.each(['xlsx', 'xls'] as const)(
    'a .%s rubric with U+000B, U+0000, a lone surrogate and U+200B in names and standards gives clean text and plain names',
    async (bookType) => {
      const workbook = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rubricRows(bookType === 'xls' ? withSurrogate : hostile)), '评分细则');
      const system = await importRubricFile(
        new Uint8Array(XLSX.write(workbook, { type: 'array', bookType }) as ArrayBuffer),
        `细则.${bookType}`,
      );
      expect(unsafeStrings(system)).toEqual([]);
      expect(system.indicators.filter((indicator) => indicator.role !== 'group').map((indicator) => indicator.name)).toEqual([
        '系统运行情况',
        '质量管理情况',
        '办理时限',
      ]);
    },
  );

  it('a UTF-16 BE .txt rubric (no BOM) with zero-width spaces, NULs and lone surrogates reads as its clean UTF-8 copy', async () => {
    const text = rubricRows((value) => value)
      .map((row) => row.join('\t'))
      .join('\n');
    const fromUtf8 = await importRubricFile(new TextEncoder().encode(text), '细则.txt');
    const fromUtf16 = await importRubricFile(
      utf16(
        rubricRows((value) => `${value.slice(0, 2)}\u200b\u0000${value.slice(2)}\ud800`)
          .map((row) => row.join('\t'))
          .join('\n'),
        'be',
        false,
      ),
      '细则.txt',
    );
    expect(unsafeStrings(fromUtf16)).toEqual([]);
    const shape = (system: typeof fromUtf8) => system.indicators.map((indicator) => [indicator.role, indicator.name, indicator.maxPoints]);
    expect(shape(fromUtf16)).toEqual(shape(fromUtf8));
  });

  it('a .docx rubric table with a zero-width space in an indicator name gives the plain name', async () => {
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const table = new Table({
      rows: rubricRows((text) => (text === '质量管理情况' ? '质量\u200b管理情况' : text)).map(
        (row) => new TableRow({ children: row.map(cell) }),
      ),
    });
    const bytes = new Uint8Array(
      await Packer.toArrayBuffer(new Document({ sections: [{ children: [new Paragraph('评分细则'), table] }] })),
    );
    const system = await importRubricFile(bytes, '细则.docx');
    expect(system.indicators.map((indicator) => indicator.name)).toContain('质量管理情况');
    expect(unsafeStrings(system)).toEqual([]);
  });
});
