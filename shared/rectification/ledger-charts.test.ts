import { describe, expect, it } from 'vitest';

import { seedEvaluation } from '../../test/fixtures/evaluation';
import { collectFindings } from '../scoring/findings';
import { closeOut, recordProgress, rectificationsFromFindings } from './ledger';
import {
  categoryOfSource,
  findingsByCategory,
  findingsByCategoryOption,
  STATUS_ORDER,
  statusOverTimeOption,
  statusTimeline,
} from './ledger-charts';

async function seedLedger() {
  const fixture = await seedEvaluation();
  const ledger = rectificationsFromFindings('e', collectFindings(fixture.document.items, fixture.units, fixture.inputs), '2026-10-01');
  return { fixture, ledger };
}

describe('findings by category', () => {
  it('groups seed 000’s findings under their chapters and counts every one once', async () => {
    const { fixture, ledger } = await seedLedger();
    const items = fixture.document.items.map((item) => ({ ...item, documentId: fixture.document.id }));
    const categoryOf = categoryOfSource({ evaluations: [fixture.evaluation], systems: [], items }, '其他');
    const rows = findingsByCategory(ledger, categoryOf);
    const chapters = new Set(
      fixture.document.items.filter((item) => item.parentId === null).map((item) => `${item.number}、${item.title}`),
    );
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect(chapters.has(row.category)).toBe(true);
    expect(rows.reduce((sum, row) => sum + row.total, 0)).toBe(ledger.length);
    expect(rows.map((row) => row.total)).toEqual([...rows.map((row) => row.total)].sort((a, b) => b - a));
    // The chart's stacks add up to each category's total.
    const option = findingsByCategoryOption(rows) as { series: Array<{ data: number[] }> };
    rows.forEach((row, index) => expect(option.series.reduce((sum, series) => sum + series.data[index]!, 0)).toBe(row.total));
  });

  it('puts an indicator’s finding under its 类别, in the basis its evaluation names, and an unknown source under “other”', async () => {
    const { ledger } = await seedLedger();
    const indicators = [
      { id: 'c', parentId: null, name: '办理建筑许可' },
      { id: 'g', parentId: 'c', name: '审批效率' },
      { id: 'i', parentId: 'g', name: '审批时间' },
    ];
    const sameIdItem = { id: 'i', parentId: null, number: '一', title: '同名条目', documentId: 'd' };
    const categoryOf = categoryOfSource(
      {
        evaluations: [
          { id: 'r', basis: { kind: 'indicatorSystem', systemId: 's' } },
          { id: 'c', basis: { kind: 'checklist', documentId: 'd' } },
        ],
        systems: [{ id: 's', indicators }],
        items: [sameIdItem],
      },
      '其他',
    );
    expect(categoryOf({ ...ledger[0]!, source: { evaluationId: 'r', indicatorId: 'i' } })).toBe('办理建筑许可');
    expect(categoryOf({ ...ledger[0]!, source: { evaluationId: 'c', indicatorId: 'i' } })).toBe('一、同名条目');
    expect(categoryOf({ ...ledger[0]!, source: { evaluationId: 'r', indicatorId: 'gone' } })).toBe('其他');
    expect(categoryOf({ ...ledger[0]!, source: { evaluationId: 'deleted', indicatorId: 'i' } })).toBe('其他');
  });
});

describe('status over time', () => {
  it('replays the progress history day by day', async () => {
    const { ledger } = await seedLedger();
    const [a, b] = ledger;
    const started = recordProgress(a!, { date: '2026-10-10', note: '已制定方案', by: '张督查', status: 'inProgress' });
    const done = recordProgress(started, { date: '2026-10-20', note: '已完成', by: '张督查', status: 'done' });
    const closed = closeOut(done, '2026-11-01', '李核实');
    const items = [closed, { ...b!, openedOn: '2026-10-15' }];
    const timeline = statusTimeline(items, '2026-11-23');
    // Every day from the day before the first opening to today.
    expect(timeline.dates[0]).toBe('2026-09-30');
    expect(timeline.dates.at(-1)).toBe('2026-11-23');
    expect(timeline.dates.length).toBe(1 + 31 + 23);
    const on = (date: string) =>
      Object.fromEntries(STATUS_ORDER.map((status) => [status, timeline.counts[status][timeline.dates.indexOf(date)]]));
    expect(on('2026-10-01')).toEqual({ notStarted: 1, inProgress: 0, done: 0, closed: 0 });
    expect(on('2026-10-15')).toEqual({ notStarted: 1, inProgress: 1, done: 0, closed: 0 });
    expect(on('2026-10-20')).toEqual({ notStarted: 1, inProgress: 0, done: 1, closed: 0 });
    expect(on('2026-11-23')).toEqual({ notStarted: 1, inProgress: 0, done: 0, closed: 1 });
    // Every day counts every item opened by then.
    timeline.dates.forEach((date, index) =>
      expect(STATUS_ORDER.reduce((sum, status) => sum + timeline.counts[status][index]!, 0)).toBe(
        date < '2026-10-01' ? 0 : date < '2026-10-15' ? 1 : 2,
      ),
    );
    const option = statusOverTimeOption(timeline) as { xAxis: { data: string[] }; series: Array<{ name: string }> };
    expect(option.xAxis.data).toEqual(timeline.dates);
    expect(option.series.map((series) => series.name)).toEqual(['未开始', '整改中', '已完成', '已销号']);
  });

  it('dates an item from before openedOn was kept by its first progress entry', async () => {
    const { ledger } = await seedLedger();
    const old = { ...ledger[0]! };
    delete old.openedOn;
    const item = recordProgress(old, { date: '2026-09-05', note: '开始整改', by: '张督查', status: 'inProgress' });
    const timeline = statusTimeline([item], '2026-11-23');
    expect(timeline.dates.slice(0, 2)).toEqual(['2026-09-04', '2026-09-05']);
    expect(timeline.counts.inProgress.slice(0, 2)).toEqual([0, 1]);
  });

  it('draws only the days something changed over spans longer than two years', async () => {
    const { ledger } = await seedLedger();
    const timeline = statusTimeline([{ ...ledger[0]!, openedOn: '2020-01-01' }], '2026-11-23');
    expect(timeline.dates).toEqual(['2020-01-01', '2026-11-23']);
  });
});
