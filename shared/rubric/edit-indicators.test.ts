import { describe, expect, it } from 'vitest';

import { SEED, seedBytes } from '../../test/fixtures/seeds';
import { addIndicator, moveIndicator, removeIndicator, updateIndicator } from './edit-indicators';
import { importRubricFile } from './import-rubric-file';

async function seedSystem() {
  return importRubricFile(seedBytes(SEED.compilation2023), '004.txt');
}

const byName = (indicators: Awaited<ReturnType<typeof seedSystem>>['indicators'], name: string) =>
  indicators.find((indicator) => indicator.name === name)!;

describe('editing an indicator system', () => {
  it('re-reads the rule when the 评分标准 text changes', async () => {
    const { indicators } = await seedSystem();
    const target = byName(indicators, '质量管理情况');
    const edited = updateIndicator(indicators, target.id, { ruleText: '基础分为3分，发现一例质量问题扣1分，扣完为止。' });
    expect(byName(edited, '质量管理情况').rule).toEqual({ kind: 'deduction', base: 300, per: 100 });
    expect(byName(indicators, '质量管理情况').rule).toEqual({ kind: 'manual' });
  });

  it('lets the user set the ranking direction', async () => {
    const { indicators } = await seedSystem();
    const target = byName(indicators, '并联审批率');
    const edited = updateIndicator(indicators, target.id, { direction: 'lowerBetter' });
    expect(byName(edited, '并联审批率').rule).toMatchObject({ kind: 'rankingTiers', direction: 'lowerBetter' });
  });

  it('adds an indicator under a category and keeps group totals in step', async () => {
    const { indicators } = await seedSystem();
    const group = indicators.find((indicator) => indicator.role === 'group' && indicator.name === '审批用时情况')!;
    const added = addIndicator(
      indicators,
      group.id,
      '竣工验收用时',
      200,
      '基础分为1.5分，前四名在基础上增加0.5分；最后四名在基础上减0.5分。',
    );
    const created = byName(added, '竣工验收用时');
    expect(created).toMatchObject({ parentId: group.id, role: 'indicator', rule: { kind: 'rankingTiers', direction: 'lowerBetter' } });
    expect(added.find((indicator) => indicator.id === group.id)!.maxPoints).toBe(group.maxPoints + 200);
    expect(added.indexOf(created)).toBe(added.indexOf(byName(added, '超时默许率')) + 1);
  });

  it('removes an indicator with its subtree and moves one among its siblings', async () => {
    const { indicators } = await seedSystem();
    const group = indicators.find((indicator) => indicator.role === 'group' && indicator.name === '审批用时情况')!;
    const removed = removeIndicator(indicators, group.id);
    expect(removed.some((indicator) => indicator.name === '办件逾期率')).toBe(false);
    const children = indicators.filter((indicator) => indicator.parentId === group.id);
    expect(children.map((child) => child.name)).toContain('办件逾期率');
    expect(removed.length).toBe(indicators.length - 1 - children.length);
    const moved = moveIndicator(indicators, byName(indicators, '多测合一').id, -1);
    const names = moved
      .filter((indicator) => indicator.parentId === byName(indicators, '多测合一').parentId)
      .map((indicator) => indicator.name);
    expect(names.slice(0, 3)).toEqual(['推进有效投资情况', '多测合一', '一张蓝图情况']);
    expect(moveIndicator(indicators, byName(indicators, '推进有效投资情况').id, -1)).toEqual(indicators);
  });
});
