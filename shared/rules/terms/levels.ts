// 分级计分: the points of the highest level a unit reached (0 = none).
import { formatHundredths } from '../../numbers/exact';
import { fen, numberOf } from '../amounts';
import type { Segment, TermSpec } from '../term-spec';
import { itemProblems, itemsText, readItems } from './items';
import { readRespectiveLevels } from './respective-levels';

/**
 * Grades written best first (优秀得5分，良好得4分，合格得3分): each within the 分值 but together past
 * it, so a unit reaches one of them, not their sum.
 */
function areAlternatives(items: ReadonlyArray<{ points: number }>, full: number): boolean {
  const decreasing = items.every((item, index) => index === 0 || item.points < items[index - 1]!.points);
  const sum = items.reduce((total, item) => total + item.points, 0);
  return decreasing && items.every((item) => item.points <= full) && sum > full;
}

/**
 * Thresholds of one measure written as items (压缩至1个工作日内的得2分，压缩至2个工作日内的得1分):
 * the labels differ only in their numbers (a later label may leave out the subject), so a unit
 * that meets the stricter one meets the looser one too — they are levels, not a sum.
 */
function sameMeasure(items: ReadonlyArray<{ label: string }>): boolean {
  const shapes = items.map((item) => item.label.replace(/\d+(?:\.\d+)?/g, '#'));
  const numbers = items.map((item) => item.label.match(/\d+(?:\.\d+)?/g)?.join() ?? '');
  if (!shapes.every((shape) => shape.includes('#')) || new Set(numbers).size !== items.length) return false;
  const shortest = shapes.reduce((a, b) => (b.length < a.length ? b : a));
  return shortest.length >= 3 && shapes.every((shape) => shape.endsWith(shortest));
}

const NONE_LEVEL = /^[^,\d]{1,12}?的?,?(?:不得分|得0分|计0分|不计分)$/;

/**
 * The level worth nothing written after the levels (持平的得1分，下降的不得分): the same as
 * reaching none, so it is consumed. Output: the index of the last clause of the levels.
 */
function consumeNoneLevel(segment: Segment, at: number): number {
  const next = segment.clauses[at + 1];
  if (!next || next.used || !NONE_LEVEL.test(next.text)) return at;
  next.used = true;
  return at + 1;
}

export const levelsTerm: TermSpec<'levels'> = {
  label: '分级计分',
  inputs: (term) => [{ name: term.input, kind: 'level', label: '达到的档次', choices: term.levels.map((level) => level.label) }],
  crossUnit: () => null,
  validate: (term, maxPoints) => [
    ...itemProblems(term.levels, '档次'),
    ...term.levels
      .filter((level) => level.points > maxPoints)
      .map((level) => `档次“${level.label}”的 ${fen(level.points)}超过分值 ${fen(maxPoints)}`),
  ],
  points: (term, values) => term.levels[numberOf(values, term.input) - 1]?.points ?? 0,
  explain: (term, values) => {
    const level = term.levels[numberOf(values, term.input) - 1];
    return level ? `${level.label}，得 ${formatHundredths(level.points)}分` : '均未达到';
  },
  summary: (term) => `按达到的最高一档计分，${itemsText(term.levels)}`,
  recognise: (segment, context) => {
    const respective = readRespectiveLevels(segment);
    if (respective) return [{ term: { kind: 'levels', input: context.names.next('level'), levels: respective.levels }, at: respective.at }];
    const snapshot = segment.clauses.map((clause) => clause.used);
    const read = readItems(segment);
    if (!read) return [];
    const increasing = read.items.every((item, index) => index === 0 || item.points > read.items[index - 1]!.points);
    if (
      read.marker === 'levels' ||
      (read.marker === null &&
        read.items.length >= 2 &&
        (increasing || sameMeasure(read.items) || areAlternatives(read.items, context.segmentPoints ?? context.maxPoints)))
    ) {
      return [{ term: { kind: 'levels', input: context.names.next('level'), levels: read.items }, at: consumeNoneLevel(segment, read.at) }];
    }
    segment.clauses.forEach((clause, index) => (clause.used = snapshot[index]!));
    return [];
  },
};
