// 线性计分: points change per step of a value's gap to a threshold — a fixed target (达到90%) or a
// statistic of all units (全市平均值, 平均值加5个百分点). 每低1个百分点扣0.5分, 每提高1个百分点加0.2分.
import type { LinearCutoff, LinearTerm, Threshold, UnitValues } from '../../domain/rule-model';
import { toMicros } from '../../numbers/exact-value';
import { capped, fen, fen2, numberOf, ratioOf, valueText } from '../amounts';
import { ADD, AWARD, DEDUCT, GAP_UNIT, hundredths, NUM } from '../reader/patterns';
import type { ColumnStats, ReadContext, Segment, TermSpec } from '../term-spec';
import { consume } from './clauses';

const STEP = new RegExp(
  `^(.*?)每(?:比(?:基准|目标值?|平均值|平均水平))?(低|少|下降|降低|减少|缩短|超过|超出|多|高|提高|提升|增加|增长|上升|延长)(?:于|出)?(?:基准|目标值?|平均值|平均水平)?${NUM}${GAP_UNIT}(.*?)(${DEDUCT}|${ADD}|${AWARD})${NUM}分$`,
);
const DEDUCT_ONLY = new RegExp(`^${DEDUCT}$`);
const BELOW_WORDS = /^(?:低|少|下降|降低|减少|缩短)$/;
const AVERAGE = new RegExp(`平均(?:值|水平|数)(?:(?:以上|高出|加|\\+)${NUM}(?:个百分点|%)?)?`);
const FIXED = new RegExp(
  `以${NUM}[^,]{0,6}?为(?:基准|标准|目标|基数)|在${NUM}[^,]{0,3}?(?:的)?基础上|(?:达到|不低于|高于|低于|超过|不超过|目标值?为?|基准为?|标准为?)${NUM}|${NUM}(?=%(?:的)?(?:得|计))`,
);
const BASE_POINTS = new RegExp(`得满分|(?:得|计)${NUM}分|不扣分|不加分`);
const BASE_CLAUSE = new RegExp(
  `^(?:达到|不低于|高于|低于|超过)?(?:全[市省区县])?(?:各单位|全部单位)?(?:基准|目标值?|平均值|平均水平)(?:的|及以上的?|以上的?)?,?(?:得满分|(?:得|计)${NUM}分|不扣分|不加分)$`,
);

/** The threshold as a fraction of millionths: numerator / denominator. */
function thresholdOf(term: LinearTerm, stats: ColumnStats | null): { num: bigint; den: bigint } {
  if (term.threshold.kind === 'fixed') return { num: toMicros(term.threshold.value), den: 1n };
  const count = BigInt(Math.max(1, stats?.count ?? 1));
  return { num: (stats?.sumMicros ?? 0n) + toMicros(term.threshold.plus) * count, den: count };
}

/** The change before the sign: per × steps of the gap (whole steps when stepped), capped. */
function changeOf(term: LinearTerm, values: UnitValues, stats: ColumnStats | null): number {
  const { num, den } = thresholdOf(term, stats);
  const value = toMicros(numberOf(values, term.input)) * den;
  const gap = term.side === 'below' ? num - value : value - num;
  if (gap <= 0n) return 0;
  const stepSize = toMicros(term.step) * den;
  const change = term.stepped ? term.per * Number(gap / stepSize) : ratioOf(term.per, gap, stepSize);
  return capped(change, term.cap);
}

/** Whether the value is past the term's cut-off (低于85 → 84 is), compared exactly. */
function isCut(term: LinearTerm, values: UnitValues): boolean {
  if (!term.cutoff) return false;
  const value = toMicros(numberOf(values, term.input));
  const edge = toMicros(term.cutoff.value);
  if (value === edge) return term.cutoff.inclusive;
  return term.cutoff.past === 'below' ? value < edge : value > edge;
}

/** 低于85, 85及以下, 超过10, 10及以上 — as the bands reader reads them back. */
export function cutoffText(cutoff: LinearCutoff): string {
  const value = valueText(cutoff.value);
  if (cutoff.past === 'below') return cutoff.inclusive ? `${value}及以下` : `低于${value}`;
  return cutoff.inclusive ? `${value}及以上` : `超过${value}`;
}

const thresholdText = (threshold: Threshold): string =>
  threshold.kind === 'fixed' ? valueText(threshold.value) : `全部单位平均值${threshold.plus === 0 ? '' : `加${valueText(threshold.plus)}`}`;

function readThreshold(text: string): Threshold | null {
  const average = AVERAGE.exec(text);
  if (average) return { kind: 'average', plus: average[1] ? Number(average[1]) : 0 };
  const fixed = FIXED.exec(text);
  return fixed ? { kind: 'fixed', value: Number(fixed[1] ?? fixed[2] ?? fixed[3] ?? fixed[4]) } : null;
}

function basePoints(text: string, full: number, sign: 1 | -1): number | null {
  const match = BASE_POINTS.exec(text);
  if (!match) return null;
  if (match[0] === '得满分') return full;
  if (match[1]) return hundredths(match[1]);
  return sign < 0 ? full : 0;
}

function recogniseOne(segment: Segment, context: ReadContext, index: number, match: RegExpExecArray): LinearTerm | null {
  const [, prefix, verb, step, unit, middle, pointsVerb, per] = match;
  const sign: 1 | -1 = DEDUCT_ONLY.test(pointsVerb!) ? -1 : 1;
  const full = context.segmentPoints ?? context.maxPoints;
  let threshold = readThreshold(prefix!);
  let base: number | null = null;
  const others = segment.clauses.map((clause, at) => ({ clause, at })).filter(({ clause, at }) => !clause.used && at !== index);
  if (!threshold) {
    const holder = others.find(({ clause }) => readThreshold(clause.text));
    if (!holder) return null;
    threshold = readThreshold(holder.clause.text)!;
    base = basePoints(holder.clause.text.replace(FIXED, ''), full, sign);
    consume(segment, holder.at);
  }
  const baseClause = others.find(({ clause, at }) => !segment.clauses[at]!.used && BASE_CLAUSE.test(clause.text));
  if (baseClause) {
    base = basePoints(baseClause.clause.text, full, sign);
    consume(segment, baseClause.at);
  }
  const hasBaseTerm = segment.clauses.some((clause) => /基础分|基本分/.test(clause.text));
  const label = `${prefix!.replace(/[,的]+$/, '')}${middle!.replace(/^[,的]+|[,的]+$/g, '')}`
    .replace(readThresholdText(prefix!), '')
    .replace(/^[,的]+|[,的]+$/g, '');
  consume(segment, index);
  const stepped = Number(step) !== 1;
  return {
    kind: 'linear',
    input: context.names.next('value'),
    label,
    threshold,
    side: BELOW_WORDS.test(verb!) ? 'below' : 'above',
    step: Number(step),
    unit: unit ?? '',
    per: hundredths(per!),
    sign,
    stepped,
    cap: null,
    base: base ?? (sign < 0 && !hasBaseTerm ? full : 0),
  };
}

/** The threshold words inside a clause prefix, so the label keeps only what is measured. */
function readThresholdText(text: string): string {
  return (AVERAGE.exec(text) ?? FIXED.exec(text))?.[0] ?? '\u0000';
}

export const linearTerm: TermSpec<'linear'> = {
  label: '线性计分',
  inputs: (term) => [{ name: term.input, kind: 'value', label: term.label || '测得值' }],
  crossUnit: (term) => (term.threshold.kind === 'average' ? { input: term.input, direction: 'higherBetter' } : null),
  validate: (term) => [...(term.step <= 0 ? ['每档的幅度应大于 0'] : []), ...(term.per <= 0 ? ['每档的分值应大于 0'] : [])],
  points: (term, values, stats) => (isCut(term, values) ? 0 : term.base + term.sign * changeOf(term, values, stats)),
  explain: (term, values, stats, _index, points) => {
    if (term.cutoff && isCut(term, values))
      return `测得值 ${valueText(numberOf(values, term.input))}，${cutoffText(term.cutoff)}不得分 → ${fen2(points)}`;
    const { num, den } = thresholdOf(term, stats);
    const threshold = Number(num) / Number(den) / 1_000_000;
    const change = changeOf(term, values, stats);
    return `测得值 ${valueText(numberOf(values, term.input))}，基准 ${Math.round(threshold * 10000) / 10000}${change === 0 ? '，未越过基准' : `，${term.sign < 0 ? '扣' : '加'} ${fen2(change)}`} → ${fen2(points)}`;
  },
  summary: (term) =>
    `以${thresholdText(term.threshold)}为基准，达到基准得${fen(term.base)}，${term.label}每${term.side === 'below' ? '低于' : '高于'}基准${valueText(term.step)}${term.unit}${term.sign < 0 ? '扣' : '加'}${fen(term.per)}${term.stepped ? '，不足一档不计' : term.step !== 1 ? '，按比例折算' : ''}${term.cap === null ? '' : `，最多${term.sign < 0 ? '扣' : '加'}${fen(term.cap)}`}${term.cutoff ? `，${cutoffText(term.cutoff)}不得分` : ''}`,
  recognise: (segment, context) => {
    const found: Array<{ term: LinearTerm; at: number }> = [];
    segment.clauses.forEach((clause, index) => {
      if (clause.used) return;
      const match = STEP.exec(clause.text);
      const term = match ? recogniseOne(segment, context, index, match) : null;
      if (!term) return;
      const note = segment.clauses[index + 1];
      if (note && !note.used && /^(?:不足一档不计|不足一档的?不(?:扣|加|计)分?|按比例折算|按比例计算)$/.test(note.text)) {
        term.stepped = /不足/.test(note.text);
        consume(segment, index + 1);
      }
      found.push({ term, at: index });
    });
    return found;
  },
};
