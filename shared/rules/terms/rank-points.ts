// 按名次赋分: points by rank — ranges from the top or the bottom (第1-3名依次得5、4、3分，
// 倒数第1名得0分), a step per rank after a place (第4名起每后退1名扣0.1分), and the rest (其余得1分).
import type { RankPointsTerm, RankRange } from '../../domain/rule-model';
import { fen, fen2, numberOf } from '../amounts';
import { hundredths, NUM, numberList } from '../reader/patterns';
import type { ColumnStats, Segment, TermSpec } from '../term-spec';
import { consume, consumeWordsOnly, matching } from './clauses';
import { DIRECTION_WORDS, rankingText } from './direction-words';

const LIST = '((?:\\d+(?:\\.\\d+)?分?[、/,])*\\d+(?:\\.\\d+)?)(…+|\\.\\.\\.)?分';
const RANGE = new RegExp(
  `^(?:.*?(?:排名|排序|名次)[,:]?)?(?:位列|位居|处于|排在|排名|名次)?(?:(前)|(倒数|后))?(?:第)?(\\d+)(?:名)?(?:[-—~～至到](?:倒数)?(?:第)?(\\d+))?名(?:的)?(?:单位|地区)?(?:依次|分别|各|均)?(?:赋予|得|计|赋|给予|记)?${LIST}$`,
);
const STEP_HEAD = /^第(\d+)名(?:起|及以后|以后|之后|开始)$/;
const STEP_TAIL = new RegExp(
  `^(?:第(\\d+)名(?:起|及以后|以后|之后|开始))?,?每(?:后退|下降|降低|退后|落后|靠后)(?:1|一)?(?:个)?(?:名|位)(?:次)?(?:扣|减)${NUM}分$`,
);
const REST = new RegExp(`^(?:其余|其他|其它|剩余|其后)(?:单位|地区|县区|部门|名次|的)?(?:均)?(?:(?:得|计|赋)${NUM}分|(不得分|得0分))$`);

/** 60/57/54… over a range: continues the step of the last two listed. */
function extend(given: number[], count: number): number[] {
  const points = given.slice(0, count);
  const step = given.length >= 2 ? given[given.length - 1]! - given[given.length - 2]! : 0;
  while (points.length < count) points.push(Math.max(0, points[points.length - 1]! + step));
  return points;
}

function rangesOf(match: RegExpExecArray): RankRange[] | null {
  const [, front, back, fromText, toText, list, ellipsis] = match;
  const fromBottom = back !== undefined;
  const from = front ? 1 : Number(fromText);
  const to = front ? Number(fromText) : toText ? Number(toText) : from;
  if (to < from) return null;
  const given = numberList(list!).map((points) => hundredths(String(points)));
  const count = to - from + 1;
  if (given.length === 1) return [{ from, to, fromBottom, points: given[0]! }];
  if (given.length !== count && !(ellipsis && given.length < count)) return null;
  return extend(given, count).map((points, offset) => ({ from: from + offset, to: from + offset, fromBottom, points }));
}

/** The points of a rank from the top (and from the bottom) under the term. */
export function rankPointsOf(term: RankPointsTerm, rank: number, fromBottom: number): number {
  const range = term.ranges.find(
    (entry) => (entry.fromBottom ? fromBottom : rank) >= entry.from && (entry.fromBottom ? fromBottom : rank) <= entry.to,
  );
  if (range) return range.points;
  if (term.step && rank >= term.step.fromRank) {
    const before = term.ranges.find(
      (entry) => !entry.fromBottom && term.step!.fromRank - 1 >= entry.from && term.step!.fromRank - 1 <= entry.to,
    );
    return (before?.points ?? term.rest) - term.step.per * (rank - term.step.fromRank + 1);
  }
  return term.rest;
}

const rangeText = (range: RankRange): string =>
  `${range.fromBottom ? '倒数' : ''}第${range.from === range.to ? range.from : `${range.from}至${range.to}`}名得${fen(range.points)}`;

function readSteps(segment: Segment): { fromRank: number; per: number; at: number } | null {
  for (const { index, match } of matching(segment, STEP_TAIL)) {
    const head = segment.clauses[index - 1];
    const headMatch = !match[1] && head && !head.used ? STEP_HEAD.exec(head.text) : null;
    const fromRank = match[1] ? Number(match[1]) : headMatch ? Number(headMatch[1]) : null;
    if (fromRank === null) continue;
    consume(segment, index, ...(headMatch ? [index - 1] : []));
    return { fromRank, per: hundredths(match[2]!), at: index };
  }
  return null;
}

const rankOf = (stats: ColumnStats | null, index: number): [number, number] => [stats?.ranks[index] ?? 0, stats?.fromBottom[index] ?? 0];

export const rankPointsTerm: TermSpec<'rankPoints'> = {
  label: '按名次赋分',
  inputs: (term) => [{ name: term.input, kind: 'value', label: '测得值' }],
  crossUnit: (term) => ({ input: term.input, direction: term.direction }),
  validate: (term, maxPoints) => {
    const problems = term.ranges
      .filter((range) => range.points > maxPoints)
      .map((range) => `“${rangeText(range)}”超过分值 ${fen(maxPoints)}`);
    const top = term.ranges.filter((range) => !range.fromBottom).sort((a, b) => a.from - b.from);
    for (let i = 1; i < top.length; i++)
      if (top[i]!.from <= top[i - 1]!.to) problems.push(`名次“${rangeText(top[i - 1]!)}”与“${rangeText(top[i]!)}”重叠`);
    return term.ranges.length === 0 ? ['按名次赋分没有名次'] : problems;
  },
  points: (term, _values, stats, index) => rankPointsOf(term, ...rankOf(stats, index)),
  explain: (term, values, stats, index, points) =>
    `测得值 ${numberOf(values, term.input)}（${term.direction === 'lowerBetter' ? '越小越好' : '越大越好'}），排第 ${stats?.ranks[index] ?? '—'} 名，得 ${fen2(points)}`,
  summary: (term) =>
    [
      rankingText(term.direction),
      ...term.ranges.map(rangeText),
      term.step ? `第${term.step.fromRank}名起，每后退1名扣${fen(term.step.per)}` : '',
      term.rest !== 0 || term.ranges.length > 0 ? `其余得${fen(term.rest)}` : '',
    ]
      .filter(Boolean)
      .join('，'),
  recognise: (segment, context) => {
    const ranges: RankRange[] = [];
    let at = -1;
    for (const { index, match } of matching(segment, RANGE)) {
      const read = rangesOf(match);
      if (!read) continue;
      ranges.push(...read);
      consume(segment, index);
      at = Math.max(at, index);
    }
    if (ranges.length === 0) return [];
    const step = readSteps(segment);
    const rest = matching(segment, REST)[0];
    if (rest) consume(segment, rest.index);
    consumeWordsOnly(segment, DIRECTION_WORDS);
    const term: RankPointsTerm = {
      kind: 'rankPoints',
      input: context.names.next('value'),
      direction: context.direction,
      ranges,
      step: step ? { fromRank: step.fromRank, per: step.per } : null,
      rest: rest?.match[1] ? hundredths(rest.match[1]) : 0,
    };
    return [{ term, at: Math.max(at, step?.at ?? -1, rest?.index ?? -1) }];
  },
};
