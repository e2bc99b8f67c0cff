import { execFile } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { SEED, SEEDS_DIR } from '../../test/fixtures/seeds';
import type { ImportJson } from './import-command';

const run = promisify(execFile);
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
    expect(Object.keys(document!.items[0]!).sort()).toEqual(['deadline', 'id', 'kind', 'leadUnits', 'number', 'owner', 'parentId', 'responsibleUnits', 'supportingUnits', 'text', 'title'].sort());
    const row8 = document!.items.find((item) => item.kind === 'measure' && item.number === '8')!;
    expect(row8).toMatchObject({ leadUnits: [], responsibleUnits: ['市卫健委'], deadline: { text: '2021年年底', date: '2021-12-31' } });
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
    const { stdout, code } = await kaoping('score', '--rubric', join(SEEDS_DIR, SEED.compilation2023), '--inputs', join(FIXTURES, 'seed004-six-units.inputs.json'), '--json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { units: Array<{ unit: string; total: number; rank: number; indicators: Array<{ indicator: string; points: number; reason: string }> }> };
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
    writeFileSync(path, JSON.stringify({ units: ['甲区'], inputs: [{ indicator: '秒办件情况', unit: '甲区', value: -1 }, { indicator: '无此指标', unit: '甲区', value: 1 }] }));
    const { stdout, stderr, code } = await kaoping('score', '--rubric', join(SEEDS_DIR, SEED.compilation2023), '--inputs', path, '--json');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('“inputs.json”有 35 处问题');
    expect(stderr).toContain('inputs[0]：甲区 × 秒办件情况：应为次数');
    expect(stderr).toContain('inputs[1]：指标“无此指标”在评分细则中不存在');
  });
});
