import { describe, expect, it } from 'vitest';
import { seedEvaluation } from '../../test/fixtures/evaluation';
import { collectFindings } from '../scoring/findings';
import { closeOut, isOverdue, recordProgress, rectificationsFromFindings } from './ledger';

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
