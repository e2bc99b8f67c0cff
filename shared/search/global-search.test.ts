import { describe, expect, it } from 'vitest';

import { SEED, seedBytes, seedFileName } from '../../test/fixtures/seeds';
import { importPolicyFile } from '../import/import-policy-file';
import { importRubricFile } from '../rubric/import-rubric-file';
import { globalSearch, normaliseForSearch, type SearchSources } from './global-search';

async function sources(): Promise<SearchSources> {
  const [document] = (await importPolicyFile(seedBytes(SEED.luoyang2021), seedFileName(SEED.luoyang2021))).documents;
  const system = await importRubricFile(seedBytes('office/004_办理建筑许可营商环境部门评分细则.xlsx'), '细则.xlsx');
  return {
    documents: [document!],
    items: document!.items.map((item) => ({ ...item, documentId: document!.id })),
    systems: [system],
    units: [{ id: 'u1', name: '涧西区', createdAt: '' }],
    rectifications: [
      {
        id: 'r1',
        unitId: 'u1',
        unitName: '涧西区',
        source: { evaluationId: 'e1', indicatorId: 'i1' },
        problem: '“秒办件情况”扣分',
        target: '',
        measures: '梳理秒办事项清单',
        responsibleUnits: ['市住建局'],
        owner: '王五',
        deadline: null,
        status: 'inProgress',
        progress: [],
        closedOn: null,
        closedBy: null,
      },
    ],
  };
}

describe('global search', () => {
  it('finds measures, indicators and rectifications by Chinese phrases, grouped by kind, title hits first', async () => {
    const hits = globalSearch('秒办', await sources());
    expect(hits.map((hit) => hit.kind).filter((kind, index, all) => all.indexOf(kind) === index)).toEqual(['indicator', 'rectification']);
    expect(hits.find((hit) => hit.kind === 'indicator')).toMatchObject({ title: '秒办件情况' });
    const port = globalSearch('口岸 监管', await sources());
    expect(port[0]).toMatchObject({ kind: 'item', title: expect.stringContaining('优化口岸监管模式') });
    expect(port.every((hit) => normaliseForSearch(hit.title + hit.snippet).length > 0)).toBe(true);
  });

  it('finds a document by its 文号 in full-width or half-width writing, a unit by name, an item by its owner', async () => {
    const data = await sources();
    expect(globalSearch('洛政办〔2021〕39号', data)).toEqual([expect.objectContaining({ kind: 'document', id: data.documents[0]!.id })]);
    expect(globalSearch('洛政办〔２０２１〕３９号', data)).toEqual([expect.objectContaining({ kind: 'document' })]);
    expect(globalSearch('ＡＢＣ', data)).toEqual([]);
    const district = globalSearch('涧西区', data);
    expect(district.filter((hit) => hit.kind !== 'item').map((hit) => hit.kind)).toEqual(['unit', 'rectification']);
    const written = (id: string) => {
      const item = data.items.find((candidate) => candidate.id === id)!;
      return [item.title, item.text, ...item.leadUnits, ...item.responsibleUnits, ...item.supportingUnits].join(' ');
    };
    for (const hit of district.filter((candidate) => candidate.kind === 'item')) expect(written(hit.id)).toContain('涧西区');
    const byOwner = globalSearch('洛阳海关', data).filter((hit) => hit.kind === 'item');
    expect(byOwner.length).toBeGreaterThan(0);
    for (const hit of byOwner) expect(written(hit.id)).toContain('洛阳海关');
    expect(globalSearch('   ', data)).toEqual([]);
  });

  it('shows a snippet around the match', async () => {
    const [hit] = globalSearch('压覆重要矿产资源', await sources()).filter((candidate) => candidate.kind === 'item');
    expect(hit!.snippet).toContain('压覆重要矿产资源');
    expect(hit!.snippet.length).toBeLessThanOrEqual(62);
  });
});
