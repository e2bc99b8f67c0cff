import { describe, expect, it } from 'vitest';

import { SEED, seedBytes, seedFileName } from '../../test/fixtures/seeds';
import { importPolicyFile } from './import-policy-file';
import { isLikelyAbbreviation, ownerUsage, suggestAliases, withCanonicalUnits } from './unit-aliases';

const seedItems = async (name: string) =>
  (await importPolicyFile(seedBytes(name), seedFileName(name))).documents.flatMap((document) => document.items);

describe('the 责任单位 directory', () => {
  it('tells abbreviations from other names', () => {
    expect(isLikelyAbbreviation('市发改委', '市发展改革委')).toBe(true);
    expect(isLikelyAbbreviation('市人社局', '市人力资源社会保障局')).toBe(true);
    expect(isLikelyAbbreviation('市住建局', '市住房和城乡建设局')).toBe(true);
    expect(isLikelyAbbreviation('市财政局', '市政务服务局')).toBe(false);
    expect(isLikelyAbbreviation('市委办', '市委编办')).toBe(false);
    expect(isLikelyAbbreviation('市编办', '市委编办')).toBe(true);
    expect(isLikelyAbbreviation('省发改委', '市发展改革委')).toBe(false);
    // Collective owners stand for many units: never suggested.
    expect(isLikelyAbbreviation('市有关部门', '市直各有关部门')).toBe(false);
  });

  it('suggests the abbreviations the seeds really use, longer name as the canonical one, skipping decided names', async () => {
    const items = [
      ...(await seedItems(SEED.compilation2023)),
      ...(await seedItems(SEED.luoyang2017)),
      ...(await seedItems(SEED.luoyang2021)),
    ];
    const names = ownerUsage(items).map((usage) => usage.name);
    const suggestions = suggestAliases(names, new Map());
    expect(suggestions).toContainEqual({ alias: '省发改委', canonical: '省发展改革委' });
    expect(suggestions).toContainEqual({ alias: '市市场监管局', canonical: '市市场监督管理局' });
    expect(suggestions.some((suggestion) => /部门|各/.test(suggestion.alias + suggestion.canonical))).toBe(false);
    expect(suggestAliases(names, new Map([['省发改委', '省发展改革委']]))).not.toContainEqual({
      alias: '省发改委',
      canonical: '省发展改革委',
    });
  });

  it('rewrites owners to the canonical names and counts their use', async () => {
    const items = await seedItems(SEED.luoyang2021);
    const before = ownerUsage(items);
    const used = before.find((usage) => usage.name === '市发展改革委')!;
    const renamed = withCanonicalUnits(items, new Map([['市发展改革委', '洛阳市发展和改革委员会']]));
    const after = ownerUsage(renamed);
    expect(after.find((usage) => usage.name === '洛阳市发展和改革委员会')!.count).toBe(used.count);
    expect(after.some((usage) => usage.name === '市发展改革委')).toBe(false);
    expect(renamed.filter((item, index) => item !== items[index]).length).toBe(used.count);
  });
});
