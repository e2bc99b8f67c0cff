import { describe, expect, it } from 'vitest';
import { SEED, seedBytes, seedFileName } from '../../test/fixtures/seeds';
import { splitItem, updateItem } from './edit-checklist';
import { importPolicyFile } from './import-policy-file';
import { importWarnings } from './import-warnings';

const importSeed = async (name: string) => (await importPolicyFile(seedBytes(name), seedFileName(name))).documents;

describe('importWarnings: what a reviewer should look at', () => {
  it('finds nothing to flag in seed 000, where every measure has owners and every line is read', async () => {
    const [document] = await importSeed(SEED.luoyang2021);
    expect(importWarnings(document!)).toEqual([]);
  });

  it('flags 002’s 办税便利化 measures whose owners the text never states, and no short table labels', async () => {
    const plan = (await importSeed(SEED.luoyang2017)).find((document) => document.title.includes('办税便利化'))!;
    const warnings = importWarnings(plan);
    expect(warnings.map((warning) => warning.kind)).toEqual(['noOwner', 'noOwner', 'noOwner', 'noOwner', 'noOwner']);
    const first = plan.items.find((item) => item.id === warnings[0]!.itemId)!;
    expect(first.text).toMatch(/^扩大通办范围/);
    expect(warnings[0]!.line).toBe(first.source.line);
  });

  it('lists unparsed lines of 004’s 全省 plan, and flags a fragment, an overlong measure and a duplicate made in review', async () => {
    const plan = (await importSeed(SEED.compilation2023)).find((document) => document.title.startsWith('关于印发全省 2023'))!;
    expect(importWarnings(plan)).toEqual([{ kind: 'unparsed', itemId: null, line: 1337, message: '第 1337 行未解析：国家及省市营商环境政策汇编（2023）' }]);
    const measure = plan.items.find((item) => item.kind === 'measure' && item.number === '1')!;
    const fragment = splitItem(plan.items, measure.id, measure.text.length - 3);
    expect(importWarnings({ ...plan, items: fragment }).map((warning) => warning.kind)).toContain('tooShort');
    const long = updateItem(plan.items, measure.id, { text: measure.text.repeat(10) });
    expect(importWarnings({ ...plan, items: long }).find((warning) => warning.kind === 'tooLong')?.message).toMatch(/^第 1 条长达 \d+ 字/);
    const second = plan.items.find((item) => item.kind === 'measure' && item.number === '2')!;
    const duplicate = updateItem(plan.items, second.id, { text: measure.text });
    expect(importWarnings({ ...plan, items: duplicate }).find((warning) => warning.kind === 'duplicate')?.message).toBe('第 2 条与第 1 条内容相同');
  });
});
