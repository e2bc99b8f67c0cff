// Reads a 评分标准 text into a structured rule, keeping the text. Built for rule kinds, not for one
// rubric: the patterns are those of real 评分细则 (seed 004) and common local ones (issue #4).
import type { Band, DataSource, Direction, RuleItem, ScoringRule } from '../domain/indicator-system';
import { parseSmallNumber, toHundredths } from './chinese-number';

export type ParsedRule = {
  rule: ScoringRule;
  dataSource: DataSource | null;
  warnings: string[];
};

const NUM = '(\\d+(?:\\.\\d+)?)';
/** Words of measures where less is better (days, time, cost, steps, overdue). */
const LOWER_IS_BETTER = /周期|用时|时间|时长|天数|时限|逾期|超时|成本|费用|环节|材料|跑动|次数/;

/**
 * Proposes a rule for a 评分标准. Input: the text, the indicator's name and maximum points (hundredths).
 * Output: the rule, a data source when the text names one (由省住房城乡建设厅评分 → department),
 * and warnings. Order of recognition: per-occurrence bonus/penalty with a cap; points by rank;
 * ranking tiers (前N名…); distance to frontier; proportional to the best unit; bands on a value;
 * proportional; base minus deductions; levels / sum of items; manual. Text that fits none becomes
 * a manual rule with a warning. Never throws.
 */
export function parseScoringRule(text: string, name: string, maxPoints: number): ParsedRule {
  const clean = text.replace(/\s+/g, '');
  const department = /由(.{2,20}?)(?:根据[^，。]*)?(?:评分|打分|赋分)/.exec(clean)?.[1] ?? null;
  const dataSource: DataSource | null = department ? { kind: 'department', department } : null;
  const direction = directionOf(clean, name);
  const recognised =
    occurrenceRule(clean) ??
    rankPointsRule(clean, direction) ??
    rankingTiersRule(clean, direction) ??
    (/前沿距离/.test(clean) ? { kind: 'frontier' as const, direction } : null) ??
    (/按第[1一]名的?比例|与第[1一]名的?比值/.test(clean) ? { kind: 'relativeToBest' as const, direction } : null) ??
    bandsRule(clean) ??
    proportionalRule(clean) ??
    deductionRule(clean, maxPoints) ??
    itemsRule(clean);
  if (recognised) return { rule: recognised, dataSource, warnings: [] };
  return { rule: { kind: 'manual' }, dataSource, warnings: department ? [] : [`未能识别“${name}”的评分标准，已按人工评分处理，请核对。`] };
}

/** Direction of a measured value: stated (由短到长/由高到低…) or inferred from what is measured. */
export function directionOf(text: string, name: string): Direction {
  if (/由(?:短|少|低|小)到(?:长|多|高|大)|越(?:短|少|低|小)越好/.test(text)) return 'lowerBetter';
  if (/由(?:长|多|高|大)到(?:短|少|低|小)|越(?:长|多|高|大)越好/.test(text)) return 'higherBetter';
  if (LOWER_IS_BETTER.test(name)) return 'lowerBetter';
  if (/比例|占比|比率|率|数量|满意度/.test(name)) return 'higherBetter';
  return LOWER_IS_BETTER.test(text) ? 'lowerBetter' : 'higherBetter';
}

function occurrenceRule(text: string): ScoringRule | null {
  const rates = [...text.matchAll(new RegExp(`${NUM}分\\/次`, 'g'))].map((match) => toHundredths(match[1]!));
  if (rates.length === 0 || !/封顶/.test(text)) return null;
  return { kind: 'occurrence', per: modeOf(rates) };
}

function rankPointsRule(text: string, direction: Direction): ScoringRule | null {
  const match = /(?:排名|名次)(?:第)?(\d+)[-—~～至到](\d+)名(?:依次)?(?:赋予|得|计)?((?:\d+(?:\.\d+)?[/、，,]?)+)(?:…|\.\.\.)?分/.exec(text);
  if (!match) return null;
  const count = Number(match[2]) - Number(match[1]) + 1;
  const given = match[3]!.split(/[/、，,]/).filter(Boolean).map(toHundredths);
  const points = extendProgression(given, count);
  const rest = new RegExp(`其余(?:单位|地区)?(?:均)?(?:得|计)${NUM}分`).exec(text);
  return { kind: 'rankPoints', points, rest: rest ? toHundredths(rest[1]!) : 0, direction };
}

function rankingTiersRule(text: string, direction: Direction): ScoringRule | null {
  const top = new RegExp(`前([一二三四五六七八九十\\d]+)名[^；。]*?(?:增加|加|多得)${NUM}分`).exec(text);
  const bottom = new RegExp(`(?:最后|后|末)([一二三四五六七八九十\\d]+)名[^；。]*?(?:减少|减|扣)${NUM}分`).exec(text);
  if (!top && !bottom) return null;
  const base = new RegExp(`基础分(?:为)?${NUM}分`).exec(text);
  return {
    kind: 'rankingTiers',
    base: base ? toHundredths(base[1]!) : 0,
    topCount: top ? (parseSmallNumber(top[1]!) ?? 0) : 0,
    topDelta: top ? toHundredths(top[2]!) : 0,
    bottomCount: bottom ? (parseSmallNumber(bottom[1]!) ?? 0) : 0,
    bottomDelta: bottom ? toHundredths(bottom[2]!) : 0,
    direction,
  };
}

/** Bands: at least two clauses that give points for a numeric condition. */
function bandsRule(text: string): ScoringRule | null {
  const bands: Band[] = [];
  // Clauses end at ，；。 but not inside the （包括60%，不含70%） notes.
  for (const clause of text.replace(/（([^）]*)）/g, (_, inner: string) => `（${inner.replace(/[，,]/g, '|')}）`).split(/[，；。,;]/)) {
    const points = new RegExp(`(?:得|计)${NUM}分`).exec(clause);
    if (!points) continue;
    const band = conditionOf(clause.slice(0, points.index));
    if (band) bands.push({ ...band, points: toHundredths(points[1]!) });
  }
  return bands.length >= 2 ? { kind: 'bands', bands } : null;
}

function conditionOf(condition: string): Omit<Band, 'points'> | null {
  const note = /（([^）]*)）/.exec(condition)?.[1] ?? '';
  const including = [...note.matchAll(new RegExp(`(?<!不)(?:包括|含)${NUM}`, 'g'))].map((m) => Number(m[1]));
  const excluding = [...note.matchAll(new RegExp(`(?:不含|不包括)${NUM}`, 'g'))].map((m) => Number(m[1]));
  const inclusive = (bound: number, fallback: boolean): boolean => (including.includes(bound) ? true : excluding.includes(bound) ? false : fallback);
  const body = condition.replace(/（[^）]*）/g, '');
  const range = new RegExp(`${NUM}[%％]?[-—~～至到]${NUM}[%％]?`).exec(body);
  if (range) {
    const [min, max] = [Number(range[1]), Number(range[2])];
    return { min, minInclusive: inclusive(min, true), max, maxInclusive: inclusive(max, false) };
  }
  const between = new RegExp(`${NUM}[^\\d]{0,3}以上${NUM}[^\\d]{0,3}以下`).exec(body);
  if (between) {
    const [min, max] = [Number(between[1]), Number(between[2])];
    return { min, minInclusive: inclusive(min, true), max, maxInclusive: inclusive(max, true) };
  }
  const belowWord = new RegExp(`(低于|少于|小于|不足|不超过|不高于)${NUM}`).exec(body);
  const belowSuffix = new RegExp(`${NUM}[^\\d以及]{0,2}(?:及)?(?:以下|以内)`).exec(body);
  if (belowWord || belowSuffix) {
    const max = Number((belowWord?.[2] ?? belowSuffix?.[1])!);
    const strict = belowWord !== null && /低于|少于|小于|不足/.test(belowWord[1]!);
    return { min: null, minInclusive: true, max, maxInclusive: inclusive(max, !strict) };
  }
  const aboveWord = new RegExp(`(超过|高于|大于|达到|不低于|不少于)${NUM}`).exec(body);
  const aboveSuffix = new RegExp(`${NUM}[^\\d以及]{0,2}(?:及)?以上`).exec(body);
  if (aboveWord || aboveSuffix) {
    const min = Number((aboveSuffix?.[1] ?? aboveWord?.[2])!);
    const strict = aboveSuffix === null && /超过|高于|大于/.test(aboveWord![1]!);
    return { min, minInclusive: inclusive(min, !strict), max: null, maxInclusive: true };
  }
  return null;
}

function proportionalRule(text: string): ScoringRule | null {
  if (!/等比例|按比例(?:计分|折算|得分)|比例计分/.test(text)) return null;
  const full = new RegExp(`(?:满分|总分)为?${NUM}分的?(?:平均分|满意度)`).exec(text);
  return { kind: 'proportional', fullValue: full ? Number(full[1]) : 100 };
}

function deductionRule(text: string, maxPoints: number): ScoringRule | null {
  const per = new RegExp(`(?:扣|减)(?:除)?${NUM}分`).exec(text);
  if (!per || !/每|一例|一个|一项|一次|一件/.test(text)) return null;
  const base = new RegExp(`基础分(?:为)?${NUM}分`).exec(text);
  return { kind: 'deduction', base: base ? toHundredths(base[1]!) : maxPoints, per: toHundredths(per[1]!) };
}

function itemsRule(text: string): ScoringRule | null {
  const items: RuleItem[] = [];
  let labelStart = 0;
  for (const match of text.matchAll(new RegExp(`(?:得|计)${NUM}分`, 'g'))) {
    const label = text.slice(labelStart, match.index).replace(/^[，,；;。、\s]+|[，,；;。\s]+$/g, '').replace(/的$/, '');
    if (label) items.push({ label, points: toHundredths(match[1]!) });
    labelStart = match.index + match[0].length;
  }
  if (items.length < 2) return null;
  const increasing = items.every((item, index) => index === 0 || item.points > items[index - 1]!.points);
  return increasing && !/计\d/.test(text) ? { kind: 'levels', levels: items } : { kind: 'itemSum', items };
}

/** The most frequent value; on a tie, the one stated first. */
function modeOf(values: number[]): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || values.indexOf(a[0]) - values.indexOf(b[0]))[0]![0];
}

/** 60/57/54… over 5 places → 60, 57, 54, 51, 48 (continues the given step). */
function extendProgression(given: number[], count: number): number[] {
  const points = given.slice(0, count);
  const step = given.length >= 2 ? given[given.length - 1]! - given[given.length - 2]! : 0;
  while (points.length < count) points.push(Math.max(0, points[points.length - 1]! + step));
  return points;
}
