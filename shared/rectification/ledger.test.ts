import { describe, expect, it } from 'vitest';
import { seedEvaluation } from '../../test/fixtures/evaluation';
import { collectFindings } from '../scoring/findings';
import { seedBytes } from '../../test/fixtures/seeds';
import { importRubricFile } from '../rubric/import-rubric-file';
import { closeOut, isOverdue, recordProgress, rectificationFromCell, rectificationsFromFindings } from './ledger';

async function ledger() {
  const fixture = await seedEvaluation();
  return rectificationsFromFindings('e', collectFindings(fixture.document.items, fixture.units, fixture.assessments));
}

describe('the rectification ledger', () => {
  it('makes one rectification per finding with the measure’s owners and deadline', async () => {
    const items = await ledger();
    const first = items.find((item) => item.unitName === '西工区')!;
    expect(first).toMatchObject({ status: 'notStarted', deadline: { text: '持续推进', date: null }, responsibleUnits: expect.arrayContaining(['市发展改革委']) });
    expect(first.problem).toMatch(/^“以高效办成项目前期“一件事”为目标”落实不到位/);
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
  });

  it('is overdue only when not done and past a dated deadline', async () => {
    const items = await ledger();
    const dated = items.find((item) => item.deadline?.date === '2021-12-31')!;
    expect(isOverdue(dated, '2022-01-01')).toBe(true);
    expect(isOverdue(dated, '2021-12-31')).toBe(false);
    expect(isOverdue({ ...dated, status: 'done' }, '2022-01-01')).toBe(false);
    expect(isOverdue(items.find((item) => item.deadline?.date === null)!, '2099-01-01')).toBe(false);
  });

  it('keeps every progress entry and closes out only what is done, with a verifier', async () => {
    const [item] = await ledger();
    const started = recordProgress(item!, { date: '2026-11-01', note: '已制定方案', by: '张三', status: 'inProgress' });
    const done = recordProgress(started, { date: '2026-11-20', note: '已上线运行', by: '张三', status: 'done' });
    expect(done.progress.map((entry) => [entry.date, entry.status])).toEqual([['2026-11-01', 'inProgress'], ['2026-11-20', 'done']]);
    expect(() => closeOut(started, '2026-11-21', '王科长')).toThrow('只有“已完成”');
    const closed = closeOut(done, '2026-11-23', '王科长');
    expect(closed).toMatchObject({ status: 'closed', closedOn: '2026-11-23', closedBy: '王科长' });
    expect(() => recordProgress(closed, { date: '2026-11-24', note: '再改', by: 'x' })).toThrow('已销号');
    expect(() => recordProgress(done, { date: '2026-11-24', note: ' ', by: 'x' })).toThrow('请填写整改进展');
  });
});

describe('a finding recorded from a scored cell', () => {
  it('names the indicator, points and reason, takes the rubric’s department as owner and proposes a deadline 30 days on', async () => {
    const system = await importRubricFile(seedBytes('office/004_办理建筑许可营商环境部门评分细则.xlsx'), '细则.xlsx');
    const indicator = system.indicators.find((candidate) => candidate.name === '秒办件情况')!;
    const byDepartment = system.indicators.find((candidate) => candidate.dataSource.kind === 'department')!;
    const cell = { evaluationId: 'e1', unitId: 'u1', unitName: '涧西区', points: 100, reason: '基础分 3.00分，2 次 × 1.00分，扣 2.00分', note: '两件备案类以外的秒办件', today: '2026-11-23' };
    const rectification = rectificationFromCell({ ...cell, indicator });
    expect(rectification).toMatchObject({
      id: `e1|u1|${indicator.id}`,
      problem: '“秒办件情况”得 1.00 分（满分 3.00 分）：基础分 3.00分，2 次 × 1.00分，扣 2.00分；两件备案类以外的秒办件',
      deadline: { text: '2026年12月23日前', date: '2026-12-23' },
      status: 'notStarted',
      responsibleUnits: [],
    });
    expect(rectification.target).toContain(indicator.ruleText);
    const owned = rectificationFromCell({ ...cell, indicator: byDepartment });
    expect(owned.responsibleUnits).toEqual([(byDepartment.dataSource as { department: string }).department]);
    expect(rectificationFromCell({ ...cell, indicator, today: '2026-12-15' }).deadline).toEqual({ text: '2027年1月14日前', date: '2027-01-14' });
  });
});
