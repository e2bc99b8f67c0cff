import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import * as XLSX from 'xlsx';

import { buildPackage } from '#shared/exchange/write-package';

import { SEED, SEEDS_DIR } from '../../test/fixtures/seeds';
import type { ImportJson } from './import-command';

const run = promisify(execFile);
// Each CLI run starts tsx, which compiles the CLI (~3 s on a quiet machine, many times that with
// other work on both cores): a test waits as long as its runs take; speed is measured in bench/.
vi.setConfig({ testTimeout: 600_000 });
const TSX = join('node_modules', '.bin', 'tsx');

async function kaoping(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(TSX, ['electron/cli/index.ts', ...args]);
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}

describe('kaoping import', () => {
  it('prints the documented JSON for seed 000', async () => {
    const { stdout, code } = await kaoping('import', join(SEEDS_DIR, SEED.luoyang2021), '--json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as ImportJson;
    const [document] = result.documents;
    expect(document).toMatchObject({ docNumber: '洛政办〔2021〕39号', issuer: '洛阳市人民政府办公室', issuedOn: '2021-08-25' });
    expect(document!.items.filter((item) => item.kind === 'measure')).toHaveLength(53);
    expect(Object.keys(document!.items[0]!).sort()).toEqual(
      ['deadline', 'id', 'kind', 'leadUnits', 'number', 'owner', 'parentId', 'responsibleUnits', 'supportingUnits', 'text', 'title'].sort(),
    );
    const row8 = document!.items.find((item) => item.kind === 'measure' && item.number === '8')!;
    expect(row8).toMatchObject({ leadUnits: [], responsibleUnits: ['市卫健委'], deadline: { text: '2021年年底', date: '2021-12-31' } });
    expect(result.rubrics).toEqual([]);
  });

  it('prints every document of a compilation with its address, and the rubric it holds (seed 004)', async () => {
    const { stdout, code } = await kaoping('import', join(SEEDS_DIR, SEED.compilation2023), '--json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as ImportJson;
    expect(result.documents).toHaveLength(23);
    expect(result.documents[0]).toMatchObject({
      docNumber: '鄂政办发〔2023〕15号',
      url: 'http://www.hubei.gov.cn/zfwj/ezbf/202306/t20230605_4696304.shtml',
      issuedOn: '2023-05-17',
    });
    expect(result.rubrics.map((rubric) => rubric.title)).toEqual(['2023 年度“办理建筑许可”营商环境部门评分细则']);
    const plan = result.documents.find((document) => document.title.startsWith('关于印发全省 2023'))!;
    expect(plan.unparsedLines).toEqual([{ line: 1337, text: '国家及省市营商环境政策汇编（2023）' }]);
    // The line no item took, and what the reader got wrong in the plan's owners and deadlines.
    expect(plan.warnings.map((warning: { kind: string; line: number }) => [warning.kind, warning.line])).toEqual([
      ['unitName', expect.any(Number)],
      ['unitName', expect.any(Number)],
      ['unparsed', 1337],
      ['deadlineText', expect.any(Number)],
      ['unitName', expect.any(Number)],
    ]);
  });

  it('--report lists each document’s warnings for review (seed 002)', async () => {
    const { stdout, code } = await kaoping('import', join(SEEDS_DIR, SEED.luoyang2017), '--report');
    expect(code).toBe(0);
    expect(stdout).toContain(
      '洛阳市2017年“放管服”改革办税便利化专项实施方案（洛政办〔2017〕89号）\n  发文机关：洛阳市人民政府办公室  成文日期：2017-09-28\n  章节 19 · 重点任务 31 · 改革举措 35\n  提示 5 条：\n    · 第 1 条未识别出责任单位',
    );
  });

  it('exits non-zero with a message naming the file on bad input', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'kaoping-cli-')), '空白.txt');
    writeFileSync(path, '');
    const { stdout, stderr, code } = await kaoping('import', path, '--json');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('无法导入“空白.txt”：文件为空');
  });

  it('exits 2 with usage on a wrong command', async () => {
    const { stderr, code } = await kaoping('frobnicate');
    expect(code).toBe(2);
    expect(stderr).toContain('用法');
  });
});

describe('kaoping score', () => {
  const FIXTURES = join('test', 'fixtures', 'scoring');

  it('scores the seed 004 rubric for six units and prints the documented JSON', async () => {
    const { stdout, code } = await kaoping(
      'score',
      '--rubric',
      join(SEEDS_DIR, SEED.compilation2023),
      '--inputs',
      join(FIXTURES, 'seed004-six-units.inputs.json'),
      '--json',
    );
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as {
      units: Array<{ unit: string; total: number; rank: number; indicators: Array<{ indicator: string; points: number; reason: string }> }>;
    };
    expect(result.units.map((unit) => [unit.unit, unit.total, unit.rank])).toEqual([
      ['甲区', 99.5, 1],
      ['乙区', 79.89, 4],
      ['丙区', 89.9, 2],
      ['丁区', 51.5, 6],
      ['戊区', 80.17, 3],
      ['己区', 54, 5],
    ]);
    expect(result.units[4]!.indicators.find((indicator) => indicator.indicator === '企业满意度')).toMatchObject({ points: 6.67 });
  });

  it('reports every input problem at once and exits non-zero', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'kaoping-cli-')), 'inputs.json');
    writeFileSync(
      path,
      JSON.stringify({
        units: ['甲区'],
        inputs: [
          { indicator: '秒办件情况', unit: '甲区', value: -1 },
          { indicator: '无此指标', unit: '甲区', value: 1 },
          { indicator: '企业满意度', unit: '甲区', value: '176.5' },
          { indicator: '质量管理情况', unit: '甲区', value: '２.５' },
        ],
      }),
    );
    const { stdout, stderr, code } = await kaoping('score', '--rubric', join(SEEDS_DIR, SEED.compilation2023), '--inputs', path, '--json');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('“inputs.json”有 34 处问题'); // 3 listed here and 31 indicators without an input
    expect(stderr).toContain('inputs[0]：甲区 × 秒办件情况：应为次数');
    expect(stderr).toContain('inputs[2]：甲区 × 企业满意度：得分 176.5 超出百分制 0–100 分（收到 "176.5"）');
    expect(stderr).not.toContain('质量管理情况'); // "２.５" is read as 2.5, as the app reads it
    expect(stderr).toContain('inputs[1]：指标“无此指标”在评分细则中不存在');
  });
});

describe('kaoping rule', () => {
  it('prints the reading as the documented JSON, with 试算; refuses --try on a rule comparing units', async () => {
    const read = await kaoping('rule', '每发现一例扣0.5分，最多扣2分', '--max', '3', '--try', '6', '--json');
    expect(read.code).toBe(0);
    expect(JSON.parse(read.stdout)).toEqual({
      status: 'read',
      terms: [{ kind: 'deduction', base: 300, rates: [{ input: '次数', label: '', per: 50 }], cap: 200 }],
      inputs: [{ name: '次数', kind: 'count', label: '次数' }],
      readBack: '基础分3分，每次扣0.5分，最多扣2分。',
      unread: [],
      warnings: [],
      points: 1,
      reason: '基础分 3.00分，6 次 × 0.50分，扣 2.00分（最多扣 2.00分）',
    });
    const ranked = await kaoping('rule', '按由高到低排名，第1-3名依次得5分、3分，其余得1分', '--max', '5', '--json');
    expect(JSON.parse(ranked.stdout)).toMatchObject({ status: 'review', unread: ['第1-3名依次得5分、3分'] });
    const refused = await kaoping('rule', '第1-3名依次得5分、3分、1分', '--max', '5', '--try', '90');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('不能只试算一个单位');
  });
});

describe('kaoping pack, merge, unpack', () => {
  const RUBRIC = join(SEEDS_DIR, 'office', '004_办理建筑许可营商环境部门评分细则.xlsx');

  it('lets two inspectors score from one base package and merges them, reporting a planted conflict with exit code 3', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kaoping-pack-'));
    const file = (name: string) => join(dir, name);
    const inputs = (name: string, units: string[], values: Array<[string, string, number]>) => {
      writeFileSync(file(name), JSON.stringify({ units, inputs: values.map(([indicator, unit, value]) => ({ indicator, unit, value })) }));
      return file(name);
    };
    expect((await kaoping('pack', '--rubric', RUBRIC, '--units', '甲区,乙区', '--out', file('base.kaoping'))).code).toBe(0);
    const zhang = inputs(
      'zhang.json',
      ['甲区'],
      [
        ['质量管理情况', '甲区', 3],
        ['秒办件情况', '甲区', 1],
      ],
    );
    const li = inputs(
      'li.json',
      ['乙区', '甲区'],
      [
        ['质量管理情况', '乙区', 2],
        ['秒办件情况', '甲区', 2],
      ],
    );
    expect(
      (await kaoping('pack', '--base', file('base.kaoping'), '--inputs', zhang, '--inspector', '张三', '--out', file('zhang.kaoping')))
        .code,
    ).toBe(0);
    expect(
      (await kaoping('pack', '--base', file('base.kaoping'), '--inputs', li, '--inspector', '李四', '--out', file('li.kaoping'))).code,
    ).toBe(0);

    const merged = await kaoping('merge', file('zhang.kaoping'), file('li.kaoping'), '--out', file('merged.kaoping'), '--json');
    expect(merged.code).toBe(3);
    const report = JSON.parse(merged.stdout) as {
      conflicts: Array<{ mine: { changedBy: string; value: number }; theirs: { changedBy: string; value: number } }>;
      unresolved: number;
    };
    expect(report.unresolved).toBe(1);
    expect(report.conflicts[0]).toMatchObject({ mine: { changedBy: '张三', value: 1 }, theirs: { changedBy: '李四', value: 2 } });

    const preferred = await kaoping(
      'merge',
      file('zhang.kaoping'),
      file('li.kaoping'),
      '--out',
      file('resolved.kaoping'),
      '--prefer',
      'newer',
      '--json',
    );
    expect(preferred.code).toBe(0);
    const scored = JSON.parse((await kaoping('score', '--package', file('resolved.kaoping'), '--json')).stdout) as {
      units: Array<{ unit: string; total: number }>;
    };
    // 甲区: 质量管理 3 + 秒办件 3 − 2 × 1 (李四's newer 2 occurrences) = 4; 乙区: 质量管理 2 (+ 秒办件 unscored) = 2.
    expect(scored.units.map((unit) => [unit.unit, unit.total])).toEqual([
      ['甲区', 4],
      ['乙区', 2],
    ]);

    const unpacked = JSON.parse((await kaoping('unpack', file('resolved.kaoping'), '--json')).stdout) as {
      manifest: { formatVersion: number };
      tables: { inputs: unknown[] };
    };
    expect(unpacked.manifest.formatVersion).toBe(2);
    expect(unpacked.tables.inputs).toHaveLength(3);
  });

  it('scores a format-1 package from the field as it was scored then', async () => {
    const fixture = join('test', 'fixtures', 'packages', 'format-1-rubric.kaoping');
    const { stdout, code } = await kaoping('score', '--package', fixture, '--json');
    expect(code).toBe(0);
    const scored = JSON.parse(stdout) as { units: Array<{ unit: string; total: number; rank: number }> };
    // 甲区: 98% ≥ 95% → 10, 96% → 20; 乙区: 91% is 4 points below → 10 − 4 = 6, 94% (李四's revision) → 20 − 2 = 18.
    expect(scored.units.map((unit) => [unit.unit, unit.total, unit.rank])).toEqual([
      ['甲区', 30, 1],
      ['乙区', 24, 2],
    ]);
  });

  it('names the file of a package that holds no evaluation', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kaoping-pack-'));
    const units = [{ id: 'u1', name: '甲区', createdAt: '2026-11-01T00:00:00Z' }];
    const info = {
      appVersion: '0.1.0',
      createdBy: '张三',
      createdAt: '2026-11-01T00:00:00Z',
      scope: { kind: 'evaluation' as const, description: '空' },
    };
    writeFileSync(join(dir, '空.kaoping'), await buildPackage({ tables: { units }, attachments: new Map() }, info));
    const { stderr, code } = await kaoping('score', '--package', join(dir, '空.kaoping'), '--json');
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('“空.kaoping”：评价包中没有评价批次。');
  });

  it('refuses a damaged package with a message naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kaoping-pack-'));
    writeFileSync(join(dir, '坏包.kaoping'), 'PK\u0003\u0004 not really a zip');
    const { stderr, code } = await kaoping('unpack', join(dir, '坏包.kaoping'), '--json');
    expect(code).toBe(1);
    expect(stderr).toContain('无法导入评价包“坏包.kaoping”');
  });
});

describe('kaoping report', () => {
  it('writes the score workbook and a Word evaluation report per unit with a rendered chart', async () => {
    const out = mkdtempSync(join(tmpdir(), 'kaoping-report-'));
    const { stdout, code } = await kaoping(
      'report',
      '--rubric',
      join(SEEDS_DIR, SEED.compilation2023),
      '--inputs',
      join('test', 'fixtures', 'scoring', 'seed004-six-units.inputs.json'),
      '--out',
      out,
      '--json',
    );
    expect(code).toBe(0);
    const { files } = JSON.parse(stdout) as { files: string[] };
    expect(files.map((file) => file.slice(out.length + 1))).toEqual([
      '评分表.xlsx',
      '甲区-评价报告.docx',
      '乙区-评价报告.docx',
      '丙区-评价报告.docx',
      '丁区-评价报告.docx',
      '戊区-评价报告.docx',
      '己区-评价报告.docx',
    ]);
    const workbook = XLSX.read(readFileSync(files[0]!), { type: 'buffer' });
    expect(workbook.SheetNames).toContain('评分表-己区');
    const report = unzipSync(new Uint8Array(readFileSync(files[2]!)));
    const chart = Object.entries(report).find(([path]) => path.startsWith('word/media/'));
    expect(chart?.[1].length).toBeGreaterThan(10_000);
  });
});

describe('kaoping with a checklist inspection', () => {
  const POLICY = join('test', 'fixtures', 'checklist', 'three-measures.txt');
  const setUp = async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kaoping-checklist-'));
    const file = (name: string) => join(dir, name);
    const inputs = (name: string, units: string[], cells: Array<[string, string, string, string?]>) => {
      const list = cells.map(([measure, unit, status, note]) => ({ measure, unit, status, ...(note ? { note } : {}) }));
      writeFileSync(file(name), JSON.stringify({ units, inputs: list }));
      return file(name);
    };
    expect((await kaoping('pack', '--document', POLICY, '--units', '甲区,乙区', '--out', file('base.kaoping'))).code).toBe(0);
    return { file, inputs };
  };

  it('packs an inspection from a policy document, records two inspectors, merges and scores the rates exactly', async () => {
    const { file, inputs } = await setUp();
    const zhang = inputs(
      'zhang.json',
      ['甲区'],
      [
        ['1', '甲区', '落实', '已全程网办'],
        ['2', '甲区', '部分落实'],
        ['3', '甲区', '不适用'],
      ],
    );
    const li = inputs(
      'li.json',
      ['乙区'],
      [
        ['1', '乙区', '未落实'],
        ['2', '乙区', '落实'],
      ],
    );
    expect(
      (await kaoping('pack', '--base', file('base.kaoping'), '--inputs', zhang, '--inspector', '张三', '--out', file('zhang.kaoping')))
        .code,
    ).toBe(0);
    expect(
      (await kaoping('pack', '--base', file('base.kaoping'), '--inputs', li, '--inspector', '李四', '--out', file('li.kaoping'))).code,
    ).toBe(0);
    const merged = await kaoping('merge', file('zhang.kaoping'), file('li.kaoping'), '--out', file('merged.kaoping'), '--json');
    expect(merged.code).toBe(0);
    expect((JSON.parse(merged.stdout) as { unresolved: number }).unresolved).toBe(0);
    const scored = await kaoping('score', '--package', file('merged.kaoping'), '--json');
    expect(scored.code).toBe(0);
    // 甲区: (1 + ½) / 2 applicable = 75.00%; 乙区: (0 + 1) / 3, measure 3 unscored counting as not implemented = 33.333…% → 33.33.
    expect(scored.stdout.trim()).toBe(
      '{"units":[' +
        '{"unit":"甲区","rate":75.00,"rank":1,"measures":{"total":3,"implemented":1,"partial":1,"notImplemented":0,"notApplicable":1,"unscored":0}},' +
        '{"unit":"乙区","rate":33.33,"rank":2,"measures":{"total":3,"implemented":1,"partial":0,"notImplemented":1,"notApplicable":0,"unscored":1}}]}',
    );
    const unpacked = JSON.parse((await kaoping('unpack', file('merged.kaoping'), '--json')).stdout) as {
      tables: { inputs: Array<{ id: string; value: number | null; note: string; inspector: string }>; items: unknown[] };
    };
    expect(unpacked.tables.items.length).toBeGreaterThanOrEqual(3);
    expect(unpacked.tables.inputs.map((input) => [input.value, input.note, input.inspector])).toEqual([
      [2, '已全程网办', '张三'],
      [1, '', '张三'],
      [null, '', '张三'],
      [0, '', '李四'],
      [2, '', '李四'],
    ]);
  });

  it('lists every problem of an inputs file with its place, exits 1 and writes nothing', async () => {
    const { file, inputs } = await setUp();
    const bad = inputs(
      'bad.json',
      ['甲区'],
      [
        ['9', '甲区', '落实'],
        ['1', '丙区', '落实'],
        ['2', '甲区', '完成'],
      ],
    );
    const { stderr, code } = await kaoping(
      'pack',
      '--base',
      file('base.kaoping'),
      '--inputs',
      bad,
      '--inspector',
      '张三',
      '--out',
      file('out.kaoping'),
    );
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      '“bad.json”有 3 处问题：',
      'inputs[0]：改革举措“9”在清单中不存在（应为清单所印编号或正文的前 20 个字）',
      'inputs[1]：单位“丙区”不在 units 列表中或不在该评价中',
      'inputs[2]：落实情况“完成”无效（应为 落实、部分落实、未落实、不适用 之一）',
    ]);
    expect(existsSync(file('out.kaoping'))).toBe(false);
    const twice = await kaoping('pack', '--document', POLICY, '--units', '甲区,乙区,甲区', '--out', file('twice.kaoping'));
    expect([twice.code, twice.stderr.trim(), existsSync(file('twice.kaoping'))]).toEqual([1, '--units 中单位“甲区”重复。', false]);
  });

  it('refuses to merge a checklist package with a rubric one, or with one of another version of the document, naming the file', async () => {
    const { file } = await setUp();
    const rubric = join('test', 'fixtures', 'packages', 'format-1-rubric.txt');
    expect((await kaoping('pack', '--rubric', rubric, '--units', '甲区,乙区', '--out', file('rubric.kaoping'))).code).toBe(0);
    const mixed = await kaoping('merge', file('base.kaoping'), file('rubric.kaoping'), '--out', file('m1.kaoping'));
    expect(mixed.code).toBe(1);
    expect(mixed.stderr).toContain('“rubric.kaoping”是指标评分“政务服务评分细则”的评价包');
    expect(mixed.stderr).toContain('“base.kaoping”是清单督查');
    const revised = join('test', 'fixtures', 'checklist', 'three-measures-revised.txt');
    expect((await kaoping('pack', '--document', revised, '--units', '甲区,乙区', '--out', file('revised.kaoping'))).code).toBe(0);
    const versions = await kaoping('merge', file('base.kaoping'), file('revised.kaoping'), '--out', file('m2.kaoping'));
    expect(versions.code).toBe(1);
    expect(versions.stderr).toContain('“revised.kaoping”依据的政策文件');
    expect(versions.stderr).toContain('不是同一份文件（或是同一文件的不同版本），不能合并。');
    expect(existsSync(file('m1.kaoping')) || existsSync(file('m2.kaoping'))).toBe(false);
  });
});
