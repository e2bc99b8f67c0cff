// Charts of the rectification ledger (整改台账) as ECharts options: findings by category, stacked
// by status, and the number of items in each status over time, replayed from the dated progress
// history every rectification keeps. Labels come from the caller (the interface language).
import type { Evaluation } from '../domain/evaluation';
import type { Rectification, RectificationStatus } from '../domain/rectification';
import { RECTIFICATION_STATUS_LABELS } from '../domain/rectification';

export const STATUS_ORDER: readonly RectificationStatus[] = ['notStarted', 'inProgress', 'done', 'closed'];
/** 未开始 grey, 整改中 blue, 已完成 green, 已销号 purple — the ledger's tag colours. */
export const STATUS_COLOURS: Record<RectificationStatus, string> = {
  notStarted: '#9e9e9e',
  inProgress: '#1565c0',
  done: '#2e7d32',
  closed: '#6a1b9a',
};
const FONT = { fontFamily: 'Microsoft YaHei, PingFang SC, Noto Sans CJK SC, WenQuanYi Zen Hei, sans-serif' };

export type CategoryFindings = { category: string; counts: Record<RectificationStatus, number>; total: number };
export type StatusTimeline = { dates: string[]; counts: Record<RectificationStatus, number[]> };
export type ChartLabels = { title: string; statuses: Record<RectificationStatus, string> };

const zeroCounts = (): Record<RectificationStatus, number> => ({ notStarted: 0, inProgress: 0, done: 0, closed: 0 });

/**
 * Findings per category: `categoryOf` names the category of a rectification (its indicator's
 * category, its measure's chapter); output rows, most findings first (ties by name), each with
 * the counts per status and the total.
 */
export function findingsByCategory(
  rectifications: readonly Rectification[],
  categoryOf: (rectification: Rectification) => string,
): CategoryFindings[] {
  const rows = new Map<string, CategoryFindings>();
  for (const rectification of rectifications) {
    const category = categoryOf(rectification);
    const row = rows.get(category) ?? { category, counts: zeroCounts(), total: 0 };
    row.counts[rectification.status] += 1;
    row.total += 1;
    rows.set(category, row);
  }
  return [...rows.values()].sort((a, b) => b.total - a.total || a.category.localeCompare(b.category, 'zh-CN'));
}

/** The day a rectification entered the ledger: `openedOn`, else its first progress date, else `fallback`. */
function openedOn(rectification: Rectification, fallback: string): string {
  const first = rectification.progress.map((entry) => entry.date).sort()[0];
  return (
    rectification.openedOn ?? (first && first < fallback ? first : undefined) ?? rectification.meta?.changedAt.slice(0, 10) ?? fallback
  );
}

const DAY_MS = 86_400_000;
/** Longest span drawn day by day (two years); beyond it only the days something changed. */
const MAX_CALENDAR_DAYS = 731;

/**
 * The days of the time axis: every day from the day before the first event to `today`, so a
 * ledger opened today still draws a step; only the event days (and today) over longer spans.
 */
function calendar(eventDates: readonly string[], today: string): string[] {
  const known = [...new Set([...eventDates, today])].filter((date) => date <= today).sort();
  const start = Date.parse(`${known[0]}T00:00:00Z`) - DAY_MS;
  const end = Date.parse(`${today}T00:00:00Z`);
  if ((end - start) / DAY_MS > MAX_CALENDAR_DAYS) return known;
  const days: string[] = [];
  for (let day = start; day <= end; day += DAY_MS) days.push(new Date(day).toISOString().slice(0, 10));
  return days;
}

/**
 * Items per status on every day from the day before the first change up to `today` (ISO dates;
 * only the days something changed when that spans more than two years): each rectification
 * counts from the day it was opened as 未开始, then takes the status of each progress entry on its
 * date (the history is never rewritten, so the past can be replayed). Output: the dates in order
 * and, per status, the count on each date.
 */
export function statusTimeline(rectifications: readonly Rectification[], today: string): StatusTimeline {
  const events = rectifications.map((rectification) => {
    const opened = openedOn(rectification, today);
    return [
      { date: opened, status: 'notStarted' as RectificationStatus },
      ...rectification.progress.map((entry) => ({ date: entry.date < opened ? opened : entry.date, status: entry.status })),
    ];
  });
  const dates = calendar(
    events.flatMap((list) => list.map((event) => event.date)),
    today,
  );
  const counts = { notStarted: [], inProgress: [], done: [], closed: [] } as Record<RectificationStatus, number[]>;
  for (const date of dates) {
    const day = zeroCounts();
    for (const list of events) {
      const current = list.filter((event) => event.date <= date).at(-1);
      if (current) day[current.status] += 1;
    }
    for (const status of STATUS_ORDER) counts[status].push(day[status]);
  }
  return { dates, counts };
}

const DEFAULT_LABELS = (title: string): ChartLabels => ({ title, statuses: RECTIFICATION_STATUS_LABELS });

/** Horizontal bars per category, stacked by status (the findings-by-category chart). */
export function findingsByCategoryOption(
  rows: readonly CategoryFindings[],
  labels: ChartLabels = DEFAULT_LABELS('问题按类别分布'),
): Record<string, unknown> {
  return {
    animation: false,
    textStyle: FONT,
    title: { text: labels.title, left: 'center' },
    legend: { bottom: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 140, right: 32, top: 40, bottom: 40 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: rows.map((row) => row.category), axisLabel: { width: 128, overflow: 'truncate' } },
    series: STATUS_ORDER.map((status) => ({
      type: 'bar',
      stack: 'status',
      name: labels.statuses[status],
      itemStyle: { color: STATUS_COLOURS[status] },
      data: rows.map((row) => row.counts[status]),
    })),
  };
}

/** Stacked areas of the items in each status over time (the status-over-time chart). */
export function statusOverTimeOption(
  timeline: StatusTimeline,
  labels: ChartLabels = DEFAULT_LABELS('整改状态变化'),
): Record<string, unknown> {
  return {
    animation: false,
    textStyle: FONT,
    title: { text: labels.title, left: 'center' },
    legend: { bottom: 0 },
    tooltip: { trigger: 'axis' },
    grid: { left: 48, right: 32, top: 40, bottom: 56 },
    xAxis: { type: 'category', boundaryGap: false, data: timeline.dates },
    yAxis: { type: 'value', minInterval: 1 },
    series: STATUS_ORDER.map((status) => ({
      type: 'line',
      step: 'end',
      stack: 'status',
      name: labels.statuses[status],
      symbol: 'none',
      areaStyle: { opacity: 0.6 },
      itemStyle: { color: STATUS_COLOURS[status] },
      data: timeline.counts[status],
    })),
  };
}

type Node = { id: string; parentId: string | null };

/** The top ancestor of `id` among `nodes` (the node itself when it has no parent). */
function rootOf<T extends Node>(byId: ReadonlyMap<string, T>, id: string): T | undefined {
  let node = byId.get(id);
  for (let guard = 0; node?.parentId && byId.has(node.parentId) && guard < 64; guard += 1) node = byId.get(node.parentId);
  return node;
}

/** What a rectification's category is read from: the evaluations named by sources, their indicator systems and checklist items. */
export type FindingSources = {
  evaluations: ReadonlyArray<Pick<Evaluation, 'id' | 'basis'>>;
  systems: ReadonlyArray<{ id: string; indicators: ReadonlyArray<{ id: string; parentId: string | null; name: string }> }>;
  items: ReadonlyArray<{ id: string; parentId: string | null; number: string; title: string; documentId: string }>;
};

/**
 * The category a rectification's finding belongs to, read in the basis of the evaluation its
 * source names: for an indicator system, the indicator's 类别 (top ancestor); for a checklist, the
 * measure's chapter (top item: 章节 or 重点任务). Output: a function giving the name, or `other`
 * when the evaluation, its basis or the source is no longer known.
 */
export function categoryOfSource(sources: FindingSources, other: string): (rectification: Rectification) => string {
  const basisOf = new Map(sources.evaluations.map((evaluation) => [evaluation.id, evaluation.basis]));
  const indicatorsOf = new Map(
    sources.systems.map((system) => [system.id, new Map(system.indicators.map((indicator) => [indicator.id, indicator]))]),
  );
  const itemsOf = new Map<string, Map<string, FindingSources['items'][number]>>();
  for (const item of sources.items) {
    const items = itemsOf.get(item.documentId) ?? new Map();
    itemsOf.set(item.documentId, items.set(item.id, item));
  }
  return ({ source }) => {
    const basis = basisOf.get(source.evaluationId);
    if (basis?.kind === 'indicatorSystem') return rootOf(indicatorsOf.get(basis.systemId) ?? new Map(), source.indicatorId)?.name ?? other;
    const item = basis ? rootOf(itemsOf.get(basis.documentId) ?? new Map(), source.indicatorId) : undefined;
    return item ? `${item.number ? `${item.number}、` : ''}${item.title}` : other;
  };
}
