// 分档计分: the points of the band a value (or a count) falls in. Reads band clauses
// (达到60%得1分), parallel lists joined by 分别 (90%、80%、70%以上分别得10、8、6分; lower-is-better
// with 以下/以内 and 含), and two-step count tables (发现1次扣0.5分，2次及以上不得分).
import type { Band } from '../../domain/indicator-system';
import type { BandsTerm } from '../../domain/rule-model';
import { fen, numberOf, valueText } from '../amounts';
import { hundredths, NUM, numberList } from '../reader/patterns';
import type { ReadContext, Segment, TermSpec } from '../term-spec';
import { bandProblems, conditionOf, conditionText, disjointBands, matchingBand } from './band-conditions';
import { consume } from './clauses';

const BAND = new RegExp(`^(.*?)(?:的)?,?(?:(?:得|计|赋)${NUM}分|(不得分|得0分|不计分|计0分)|(得满分))$`);
const N = '\\d+(?:\\.\\d+)?';
const PARALLEL = new RegExp(
  `^(.*?)((?:${N}%?[、,/])+${N}%?)([^\\d、,分]{0,6}?)(及以上|以上|及以下|以下|以内)?(?:\\((含|不含)\\))?(?:的)?,?(?:分别|依次)(?:得|计|赋)((?:${N}分?[、,/])+${N})分$`,
);
const COUNT_ROW = new RegExp(
  `^(?:发现|出现|存在|有|被)?(\\d+)(?:次|例|起|处|项|件|个)(及以上|以上)?(?:的)?,?(?:(?:扣|减)${NUM}分|(不得分|扣完|得0分)|得${NUM}分)$`,
);

function parallelBands(match: RegExpExecArray): Band[] | null {
  const thresholds = numberList(match[2]!.replace(/%/g, ''));
  const points = numberList(match[6]!).map((p) => hundredths(String(p)));
  if (thresholds.length !== points.length || thresholds.length < 2) return null;
  const lower = /以下|以内/.test(match[4] ?? '');
  const inclusive = match[5] !== '不含';
  const order = thresholds
    .map((threshold, i) => ({ threshold, points: points[i]! }))
    .sort((a, b) => (lower ? a.threshold - b.threshold : b.threshold - a.threshold));
  return order.map(({ threshold, points: p }, i): Band => {
    const previous = order[i - 1]?.threshold ?? null;
    return lower
      ? { min: previous, minInclusive: previous === null || !inclusive, max: threshold, maxInclusive: inclusive, points: p }
      : { min: threshold, minInclusive: inclusive, max: previous, maxInclusive: previous === null || !inclusive, points: p };
  });
}

function countTable(segment: Segment, context: ReadContext): { term: BandsTerm; at: number } | null {
  const rows = segment.clauses
    .map((clause, index) => ({ index, match: clause.used ? null : COUNT_ROW.exec(clause.text) }))
    .filter((row) => row.match);
  if (rows.length < 2 || !rows.some((row) => row.match![2])) return null;
  const full = context.segmentPoints ?? context.maxPoints;
  const bands: Band[] = rows.map(({ match }) => {
    const count = Number(match![1]);
    const points = match![3] ? full - hundredths(match![3]) : match![4] ? 0 : hundredths(match![5]!);
    return match![2]
      ? { min: count, minInclusive: true, max: null, maxInclusive: true, points }
      : { min: count, minInclusive: true, max: count + 1, maxInclusive: false, points };
  });
  const lowest = Math.min(...bands.map((band) => band.min!));
  if (lowest > 0) bands.unshift({ min: 0, minInclusive: true, max: lowest, maxInclusive: false, points: full });
  consume(segment, ...rows.map((row) => row.index));
  return { term: { kind: 'bands', input: context.names.next('count'), measure: 'count', bands }, at: rows[rows.length - 1]!.index };
}

/** Upper edges a band's note includes explicitly (3至5天（含5天）): a band starting there starts just above. */
function explicitUpperEdges(condition: string, edges: { max: number | null; maxInclusive: boolean }): number[] {
  const note = /\(([^)]*)\)/.exec(condition)?.[1] ?? '';
  return edges.max !== null &&
    edges.maxInclusive &&
    (/^(?:含|包括|包含)$/.test(note) || new RegExp(`(?<!不)(?:含|包括)${edges.max}(?!\\d)`).test(note))
    ? [edges.max]
    : [];
}

export const bandsTerm: TermSpec<'bands'> = {
  label: '分档计分',
  inputs: (term) => [{ name: term.input, kind: term.measure, label: term.measure === 'count' ? '次数' : '测得值' }],
  crossUnit: () => null,
  validate: (term, maxPoints) => [
    ...(term.bands.length === 0 ? ['分档计分没有分档'] : []),
    ...bandProblems(term.bands),
    ...term.bands
      .filter((band) => band.points > maxPoints)
      .map((band) => `分档“${conditionText(band)}”的 ${fen(band.points)}超过分值 ${fen(maxPoints)}`),
  ],
  points: (term, values) => matchingBand(term.bands, numberOf(values, term.input))?.points ?? 0,
  explain: (term, values) => {
    const value = numberOf(values, term.input);
    const band = matchingBand(term.bands, value);
    const what = term.measure === 'count' ? `${value} 次` : `测得值 ${valueText(value)}`;
    return band ? `${what}，属“${conditionText(band)}”档，得 ${fen(band.points)}` : `${what}，不在任何计分档内`;
  },
  summary: (term) =>
    term.bands.map((band) => `${term.measure === 'count' ? '次数' : ''}${conditionText(band)}得${fen(band.points)}`).join('，'),
  recognise: (segment, context) => {
    const table = countTable(segment, context);
    if (table) return [table];
    const bands: Band[] = [];
    let measure: BandsTerm['measure'] = 'value';
    let at = -1;
    const full = context.segmentPoints ?? context.maxPoints;
    const explicitEdges: number[] = [];
    segment.clauses.forEach((clause, index) => {
      if (clause.used) return;
      const parallel = PARALLEL.exec(clause.text);
      const listed = parallel ? parallelBands(parallel) : null;
      if (listed) {
        bands.push(...listed);
        consume(segment, index);
        at = index;
        return;
      }
      const match = BAND.exec(clause.text);
      const edges = match ? conditionOf(match[1]!) : null;
      if (!match || !edges) return;
      if (/^次数/.test(match[1]!)) measure = 'count';
      explicitEdges.push(...explicitUpperEdges(match[1]!, edges));
      bands.push({ ...edges, points: match[2] ? hundredths(match[2]) : match[3] ? 0 : full });
      consume(segment, index);
      at = index;
    });
    for (const band of bands) if (band.min !== null && band.max !== band.min && explicitEdges.includes(band.min)) band.minInclusive = false;
    return bands.length === 0
      ? []
      : [{ term: { kind: 'bands', input: context.names.next(measure), measure, bands: disjointBands(bands) }, at }];
  },
};
