// 排名分档: a base, plus for the first N ranks, minus for the last M (前四名加0.5分，最后四名减0.5分).
import type { RankingTiersTerm } from '../../domain/rule-model';
import { fen, fen2, numberOf } from '../amounts';
import { hundredths, NUM } from '../reader/patterns';
import type { ColumnStats, TermSpec } from '../term-spec';
import { consume, consumeWordsOnly, matching } from './clauses';
import { DIRECTION_WORDS, rankingText } from './direction-words';

const TOP = new RegExp(`前(\\d+)名[^;。]*?(?:增加|加|多得)${NUM}分`);
const BOTTOM = new RegExp(`(?:最后|后|末|倒数)(\\d+)名[^;。]*?(?:减少|减|扣)${NUM}分`);
const BASE = new RegExp(`^(?:本项)?(?:基础分|基本分)(?:为|是)?${NUM}分$`);

function tierDelta(term: RankingTiersTerm, stats: ColumnStats, index: number): number {
  if ((stats.ranks[index] ?? Infinity) <= term.topCount) return term.topDelta;
  return (stats.fromBottom[index] ?? Infinity) <= term.bottomCount ? -term.bottomDelta : 0;
}

export const rankingTiersTerm: TermSpec<'rankingTiers'> = {
  label: '排名分档',
  inputs: (term) => [{ name: term.input, kind: 'value', label: '测得值' }],
  crossUnit: (term) => ({ input: term.input, direction: term.direction }),
  validate: (term, maxPoints) => [
    ...(term.topCount === 0 && term.bottomCount === 0 ? ['排名分档没有加分或减分的名次'] : []),
    ...(term.base + term.topDelta > maxPoints ? [`基础分加前${term.topCount}名加分超过分值 ${fen(maxPoints)}`] : []),
  ],
  points: (term, _values, stats, index) => term.base + (stats ? tierDelta(term, stats, index) : 0),
  explain: (term, values, stats, index, points) => {
    if (!stats) return '需要全部单位的测得值';
    const delta = tierDelta(term, stats, index);
    const tier =
      delta > 0
        ? `前${term.topCount}名，加 ${fen2(term.topDelta)}`
        : delta < 0
          ? `后${term.bottomCount}名，减 ${fen2(term.bottomDelta)}`
          : '中间档，得基础分';
    return `测得值 ${numberOf(values, term.input)}（${term.direction === 'lowerBetter' ? '越小越好' : '越大越好'}），${stats.count} 个单位中排第 ${stats.ranks[index]} 名，${tier}：基础分 ${fen2(term.base)} → ${fen2(points)}`;
  },
  summary: (term) =>
    [
      `基础分${fen(term.base)}`,
      rankingText(term.direction),
      term.topCount > 0 ? `前${term.topCount}名加${fen(term.topDelta)}` : '',
      term.bottomCount > 0 ? `后${term.bottomCount}名减${fen(term.bottomDelta)}` : '',
    ]
      .filter(Boolean)
      .join('，'),
  recognise: (segment, context) => {
    const top = matching(segment, TOP)[0];
    const bottom = matching(segment, BOTTOM)[0];
    if (!top && !bottom) return [];
    const base = matching(segment, BASE)[0];
    consume(segment, ...[top, bottom, base].filter((found) => found !== undefined).map((found) => found.index));
    segment.clauses.forEach((clause) => {
      if (!clause.used && /^中间\d*名.*得基础分$/.test(clause.text)) clause.used = true;
    });
    consumeWordsOnly(segment, /中间|得基础分|档次|基础上/);
    consumeWordsOnly(segment, DIRECTION_WORDS);
    const term: RankingTiersTerm = {
      kind: 'rankingTiers',
      input: context.names.next('value'),
      base: base ? hundredths(base.match[1]!) : 0,
      topCount: top ? Number(top.match[1]) : 0,
      topDelta: top ? hundredths(top.match[2]!) : 0,
      bottomCount: bottom ? Number(bottom.match[1]) : 0,
      bottomDelta: bottom ? hundredths(bottom.match[2]!) : 0,
      direction: context.direction,
    };
    return [{ term, at: Math.max(top?.index ?? -1, bottom?.index ?? -1) }];
  },
};
