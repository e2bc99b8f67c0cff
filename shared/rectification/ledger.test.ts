import { describe, expect, it } from 'vitest';

import { seedEvaluation } from '../../test/fixtures/evaluation';
import { seedBytes } from '../../test/fixtures/seeds';
import { importRubricFile } from '../rubric/import-rubric-file';
import { collectFindings } from '../scoring/findings';
import { closeOut, isOverdue, proposeDeadline, recordProgress, rectificationFromCell, rectificationsFromFindings } from './ledger';

async function ledger() {
  const fixture = await seedEvaluation();
  return rectificationsFromFindings('e', collectFindings(fixture.document.items, fixture.units, fixture.inputs), '2026-11-29');
}

describe('the rectification ledger', () => {
  it('makes one rectification per finding with the measure’s owners, its own sentence as 整改措施 and a deadline 30 days after the finding', async () => {
    const items = await ledger();
    const first = items.find((item) => item.unitName === '西工区')!;
    expect(first).toMatchObject({
      status: 'notStarted',
      openedOn: '2026-11-29',
      deadline: { text: '2026年12月29日前', date: '2026-12-29' },
      responsibleUnits: expect.arrayContaining(['市发展改革委']),
    });
    expect(first.problem).toMatch(/^“以高效办成项目前期“一件事”为目标”落实不到位/);
    expect(first.measures).toBe(
      '以高效办成项目前期“一件事”为目标，对项目可行性研究、用地预审、选址、环境影响评价、安全评价、水土保持方案审批、压覆重要矿产资源评估等事项，逐步实行项目单位编报一套材料，政务服务网（大厅）统一受理、统一反馈，审批部门同步评估、同步审批，加快项目落地。',
    );
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
  });

  it('never takes a policy deadline that has passed: the policy’s 时限 stays in 整改目标, none is overdue on the day it is made', async () => {
    const items = await ledger();
    const fromDatedPolicy = items.find((item) => item.target.endsWith('（文件时限：2021年年底）'))!;
    expect(fromDatedPolicy.deadline).toEqual({ text: '2026年12月29日前', date: '2026-12-29' });
    expect(items.filter((item) => isOverdue(item, '2026-11-29'))).toEqual([]);
    expect(rectificationsFromFindings('e', [], '2026-11-29')).toEqual([]);
  });

  it('proposes the deadline a set number of days on, across month and year ends; refuses a day count that is not whole and positive', () => {
    expect(proposeDeadline('2026-12-15', 30)).toEqual({ text: '2027年1月14日前', date: '2027-01-14' });
    expect(proposeDeadline('2028-02-28', 1)).toEqual({ text: '2028年2月29日前', date: '2028-02-29' });
    expect(() => proposeDeadline('2026-11-29', 0)).toThrow('整改期限天数“0”无效');
    expect(() => proposeDeadline('2026-11-29', 2.5)).toThrow('应为 1 至 3650 之间的整数');
  });

  it('is overdue only when not done and past a dated deadline', async () => {
    const items = await ledger();
    const dated = items[0]!;
    expect(isOverdue(dated, '2026-12-30')).toBe(true);
    expect(isOverdue(dated, '2026-12-29')).toBe(false);
    expect(isOverdue({ ...dated, status: 'done' }, '2026-12-30')).toBe(false);
    expect(isOverdue({ ...dated, deadline: { text: '长期', date: null } }, '2099-01-01')).toBe(false);
  });

  it('keeps every progress entry and closes out only what is done, with a verifier', async () => {
    const [item] = await ledger();
    const started = recordProgress(item!, { date: '2026-11-01', note: '已制定方案', by: '张三', status: 'inProgress' });
    const done = recordProgress(started, { date: '2026-11-20', note: '已上线运行', by: '张三', status: 'done' });
    expect(done.progress.map((entry) => [entry.date, entry.status])).toEqual([
      ['2026-11-01', 'inProgress'],
      ['2026-11-20', 'done'],
    ]);
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
    const cell = {
      evaluationId: 'e1',
      unitId: 'u1',
      unitName: '涧西区',
      points: 100,
      reason: '基础分 3.00分，2 次 × 1.00分，扣 2.00分',
      note: '两件备案类以外的秒办件',
      today: '2026-11-23',
    };
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
    expect(rectificationFromCell({ ...cell, indicator, today: '2026-12-15' }).deadline).toEqual({
      text: '2027年1月14日前',
      date: '2027-01-14',
    });
  });
});
