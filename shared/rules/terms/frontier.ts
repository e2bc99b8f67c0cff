// 前沿距离: points × (worst − value) ÷ (worst − best), all full when every unit is equal.
import { scaledPoints, toMicros } from '../../numbers/exact-value';
import { fen, fen2, numberOf } from '../amounts';
import { hundredths, NUM } from '../reader/patterns';
import type { TermSpec } from '../term-spec';
import { consume, consumeWordsOnly, matching } from './clauses';
import { DIRECTION_WORDS } from './direction-words';

const FRONTIER = new RegExp(`前沿距离(?:法)?(?:计分|评分|测算)?(?:计${NUM}分)?`);

export const frontierTerm: TermSpec<'frontier'> = {
  label: '前沿距离',
  inputs: (term) => [{ name: term.input, kind: 'value', label: '测得值' }],
  crossUnit: (term) => ({ input: term.input, direction: term.direction }),
  validate: (term) => (term.points <= 0 ? ['前沿距离的满分应大于 0'] : []),
  points: (term, values, stats) => {
    if (!stats || stats.count === 0) return 0;
    const worst = toMicros(stats.worst);
    return scaledPoints(term.points, worst - toMicros(numberOf(values, term.input)), worst - toMicros(stats.best));
  },
  explain: (term, values, stats, _index, points) =>
    `前沿距离：最优 ${stats?.best}，最差 ${stats?.worst}，本单位 ${numberOf(values, term.input)} → ${fen2(points)}`,
  summary: (term) => `按前沿距离法计${fen(term.points)}，${term.direction === 'lowerBetter' ? '越小越好' : '越大越好'}`,
  recognise: (segment, context) =>
    matching(segment, FRONTIER)
      .slice(0, 1)
      .map(({ index, match }) => {
        consume(segment, index);
        consumeWordsOnly(segment, DIRECTION_WORDS);
        const points = match[1] ? hundredths(match[1]) : (context.segmentPoints ?? context.maxPoints);
        return { term: { kind: 'frontier' as const, input: context.names.next('value'), direction: context.direction, points }, at: index };
      }),
};
