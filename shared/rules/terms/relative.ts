// 按第一名（或平均值）比例: points × value ÷ the best unit's value (or the average); inverted when
// lower is better (best ÷ value). 最高的得满分，其余按与最高值的比值计分.
import type { RelativeTerm } from '../../domain/rule-model';
import { scaledPoints, toMicros } from '../../numbers/exact-value';
import { fen, fen2, numberOf, valueText } from '../amounts';
import { hundredths, NUM } from '../reader/patterns';
import type { ColumnStats, ReadContext, Segment, TermSpec } from '../term-spec';
import { consume, consumeWordsOnly, matching } from './clauses';
import { DIRECTION_WORDS } from './direction-words';

const CANONICAL = new RegExp(`^按与(第1名|全部单位平均值)的比值计${NUM}分$`);
const TO_BEST =
  /按第[1一]名的?比例|与第[1一]名的?比值|(?:其余|其他)(?:单位)?按(?:与|其与)?(?:最高|最优|最好|第1名)(?:值|者|单位)?的?比(?:例|值)(?:计|得|折算)分?/;
const BEST_FULL = /^(?:.*?)(?:最高|最优|最好|第1名)(?:的)?(?:单位)?得满分$/;
const TO_AVERAGE = /按与(?:全[市省区县])?(?:各单位|全部单位)?平均(?:值|水平|数)的?比(?:例|值)(?:计|得|折算)分?/;
/** 平均值以上得满分 / 达到全市平均水平的得满分: full points from the average up. */
const AVERAGE_FULL =
  /平均(?:值|水平|数|分)?(?:及|或)?以上(?:的)?(?:单位)?得满分|达到(?:全[市省区县])?(?:各单位)?平均(?:值|水平|数|分)的?(?:单位)?得满分/;
/** The rest scaled, said without naming the reference: 其余按比例得分 / 平均值以下按比例计分. */
const REST_SCALED =
  /^(?:其余|其他|平均(?:值|水平|数|分)?以下|低于平均(?:值|水平|数|分)?)的?(?:单位)?(?:按|以)?(?:等?比例)(?:计|得|折算)分?$/;

function reference(term: RelativeTerm, stats: ColumnStats | null): bigint {
  if (!stats || stats.count === 0) return 0n;
  return term.reference === 'best' ? toMicros(stats.best) : stats.sumMicros / BigInt(stats.count);
}

/**
 * The shape in two clauses: the reference gets full points (最高的得满分 / 平均值以上得满分), the rest
 * are scaled (其余按比例得分): relative to the best or to the average, never to a fixed 100.
 */
function splitShape(segment: Segment, context: ReadContext): Array<{ term: RelativeTerm; at: number }> {
  const rest = matching(segment, REST_SCALED)[0];
  const average = matching(segment, AVERAGE_FULL)[0];
  const best = average ? undefined : matching(segment, BEST_FULL)[0];
  const full = average ?? best;
  if (!rest || !full) return [];
  consume(segment, full.index, rest.index);
  consumeWordsOnly(segment, DIRECTION_WORDS);
  const term: RelativeTerm = {
    kind: 'relativeToBest',
    input: context.names.next('value'),
    direction: context.direction,
    reference: average ? 'average' : 'best',
    points: context.segmentPoints ?? context.maxPoints,
  };
  return [{ term, at: full.index }];
}

export const relativeTerm: TermSpec<'relativeToBest'> = {
  label: '按第一名比例',
  inputs: (term) => [{ name: term.input, kind: 'value', label: '测得值' }],
  crossUnit: (term) => ({ input: term.input, direction: term.direction }),
  validate: (term) => (term.points <= 0 ? ['比例计分的满分应大于 0'] : []),
  points: (term, values, stats) => {
    const ref = reference(term, stats);
    const value = toMicros(numberOf(values, term.input));
    const [num, den] = term.direction === 'lowerBetter' ? [ref, value] : [value, ref];
    return den === 0n ? (num === 0n ? term.points : 0) : scaledPoints(term.points, num, den);
  },
  explain: (term, values, stats, _index, points) => {
    const value = valueText(numberOf(values, term.input));
    const ref =
      term.reference === 'best'
        ? `第1名（${stats?.best ?? '—'}）`
        : `平均值（${stats && stats.count > 0 ? Number(stats.sumMicros / BigInt(stats.count)) / 1_000_000 : '—'}）`;
    return `按${ref}的比例：${term.direction === 'lowerBetter' ? `${term.reference === 'best' ? stats?.best : '平均值'} ÷ ${value}` : `${value} ÷ ${term.reference === 'best' ? stats?.best : '平均值'}`} → ${fen2(points)}`;
  },
  summary: (term) =>
    `按与${term.reference === 'best' ? '第1名' : '全部单位平均值'}的比值计${fen(term.points)}，${term.direction === 'lowerBetter' ? '越小越好' : '越大越好'}`,
  recognise: (segment, context) => {
    const full = context.segmentPoints ?? context.maxPoints;
    const canonical = matching(segment, CANONICAL)[0];
    const toBest = canonical ? undefined : matching(segment, TO_BEST)[0];
    const toAverage = canonical || toBest ? undefined : matching(segment, TO_AVERAGE)[0];
    const found = canonical ?? toBest ?? toAverage;
    if (!found) return splitShape(segment, context);
    consume(segment, found.index, ...matching(segment, BEST_FULL).map((best) => best.index));
    consumeWordsOnly(segment, DIRECTION_WORDS);
    const referenceKind = canonical ? (canonical.match[1] === '第1名' ? 'best' : 'average') : toBest ? 'best' : 'average';
    const points = canonical ? hundredths(canonical.match[2]!) : full;
    return [
      {
        term: {
          kind: 'relativeToBest',
          input: context.names.next('value'),
          direction: context.direction,
          reference: referenceKind,
          points,
        },
        at: found.index,
      },
    ];
  },
};
